import { describe, expect, it } from 'vitest'
import { dropLeads, splitSentences, trimEnd } from './proseStep'

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
    // A capital of any script opens a sentence.
    ['The draft is out. Élise will check it.', ['The draft is out.', 'Élise will check it.']],
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

describe('dropLeads', () => {
  it.each([
    ['And in addition, a forum is being set up', 'a forum is being set up'],
    ['Meanwhile we opened a café', 'we opened a café'],
    ['As part of this plan, we are hiring staff', 'we are hiring staff'],
    ['Andrew led the review', 'Andrew led the review'],
  ])('drops the leads of %j', (clause, dropped) => {
    expect(dropLeads(clause)).toBe(dropped)
  })
})
