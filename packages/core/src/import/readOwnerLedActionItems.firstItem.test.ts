import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// A numbered list of action items whose first item names no owner at its start: its number makes it the first
// item, not a lead-in, so the list is still read as the minutes' actions.
describe('numbered action items whose first item names no owner at its start', () => {
  it('reads the first item and the owner-led items after it', () => {
    const { plan } = tableToPlan([
      ['Docs working group, 4 March'],
      ['Chair: @lena'],
      ['Action items'],
      ['1. About the broken search index, @omar to ask the hosting team when it can be rebuilt.'],
      ['2. @lena will draft the contributor guide.'],
      ['3. @priya to review the translation backlog.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['1', 'About the broken search index, @omar to ask the hosting team when it can be rebuilt.', []],
      ['2', '@lena will draft the contributor guide.', ['@lena']],
      ['3', '@priya to review the translation backlog.', ['@priya']],
    ])
  })

  it("leaves out a numbered topic over its own deeper list of owners' items", () => {
    const { plan } = tableToPlan([
      ['Trustees, 9 May'],
      ['1. Review action items:'],
      ['   1. Action: Nia to send the accounts to the auditor'],
      ['   2. Action: Tom will book the hall'],
      ['2. For discussion:'],
      ['   1. The grant report is late again'],
      ['      1. Nia to ask the funder for more time'],
      ['      2. Tom to gather the missing receipts'],
    ])
    expect(plan.actions.map((a) => a.title)).not.toContain('The grant report is late again')
  })
})
