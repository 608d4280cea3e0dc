import { describe, expect, it } from 'vitest'
import { isSpeechTurn } from './isSpeechTurn'

describe('isSpeechTurn, what a speaker said rather than work given to them', () => {
  it.each([
    ['I think the threshold is too low', true],
    ["I'm not sure the old cluster can take it", true],
    ['We agreed to leave it for now.', true],
    ['Yes, that matches what we saw', true],
    ['Agreed.', true],
    ['Thanks, that helps', true],
    ['Sounds good to me', true],
    ['Did the rerun finish?', true],
    // Work given to the person named before the colon.
    ['Add a warning about the threshold to the manual', false],
    ['You have a fixed rate in the filter; make it a setting', false],
    ['Need to fix the binning of the distance histogram', false],
    ["I'll send the plots round on Monday", false],
    ['Notes for the next release', false],
  ])('%s → %s', (words, expected) => {
    expect(isSpeechTurn(words)).toBe(expected)
  })
})
