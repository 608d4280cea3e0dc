import { describe, expect, it } from 'vitest'
import { peelRef } from './peelRef'
import { peelRomanSubRef } from './peelRomanSubRef'

describe('peelRomanSubRef: a number and a roman sub-item', () => {
  it.each([
    ['1. ii) Widen the bursary scheme', '1.ii', 'Widen the bursary scheme'],
    ['4.1.ii. Train the interview panel', '4.1.ii', 'Train the interview panel'],
    ['7.3.iv. Open the second depot to the public', '7.3.iv', 'Open the second depot to the public'],
    ['2.xii) Publish the grant register', '2.xii', 'Publish the grant register'],
    ['12.10.vii. Agree the loan terms', '12.10.vii', 'Agree the loan terms'],
    // The numeral in brackets, as minutes reviewing their last actions cite them: "5. (iii) Secretary to …".
    [
      '5. (iii) Secretary to book the hall for the summer fair',
      '5. (iii)',
      'Secretary to book the hall for the summer fair',
    ],
    ['14 (ii) Treasurer to renew the insurance', '14 (ii)', 'Treasurer to renew the insurance'],
  ])('%s', (line, ref, rest) => {
    expect(peelRomanSubRef(line)).toEqual({ ref, rest })
    expect(peelRef(line)).toEqual({ ref, rest })
  })

  it.each([
    '2. Publish the code',
    '3.2.mix. the paints',
    '1.1.ii.',
    '5.vi.Start',
    // A bracket that is no numeral, or a numeral the bracket leaves open, is no sub-item.
    '3. (draft) Publish the rules',
    '4. (vi Ask the chair',
    '6. (ii)',
  ])('leaves %s', (line) => {
    expect(peelRomanSubRef(line)).toBeNull()
  })

  it('reads a line of 100,000 numerals', () => {
    expect(peelRomanSubRef(`1.${'i'.repeat(100_000)}. x`)).toBeNull()
    expect(peelRomanSubRef(`${'1.'.repeat(50_000)}ii. x`)).toBeNull()
    expect(peelRomanSubRef(`1. ${'('.repeat(100_000)}ii) x`)).toBeNull()
  })
})
