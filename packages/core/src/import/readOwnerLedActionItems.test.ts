import { describe, expect, it } from 'vitest'
import { ownerLeadOf, readOwnerLedActionItems } from './readOwnerLedActionItems'
import { tableToPlan } from './tableToPlan'

describe('meeting action items that name their owner at the start', () => {
  it('reads each item whole as the title and its named person or group as the owner', () => {
    const { plan } = tableToPlan([
      ['Library systems group, notes of 9 March'],
      ['Attendees / Agenda / Action items'],
      ['Action items:'],
      ['Board: Approve the summer opening hours'],
      ['Nadia R: Send the survey results to the list'],
      ['Owen will draft the reading-room signage'],
      ['Kim Lowe volunteered to test the new catalogue search'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Board: Approve the summer opening hours', ['Board']],
      ['Nadia R: Send the survey results to the list', ['Nadia R']],
      ['Owen will draft the reading-room signage', ['Owen']],
      ['Kim Lowe volunteered to test the new catalogue search', ['Kim Lowe']],
    ])
  })

  it('keeps the list number as the ref and reads the owner after an ACTION label', () => {
    const { plan } = tableToPlan([
      ['Agenda'],
      ['Review of open action items'],
      ['1. ACTION, Femi O: Book the room for the open day (carried over)'],
      ['2. ACTION: Jo P: Ask the estates team about the lift'],
      ['3. ACTION, all: Share the poster with your departments'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
      ['1', ['Femi O']],
      ['2', ['Jo P']],
      ['3', ['all']],
    ])
  })

  it('reads no owner from a label or a sentence opener', () => {
    expect(ownerLeadOf('Note: the room is booked')).toBeNull()
    expect(ownerLeadOf('We will review the budget')).toBeNull()
    expect(ownerLeadOf('The group will meet in June')).toBeNull()
    expect(ownerLeadOf('Priya: Book the safety audit')).toBe('Priya')
  })

  it('needs an action heading and two owner-led items', () => {
    expect(
      readOwnerLedActionItems([['Minutes'], ['Priya: Book the audit'], ['Tom will order the rack']]),
    ).toBeNull()
    expect(
      readOwnerLedActionItems([['Next steps'], ['Priya: Book the audit'], ['Then we close.']]),
    ).toBeNull()
  })
})

describe('action points labelled among the discussion of meeting minutes', () => {
  it('reads each line labelled as an action whose owner opens it, and nothing else', () => {
    const { plan } = tableToPlan([
      ['Digital board, 4 March'],
      ['Present: Ama Boateng (AB), Karl Novak (KN), Rita Sousa (RS)'],
      ['1. Accessibility review'],
      ['KN presented the audit findings. The board discussed the timetable.'],
      ['Action - KN to circulate the audit report before the next meeting.'],
      ['AB noted the cost of the contractor.'],
      ['2. Open data'],
      ['ACTION: AB/RS to list the datasets still unpublished.'],
      ['Action, RS: Ask the data team for a release date'],
      ['Action - The board will revisit the licence in June.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Action - KN to circulate the audit report before the next meeting.', ['KN']],
      ['ACTION: AB/RS to list the datasets still unpublished.', ['AB', 'RS']],
      ['Action, RS: Ask the data team for a release date', ['RS']],
    ])
    expect(plan.actions.map((a) => a.section)).toEqual([
      '1. Accessibility review',
      '2. Open data',
      '2. Open data',
    ])
  })

  it('leaves an action written as a response under each numbered point to the readers of such pairs', () => {
    expect(
      readOwnerLedActionItems([
        ['Priorities'],
        ['1. Museums should widen their boards.'],
        ['ACTION: The museum will invite two community members.'],
        ['2. Museums should train volunteers.'],
        ['ACTION: RPM will open its courses to volunteers.'],
      ]),
    ).toBeNull()
  })
})
