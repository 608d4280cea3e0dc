import { describe, expect, it } from 'vitest'
import { statusAtEnd } from './statusAtEnd'
import { tableToPlan } from './tableToPlan'

// Minutes close an item still open with a sentence moving it to the next meeting.
describe('an item carried over to the next meeting', () => {
  it.each([
    ['Agree the hall hire. Carried over to the next meeting.', 'Agree the hall hire.'],
    [
      'Agree the hall hire with the trust.Carried over to next meeting',
      'Agree the hall hire with the trust.',
    ],
    ['Price the new signs – to be carried forward to the next meeting', 'Price the new signs'],
    ['Price the new signs. To be carried over to next meeting.', 'Price the new signs.'],
  ])('%s', (line, text) => {
    expect(statusAtEnd(line, 'marker')).toMatchObject({ text, state: 'in-progress' })
  })

  it.each([
    'Work carried over to the next meeting was agreed first',
    'Carried over to the next meeting.',
    'The boxes were carried over to the school',
  ])('not %s', (line) => {
    expect(statusAtEnd(line, 'marker')?.shape ?? null).not.toBe('carriedOver')
  })

  it('reads each carried-over item of a page of minutes as in progress', () => {
    const { plan } = tableToPlan([
      ['Committee meeting, 4 March'],
      ['Items carried over'],
      ['1. Agree the hall hire with the trust. Carried over to the next meeting.'],
      ['2. Price the new signs for the reserve.To be carried over to next meeting.'],
      ['3. Fit the bird boxes at the school.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.status.state])).toEqual([
      ['1', 'Agree the hall hire with the trust.', 'in-progress'],
      ['2', 'Price the new signs for the reserve.', 'in-progress'],
      ['3', 'Fit the bird boxes at the school.', 'unknown'],
    ])
  })
})
