import { describe, expect, it } from 'vitest'
import { statusAtEnd } from './statusAtEnd'

// A committee's review of its last actions: each closes with a bracket saying how it went.
describe('statusAtEnd: a bracket glued to the full stop, or naming who saw it done', () => {
  it.each([
    ['Hall: Ana to book the hall for May.(Done)', 'Hall: Ana to book the hall for May.', 'Done'],
    ['Signs: Omar to order the new signs. (Done Priya/Tom)', 'Signs: Omar to order the new signs.', 'Done'],
    [
      'Kit: Tom to check the first-aid kit. (Completed Ana & Lee)',
      'Kit: Tom to check the first-aid kit.',
      'Completed',
    ],
  ])('reads %s', (line, text, status) => {
    expect(statusAtEnd(line, 'update')).toMatchObject({ text, status })
  })

  it.each([
    // Glued to a word, not to a full stop: part of the text.
    ['Hall: Ana to book the hall(Done)'],
    // A state word, then words that are no names: a note, left alone.
    ['Signs: Omar to order the signs. (Done by hand mostly)'],
    // Names after a word that is no state.
    ['Signs: Omar to order the signs. (Ask Priya/Tom)'],
  ])('reads no status in %s', (line) => {
    expect(statusAtEnd(line, 'update')).toBeNull()
  })
})
