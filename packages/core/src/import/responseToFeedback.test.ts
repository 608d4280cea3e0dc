import { describe, expect, it } from 'vitest'
import { namesFeedback, namesResponse, responseToFeedback } from './responseToFeedback'
import { tableToPlan } from './tableToPlan'

describe('responseToFeedback', () => {
  it('finds the feedback and the response to it among headers or labels', () => {
    expect(responseToFeedback(['Department', 'Residents told us', 'What we did'])).toEqual({
      feedback: 1,
      response: 2,
    })
    expect(responseToFeedback(['We did', 'You said'])).toEqual({ feedback: 1, response: 0 })
    expect(responseToFeedback(['Your feedback', 'Our response'])).toEqual({ feedback: 0, response: 1 })
  })

  it('is null without both halves of the pair', () => {
    expect(responseToFeedback(['Issue', 'Action taken'])).toBeNull()
    expect(responseToFeedback(['Comments', 'We did'])).toBeNull()
    expect(responseToFeedback(['You said', 'Owner'])).toBeNull()
  })

  it('reads who said it and how', () => {
    expect(namesFeedback('What parents asked for')).toBe(true)
    expect(namesFeedback('Tenants told us:')).toBe(true)
    expect(namesFeedback('Staff')).toBe(false)
    expect(namesFeedback('Said')).toBe(false)
    expect(namesResponse('What we have done')).toBe(true)
    expect(namesResponse('Done')).toBe(false)
  })

  it('reads a speaker of two words, and no header whose first word names no speaker', () => {
    const cases: [header: string, feedback: boolean][] = [
      ['Service users told us', true],
      ['What service users asked for', true],
      ['What you said', true],
      ['Service said', false],
      ['Users said', true],
      ['Youth said', false],
      ['Residents', false],
      ['Outcome: residents said', false],
    ]
    for (const [header, feedback] of cases) expect(namesFeedback(header), header).toBe(feedback)
  })

  it('takes the response column of a table as the action, the feedback as its description', () => {
    const { plan } = tableToPlan([
      ['What residents told us, spring term'],
      ['Service', 'Residents told us', 'What we did'],
      [
        'Library',
        'The opening hours on Saturday were too short.',
        'Opened the branch until five on Saturdays from May.',
      ],
      [
        'Parks',
        '"The bins by the pond are always full."',
        'Added two larger bins and a second weekly collection.',
      ],
      [
        'Leisure centre',
        'Changing rooms were cold in winter.',
        'Replaced the heaters in both changing rooms.',
      ],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Opened the branch until five on Saturdays from May.',
      'Added two larger bins and a second weekly collection.',
      'Replaced the heaters in both changing rooms.',
    ])
    expect(plan.actions[1]?.description).toBe('"The bins by the pond are always full."')
  })

  it('takes each response line of a page of paired labelled lines as an action', () => {
    const { plan } = tableToPlan([
      ['Listening to our tenants'],
      ['Every few months we share what changed after your comments.'],
      ['You told us: Repairs took too long to book by phone'],
      ['What we did: Launched online booking for repairs with a choice of slots'],
      ['You told us: Nobody explained the new rent charges'],
      ['What we did: Sent every household a letter setting out the charges'],
      ['You told us: The lift in the tower block broke down often'],
      ['What we did: Agreed a new maintenance contract with monthly checks'],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Launched online booking for repairs with a choice of slots',
      'Sent every household a letter setting out the charges',
      'Agreed a new maintenance contract with monthly checks',
    ])
    expect(plan.actions[0]?.description).toBe('Repairs took too long to book by phone')
  })
})
