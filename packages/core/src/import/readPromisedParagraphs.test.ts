import { describe, expect, it } from 'vitest'
import { readPromisedParagraphs } from './readPromisedParagraphs'
import { tableToPlan } from './tableToPlan'

// A strategy page of our own wording: a code heading, an objective sentence, paragraphs of "we will" promises.
const page = [
  ['Estates (E2B)'],
  ['Keep every building safe, warm and open to the people who use it.'],
  [
    'Our buildings matter to how people work. We will survey every teaching room and publish what we find on the web.',
  ],
  ['We will keep lifts and ramps in working order on every site and will report each fault within a day.'],
  ['Through a review of how rooms are booked, we will cut the number of empty rooms across the campus.'],
  [
    'We will also fund repairs from the capital budget each year. We will seek grants for larger works on older halls.',
  ],
  ['Measures'],
  ['4. Rooms surveyed %'],
]

describe('readPromisedParagraphs', () => {
  it('reads each "we will" sentence as one action titled from its verb', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Survey every teaching room and publish what we find on the web',
      'Keep lifts and ramps in working order on every site and report each fault within a day',
      'Cut the number of empty rooms across the campus',
      'Fund repairs from the capital budget each year',
      'Seek grants for larger works on older halls',
    ])
    // The context sentence stays with its promise as the description.
    expect(plan.actions[0]?.description).toContain('Our buildings matter')
  })

  it('leaves the heading after the promises, and the measures under it, out', () => {
    expect(readPromisedParagraphs(page)?.skippedRows).toEqual([7, 8])
  })

  it('needs three paragraphs of promises, and no numbered items among them', () => {
    expect(readPromisedParagraphs(page.slice(0, 4))).toBeNull()
    const listed = [
      ['Our pledge'],
      [
        '1. listen to members of staff before any change to their roles. We will hold a forum each term for it.',
      ],
      [
        '2. publish pay data every year without fail. We will show the gaps between grades and between teams.',
      ],
      ['3. train every manager in fair recruitment. We will record who has been trained and when they were.'],
    ]
    expect(readPromisedParagraphs(listed)).toBeNull()
  })
})
