import { describe, expect, it } from 'vitest'
import { isHonorific } from './isHonorific'

describe('isHonorific: a title written before a name', () => {
  it.each([
    ['Mrs', true],
    ['dr.', true],
    ['CLLR', true],
    ['Councillors', true],
    ['Rev.', true],
    // A role or a name is not a title.
    ['Director', false],
    ['Mrsa', false],
    ['', false],
  ])('%j is %s', (word, want) => {
    expect(isHonorific(word)).toBe(want)
  })
})
