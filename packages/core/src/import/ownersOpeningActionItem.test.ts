import { describe, expect, it } from 'vitest'
import { ownersOpeningActionItem } from './ownersOpeningActionItem'
import { tableToPlan } from './tableToPlan'

describe('ownersOpeningActionItem', () => {
  it.each([
    ['Priya and Tom to book the room for the away day', ['Priya', 'Tom']],
    ['Ana, Leo and Sam to draft the survey questions', ['Ana', 'Leo', 'Sam']],
    ['Dev Shah to circulate the slides', ['Dev Shah']],
    ['Rosa continuing to look into mentoring schemes', ['Rosa']],
  ])('%s', (title, owners) => {
    expect(ownersOpeningActionItem(title, 'Action items')).toEqual(owners)
  })

  it.each([
    ['Write to the Dean about the budget', 'Action items'],
    ['Respond to questions from the panel', 'Action points'],
    ['Each Governor to complete the skills audit', 'Agreed actions'],
    ['Priya to book the room', 'Actions'],
    ['Priya to book the room', 'Recommendation'],
  ])('%s under "%s" names nobody', (title, header) => {
    expect(ownersOpeningActionItem(title, header)).toEqual([])
  })

  it('reads the owners of the action items ending a page of minutes', () => {
    const { plan } = tableToPlan([
      ['Wellbeing group meeting, 4 March'],
      ['Attendees'],
      ['- Priya Rao'],
      ['- Tom Hill'],
      ['Action Items'],
      ['- Priya and Tom to plan the lunchtime walks'],
      ['- Sam to order the new noticeboard'],
    ])
    expect(plan.actions.map((action) => action.owners)).toEqual([['Priya', 'Tom'], ['Sam']])
  })
})
