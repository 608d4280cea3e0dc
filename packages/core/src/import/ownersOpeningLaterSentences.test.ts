import { describe, expect, it } from 'vitest'
import { ownersOpeningLaterClauses, ownersOpeningLaterSentences } from './ownersOpeningLaterSentences'

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

describe('ownersOpeningLaterClauses', () => {
  it.each([
    ['Ravi will book the hall, and Sofia will send the invitations', ['Sofia']],
    ['Ravi will book the hall; Leo Park to set out the chairs, Mina to buy tea', ['Leo Park', 'Mina']],
    // Acted on, or a thing: no one.
    ['Ravi will book the hall, and Chairs will be set out by noon', []],
    ['Ravi will book the hall, and Plans to follow next week', []],
    ['Ravi will book the hall and send the invitations', []],
  ])('%j → %j', (text, names) => {
    expect(ownersOpeningLaterClauses(text)).toEqual(names)
  })
})
