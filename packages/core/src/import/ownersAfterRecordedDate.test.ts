import { describe, expect, it } from 'vitest'
import { ownersAfterRecordedDate } from './ownersAfterRecordedDate'
import { tableToPlan } from './tableToPlan'

describe('ownersAfterRecordedDate', () => {
  it.each([
    ['2031-03-02: Ana Silva and Tom Reid to draft the charter.', ['Ana Silva', 'Tom Reid']],
    [
      '2031-03-02: Ana Silva, Tom Reid, and Zoë Brontë to review the budget.',
      ['Ana Silva', 'Tom Reid', 'Zoë Brontë'],
    ],
    ['2031-03-02: Ana Silva et al to write up the survey.', ['Ana Silva']],
    ['2031-03-02: All Trustees to read the audit before May.', ['All Trustees']],
    ['2031-03-02: Ana Silva to follow up with Tom Reid about the rota.', ['Ana Silva']],
  ])('reads the owners of "%s"', (title, owners) => {
    expect(ownersAfterRecordedDate(title)).toEqual(owners)
  })

  it.each([
    '2031-03-02: Review the charter.',
    'Ana Silva to draft the charter.',
    '2031-03-02: the chair to draft the charter.',
    '2031-03-02: Ana Silva wrote to the chair.',
    '2031-03-02: Send the charter to the chair.',
  ])('reads no owner from "%s"', (title) => {
    expect(ownersAfterRecordedDate(title)).toEqual([])
  })
})

describe('an agenda\'s action-item review ("Done:" / "On Hold:" / "In Progress:")', () => {
  const page = [
    ['Board agenda: 2031-04-09'],
    ['1. Administrivia'],
    ['1.1. Minutes'],
    ['1.2. Action Item Review'],
    ['Done:'],
    ['2031-03-26: Ana Silva to send the call for volunteers.'],
    ['On Hold:'],
    ['2031-01-15: Tom Reid to draft the charter.'],
    ['Check back after the retreat'],
    ['In Progress:'],
    ['2031-03-26: Ana Silva and Tom Reid to interview the candidates.'],
    ['1.3. Budget Update - no update this week'],
  ]

  it("reads each item with its owners and its list's status; on hold is not done", () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title.slice(0, 30), a.owners, a.status.state])).toEqual([
      ['2031-03-26: Ana Silva to send ', ['Ana Silva'], 'complete'],
      ['2031-01-15: Tom Reid to draft ', ['Tom Reid'], 'on-hold'],
      ['2031-03-26: Ana Silva and Tom ', ['Ana Silva', 'Tom Reid'], 'in-progress'],
    ])
  })

  it('keeps a "Check back …" line as a note of the item above, and stops at the next agenda item', () => {
    const { plan, explanation } = tableToPlan(page)
    expect(plan.actions[1]?.notes).toBe('Check back after the retreat')
    expect(explanation.rows.filter((row) => row.kind === 'skipped').map((row) => row.row)).toEqual([12])
  })
})
