import { describe, expect, it } from 'vitest'
import type { ActionDraft } from './buildAction'
import { createLetteredRefNumberer } from './createLetteredRefNumberer'

/** A draft with a lettered ref, its group label (when written on its row) in the column left of the action. */
const draft = (letter: string, label: string): ActionDraft =>
  ({
    verbatim: false,
    section: null,
    cells: new Map([
      ['ref', { column: 1, text: letter }],
      ['title', { column: 2, text: 'Replace the bins' }],
      ...(label === '' ? [] : [['section', { column: 0, text: label }] as const]),
    ]),
    extra: [],
  }) as unknown as ActionDraft

const refsOf = (rows: [string, string][]): (string | undefined)[] => {
  const numbered = createLetteredRefNumberer()
  return rows.map(([letter, label]) => numbered(draft(letter, label)).cells.get('ref')?.text)
}

describe('createLetteredRefNumberer', () => {
  it('cites each lettered item by the number of the group label beside or above it', () => {
    expect(
      refsOf([
        ['(a)', '4 Keep the parks clean'],
        ['(b)', ''],
        ['a', '5 Cut the litter'],
      ]),
    ).toEqual(['4(a)', '4(b)', '5a'])
  })

  it('reads a four-digit group number in a cell of its own as the group’s', () => {
    expect(
      refsOf([
        ['a', '1200.'],
        ['b', ''],
      ]),
    ).toEqual(['1200a', '1200b'])
  })

  it('leaves the letters alone beside a year: it is the items’ period, not their group', () => {
    expect(
      refsOf([
        ['a', '2019'],
        ['b', ''],
      ]),
    ).toEqual(['a', 'b'])
  })
})
