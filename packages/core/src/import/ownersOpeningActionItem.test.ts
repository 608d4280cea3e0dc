import { describe, expect, it } from 'vitest'
import { ownerLabelOpeningActionItem, ownersOpeningActionItem } from './ownersOpeningActionItem'
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

  it.each([
    ['Bike shed – Priya and Tom to get quotes from two suppliers', ['Priya', 'Tom']],
    ['The hall is booked for May. Ana, Leo and Sam to set out the chairs.', ['Ana', 'Leo', 'Sam']],
    ['Newsletter — Rosa & Kit to draft the spring issue.Held over to the next meeting', ['Rosa', 'Kit']],
  ])('reads two or more names before "to" inside an item\'s prose: %s', (title, owners) => {
    expect(ownersOpeningActionItem(title, 'Items held over')).toEqual(owners)
  })

  it.each([
    'Garden – Priya to water the beds',
    'Priya and Tom to get quotes for the shed',
    'Plans to widen the path were shelved. Access to the site is by the gate.',
    'Policies and Procedures to be reviewed by the committee',
    'Review and Update to reflect the new rules',
  ])('names nobody in prose without a list of people before "to": %s', (title) => {
    expect(ownersOpeningActionItem(title, 'Items held over')).toEqual([])
  })

  it('reads two lone names, each opening a clause before an instruction, as the owners', () => {
    expect(
      ownersOpeningActionItem(
        'Hall: the spare keys went missing. Ana to ask the caretaker for a copy. Tom to check the cupboard.',
        'Notes',
      ),
    ).toEqual(['Ana', 'Tom'])
    expect(ownersOpeningActionItem('Hall: Ana to ask the caretaker for a copy.', 'Notes')).toEqual([])
    expect(
      ownersOpeningActionItem(
        'Hall: it is cold. Plans to improve it stalled. Steps to check it failed.',
        'Notes',
      ),
    ).toEqual([])
  })

  it('reads a long line of items, the names not opening it, as no owners', () => {
    const long = `${'Item noted. '.repeat(5000)}Priya and Tom to follow up`
    expect(ownersOpeningActionItem(long, 'Action items')).toEqual([])
    expect(
      ownersOpeningActionItem(`Priya and Tom to follow up ${'and more '.repeat(5000)}`, 'Action items'),
    ).toEqual(['Priya', 'Tom'])
  })
})

describe('ownerLabelOpeningActionItem, the work after the colon in lower case', () => {
  it.each([
    ['PK: book the hall for the spring fair', ['PK'], 'book the hall for the spring fair'],
    ['Jo: send minutes to the members', ['Jo'], 'send minutes to the members'],
  ])('%j', (title, owners, rest) => {
    expect(ownerLabelOpeningActionItem(title, 'Action items')).toEqual({ owners, rest })
  })

  it('reads no owner when the words after the colon are no instruction', () => {
    expect(ownerLabelOpeningActionItem('Venue: still unknown', 'Action items')).toBeNull()
    expect(ownerLabelOpeningActionItem('PK: minutes of the spring fair', 'Action items')).toBeNull()
  })

  it('reads the names before a spaced dash when the work after it is an infinitive', () => {
    expect(
      ownerLabelOpeningActionItem('Greta - To ask the harbour master about the slipway', 'Action items'),
    ).toEqual({
      owners: ['Greta'],
      rest: 'To ask the harbour master about the slipway',
    })
    expect(ownerLabelOpeningActionItem('All - to bring a dish to the fair', 'Action points')).toEqual({
      owners: ['All'],
      rest: 'to bring a dish to the fair',
    })
    // A topic before the dash, with its state or an instruction after it: no one named.
    expect(ownerLabelOpeningActionItem('Budget - to be agreed next month', 'Action items')).toBeNull()
    expect(ownerLabelOpeningActionItem('Website - Update the page', 'Action items')).toBeNull()
    expect(ownerLabelOpeningActionItem('Greta - To ask the harbour master', 'Notes')).toBeNull()
    expect(ownerLabelOpeningActionItem('Greta - To ask the harbour master', 'Actions')).toBeNull()
  })

  it('reads only initials before the colon as the owner under a plain "Actions" header', () => {
    expect(ownerLabelOpeningActionItem('PK: Book the hall for the fair', 'Actions')).toEqual({
      owners: ['PK'],
      rest: 'Book the hall for the fair',
    })
    expect(ownerLabelOpeningActionItem('Website: Update the page', 'Actions')).toBeNull()
    expect(ownerLabelOpeningActionItem('PK: Book the hall for the fair', 'Notes')).toBeNull()
  })
})
