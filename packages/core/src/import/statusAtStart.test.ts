import { describe, expect, it } from 'vitest'
import { isStatusAlone, statusAtStart, statusPhrases } from './statusAtStart'
import { tableToPlan } from './tableToPlan'

describe('the status a status line opens with', () => {
  it.each([
    ['Done', 'Done'],
    ['COMPLETED in part. The rest goes to June.', 'COMPLETED in part'],
    ['NOT DONE the room was taken', 'NOT DONE'],
    ['In progress; quote awaited', 'In progress'],
    ['Ask the bursar about the budget', null],
    ['We met the supplier, who will call back', null],
  ])('%s → %s', (line, status) => {
    expect(statusAtStart(line)).toBe(status)
  })
})

describe('statusPhrases: the one list of short statuses, by reading', () => {
  const whole = (reading: Parameters<typeof statusPhrases>[0], flags = 'i') =>
    new RegExp(`^(?:${statusPhrases(reading)})$`, flags)

  it.each([
    ['item-end', 'In-Progress', true],
    ['item-end', 'to-do', true],
    ['item-end', 'closed', false],
    ['update-lead', 'Under way', true],
    ['update-lead', 'deferred', false],
    ['mark-as', 'Canceled', true],
    ['mark-as', 'not started', false],
    ['item-end', 'fait', true],
    ['item-end', 'en cours', true],
    ['item-end', 'pas fait', true],
    ['item-end', 'à faire', true],
    ['update-lead', 'pas fait', false],
  ] as const)('%s takes "%s": %s', (reading, text, taken) => {
    expect(whole(reading).test(text)).toBe(taken)
  })

  it("writes a tracker column's statuses capitalised", () => {
    const column = whole('tracker-column', '')
    expect(['Not done', 'Carried over', 'Doing', 'Cancelled'].every((text) => column.test(text))).toBe(true)
    expect(column.test('not done')).toBe(false)
    expect(column.test('Closed')).toBe(false)
  })
})

describe('a progress line that says "Action" before the state', () => {
  it('reads "Action completed <date>" and "Action closed - <note>" as the state', () => {
    expect(statusAtStart('Action completed 3 Mar 2031')).toBe('Action completed')
    expect(statusAtStart('Action closed - we will use the old outline')).toBe('Action closed')
    expect(statusAtStart('Action the clerk to book the hall')).toBeNull()
  })

  it('gives the labelled action above it that status', () => {
    const { plan } = tableToPlan([
      ['Committee meeting 3 March 2031'],
      ['1. Members were asked for their contact details'],
      ['ACTION: Priya to update the contact list on the wiki'],
      ['Action completed 4 Mar 2031'],
      ['2. The committee discussed the spring fair'],
      ['ACTION: Tom to book the hall for the fair'],
    ])
    expect(plan.actions.map((a) => [a.owners, a.status.state])).toEqual([
      [['Priya'], 'complete'],
      [['Tom'], 'unknown'],
    ])
  })
})

describe('isStatusAlone: a status said in a few words and nothing else', () => {
  it.each([
    ['Pending', 3, true],
    ['Closed.', 3, true],
    ['In progress', 3, true],
    ['Done in principle', 3, true],
    // Over the limit of words, or ordinary words: not a status alone.
    ['Done in principle only', 3, false],
    ['Closed the account at the bank', 3, false],
    ['Book the hall', 3, false],
    ['', 3, false],
  ])('reads %j (at most %i words) as %s', (text, maxWords, want) => {
    expect(isStatusAlone(text, maxWords)).toBe(want)
  })
})
