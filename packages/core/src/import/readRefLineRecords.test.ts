import { describe, expect, it } from 'vitest'
import { readRefLineRecords } from './readRefLineRecords'
import { tableToPlan } from './tableToPlan'

describe('refs standing alone on their lines, each over its action', () => {
  const page = [
    ['Theme 2: Technical careers'],
    ['2.1 Build routes into technical work for people from every background.'],
    ['2.1.a'],
    ['Offer paid placements in the workshops to local college students.'],
    ['• Agree terms with two colleges this year.'],
    ['2.1.b'],
    ['Open an apprenticeship in laboratory science.'],
    ['2.2 Keep the skills we have.'],
    ['2.2.a'],
    ['Fund a week of training for each technician a year.'],
    ['• Survey training needs this year.'],
    ['• Book the first courses.'],
  ].map((line) => [line[0]!])

  it('takes the line after each ref as the action, the lines below it as its description', () => {
    const { plan, explanation } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.description, a.section])).toEqual([
      [
        '2.1.a',
        'Offer paid placements in the workshops to local college students.',
        '• Agree terms with two colleges this year.',
        'Build routes into technical work for people from every background.',
      ],
      [
        '2.1.b',
        'Open an apprenticeship in laboratory science.',
        null,
        'Build routes into technical work for people from every background.',
      ],
      [
        '2.2.a',
        'Fund a week of training for each technician a year.',
        '• Survey training needs this year.\n• Book the first courses.',
        'Keep the skills we have.',
      ],
    ])
    expect(explanation.rows.filter((row) => row.kind === 'section').map((row) => row.row)).toEqual([2, 8])
  })

  it('reads a ref whose first part has four digits', () => {
    const items = [['Plan'], ['1200.A'], ['Map the workshops'], ['1200.B'], ['List the kit in each']]
    expect(
      readRefLineRecords(items)
        ?.rows.slice(2)
        .map((row) => [row[0], row[1]]),
    ).toEqual([
      ['Map the workshops', '1200.A'],
      ['List the kit in each', '1200.B'],
    ])
  })

  it('does not take a year alone for a ref', () => {
    expect(
      readRefLineRecords([['Plan'], ['2019.'], ['Hire a technician'], ['2020.'], ['Open a lab']]),
    ).toBeNull()
  })

  it('does not take a page number or a lone count for a ref', () => {
    expect(readRefLineRecords([['Plan'], ['12'], ['Hire a technician'], ['13'], ['Open a lab']])).toBeNull()
  })

  it('reads no page when a row below the items fills two cells, or a ref line ends the page', () => {
    const items = [['Plan'], ['3.1.A'], ['Map the workshops'], ['3.1.B'], ['List the kit in each']]
    expect(readRefLineRecords(items)?.rows.length).toBe(4)
    expect(readRefLineRecords([...items, ['Signed off', 'Board']])).toBeNull()
    expect(readRefLineRecords([...items, ['3.1.C']])).toBeNull()
    expect(readRefLineRecords([...items, ['3.1.C'], ['3.1.D'], ['Audit the kit']])).toBeNull()
  })

  // Its time is measured by bench/importBadInput.ts, not asserted here.
  it('reads a long page of the layout whole', () => {
    const lines: string[][] = [['Plan']]
    for (let i = 1; i <= 20_000; i++)
      lines.push([`${i % 900}.${i % 7}.A`], [`Do the work of item ${i}`], ['• a step'])
    expect(readRefLineRecords(lines)?.rows.length).toBe(20_002)
  })
})
