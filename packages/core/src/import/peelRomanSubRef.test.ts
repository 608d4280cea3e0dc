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
  ])('%s', (line, ref, rest) => {
    expect(peelRomanSubRef(line)).toEqual({ ref, rest })
    expect(peelRef(line)).toEqual({ ref, rest })
  })

  it.each(['2. Publish the code', '3.2.mix. the paints', '1.1.ii.', '5.vi.Start'])('leaves %s', (line) => {
    expect(peelRomanSubRef(line)).toBeNull()
  })

  it('reads a line of 100,000 numerals', () => {
    expect(peelRomanSubRef(`1.${'i'.repeat(100_000)}. x`)).toBeNull()
    expect(peelRomanSubRef(`${'1.'.repeat(50_000)}ii. x`)).toBeNull()
  })
})
