import { describe, expect, it } from 'vitest'
import { splitSentences, trimEnd } from './proseStep'

describe('splitSentences', () => {
  it.each([
    ['We opened a café. We are now hiring staff.', ['We opened a café.', 'We are now hiring staff.']],
    ['The dean said “well done.” The panel agreed.', ['The dean said “well done.”', 'The panel agreed.']],
    ['It ran twice (in May.) Then it stopped.', ['It ran twice (in May.)', 'Then it stopped.']],
    // A full stop lost where two paragraphs were joined.
    [
      'Read more on our blog We have held two open days.',
      ['Read more on our blog', 'We have held two open days.'],
    ],
    ['Staff met on 3 May. a note followed.', ['Staff met on 3 May. a note followed.']],
  ])('splits %j', (line, sentences) => {
    expect(splitSentences(line)).toEqual(sentences)
  })
})

describe('trimEnd', () => {
  it.each([
    ['Done!?', '.!?', 'Done'],
    ['Done', '.!?', 'Done'],
    ['...', '.', ''],
  ])('trims %j', (text, marks, trimmed) => {
    expect(trimEnd(text, marks)).toBe(trimmed)
  })
})
