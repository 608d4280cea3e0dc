import { describe, expect, it } from 'vitest'
import type { ActionDraft } from './buildAction'
import { createGroupItemNumberer } from './createGroupItemNumberer'

/** A draft whose ref was peeled from a group label written once ("1200 Renew the fleet" over its items). */
const draft = (ref: string, section = 'Transport'): ActionDraft =>
  ({
    verbatim: false,
    section,
    cells: new Map([['ref', { column: 0, text: ref }]]),
    extra: [],
  }) as unknown as ActionDraft

const refsOf = (refs: string[]): (string | undefined)[] => {
  const numbered = createGroupItemNumberer()
  return refs.map((ref) => numbered(draft(ref)).cells.get('ref')?.text)
}

describe('createGroupItemNumberer', () => {
  it('numbers the items under a group by its number and their place in it', () => {
    expect(refsOf(['13', '13', '13.', '14'])).toEqual(['13.1', '13.2', '13.3', '14.1'])
  })

  it('numbers the items under a four-digit group number too', () => {
    expect(refsOf(['1200', '1200', '1201'])).toEqual(['1200.1', '1200.2', '1201.1'])
  })

  it('leaves a year heading a group as it is: its items are not the year’s numbered parts', () => {
    expect(refsOf(['2019', '2019'])).toEqual(['2019', '2019'])
  })
})
