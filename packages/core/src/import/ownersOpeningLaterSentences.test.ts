import { describe, expect, it } from 'vitest'
import { ownersOpeningLaterSentences } from './ownersOpeningLaterSentences'

describe('ownersOpeningLaterSentences', () => {
  it.each([
    ['Ravi to book the hall. Sofia to send the invitations.', ['Sofia']],
    [
      'Ravi to book the hall. Sofia and Leo to set out the chairs. Mina to buy tea.',
      ['Sofia', 'Leo', 'Mina'],
    ],
    ['Ravi to book the hall. Chairs to be set out by noon.', []],
    ['Ravi to book the hall. Plans to follow next week.', []],
    ['Ravi to book the hall. Write to the caretaker first.', []],
    ['Ravi to book the hall.', []],
  ])('%s', (title, owners) => {
    expect(ownersOpeningLaterSentences(title)).toEqual(owners)
  })
})
