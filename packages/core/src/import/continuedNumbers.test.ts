import { describe, expect, it } from 'vitest'
import { continuedNumbers, startsWithLongItemNumber } from './continuedNumbers'
import { tableToPlan } from './tableToPlan'

/** A one-column page: a title line, then "k. <task>" for k in `from`..`to`, with `extra` lines spliced in. */
function numberedPage(from: number, to: number, extra: Record<number, string> = {}): string[][] {
  const lines: string[][] = [['Estates maintenance register']]
  for (let k = from; k <= to; k++) {
    if (extra[k] !== undefined) lines.push([extra[k]!])
    lines.push([`${k}. Inspect gutter run ${k.toString(36).toUpperCase()} on the east wing`])
  }
  return lines
}

const refsOf = (rows: string[][]) => tableToPlan(rows).plan.actions.map((action) => action.ref)
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `${from + k}`)

describe('continuedNumbers: items numbered past 999 are items, not year headings', () => {
  it.each([
    ['a list crossing 999', 1, 1010],
    ['a list running through numbers that look like years', 1, 2030],
    ['a list crossing 9999', 1, 10012],
    ['a page continuing a list from an earlier page', 1040, 1060],
  ])(
    '%s: every line is an action under its own number',
    (_, from, to) => {
      // A page that starts past 999 (items 1040 on) opens with the numbers 1–3 of its own lead-in.
      const rows =
        from === 1 ? numberedPage(1, to) : numberedPage(1, 3).concat(numberedPage(from, to).slice(1))
      const expected = from === 1 ? range(1, to) : ['1', '2', '3', ...range(from, to)]
      const result = tableToPlan(rows)
      expect(result.plan.actions.map((action) => action.ref)).toEqual(expected)
      expect(result.explanation.rows.filter((row) => row.kind === 'section')).toEqual([])
    },
    60_000,
  )

  it('reads an item numbered like a year column whose words are header words as an item, not a header', () => {
    // "Update" and "Status" name columns, and 1900–2099 read as year headers: together they once made a header row.
    const rows: string[][] = [['Our actions']]
    for (let k = 1; k <= 2010; k++)
      rows.push([`${k}. ${k % 2 ? 'Update' : 'Status'} of signage in block ${k}`])
    const result = tableToPlan(rows)
    expect(result.plan.actions.map((action) => action.ref)).toEqual(range(1, 2010))
    expect(result.explanation.rows.filter((row) => row.kind === 'header' && row.row > 1)).toEqual([])
  }, 60_000)

  it('keeps year headings between numbered items as headings', () => {
    const rows = numberedPage(996, 1003, { 998: '2024', 1001: '2025/26' })
    const result = tableToPlan(rows)
    expect(result.plan.actions.map((action) => [action.ref, action.section])).toEqual([
      ['996', null],
      ['997', null],
      ['998', '2024'],
      ['999', '2024'],
      ['1000', '2024'],
      ['1001', '2025/26'],
      ['1002', '2025/26'],
      ['1003', '2025/26'],
    ])
  })

  it('says so when a year-like number with text breaks the numbering, and reads on after it', () => {
    const rows = numberedPage(996, 1001, { 999: '2031. Summer shutdown works' })
    const result = tableToPlan(rows)
    expect(result.plan.actions.map((action) => action.ref)).toEqual(range(996, 1001))
    const guessed = result.issues.filter((issue) => issue.code === 'numbered-line-read-as-heading')
    expect(guessed).toHaveLength(1)
    expect(guessed[0]).toMatchObject({ row: 5, severity: 'warning' })
    expect(guessed[0]!.message).toContain('the year 2031')
  })

  it('takes a higher number that cannot be a year as the next item when one was skipped', () => {
    expect(refsOf(numberedPage(1, 3).concat([['1500. Clear drains'], ['1502. Paint rails']]))).toEqual([
      '1',
      '2',
      '3',
      '1500',
      '1502',
    ])
  })

  it.each([
    ['1000. Do x', true],
    ['12000) Do y', true],
    ['1041 – Book the contractor', true],
    ['2024: Book the contractor', false],
    ['1999. Book the contractor', false],
    ['1000 students will be trained', false],
    ['1000.', false],
    ['100. Do x', false],
  ])('startsWithLongItemNumber(%j) is %s', (text, expected) => {
    expect(startsWithLongItemNumber(text)).toBe(expected)
  })

  it('reads a long number only after numbered items', () => {
    expect(continuedNumbers(['', ''], ['Intro', '1000. Start here'], 0).items).toEqual([])
    expect(continuedNumbers(['999', ''], ['Do x', '1000. Do y'], 0).items).toEqual([
      { index: 1, ref: '1000', rest: 'Do y' },
    ])
  })
})

describe('long lists under a lead-in and long runs of labelled action items are read whole', () => {
  it('reads every item of a numbered list under "We will:" past item 999', () => {
    const rows = [['Estates plan'], ['We will:'], ...numberedPage(1, 1010).slice(1)]
    const { plan, issues } = tableToPlan(rows)
    expect(plan.actions.map((action) => action.ref)).toEqual(range(1, 1010))
    expect(issues.filter((issue) => issue.code === 'list-not-actions')).toEqual([])
  }, 60_000)

  it('reads every "Action N: Name to …" line past Action 999, each with its owner', () => {
    const rows = [['Site meeting actions']]
    for (let k = 1; k <= 1005; k++)
      rows.push([`Action ${k}: Jane to inspect gutter run ${k} on the east wing`])
    const { plan } = tableToPlan(rows)
    expect(plan.actions).toHaveLength(1005)
    expect(plan.actions.at(-1)!.title).toBe('Jane to inspect gutter run 1005 on the east wing')
    expect(plan.actions.at(-1)!.owners).toEqual(['Jane'])
  }, 60_000)
})
