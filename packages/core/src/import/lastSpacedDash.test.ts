import { describe, expect, it } from 'vitest'
import { firstSpacedDash, lastSpacedDash } from './lastSpacedDash'
import { statusAtEnd } from './statusAtEnd'

describe('lastSpacedDash', () => {
  it('finds the last spaced hyphen, en dash or em dash, and no dash inside a word', () => {
    expect(lastSpacedDash('Paint the hall - done')).toBe(14)
    expect(lastSpacedDash('Paint the hall – done')).toBe(14)
    expect(lastSpacedDash('Paint the hall — done')).toBe(14)
    expect(lastSpacedDash('Book the hall - May — done')).toBe(19)
    expect(lastSpacedDash('A follow-up visit—soon')).toBe(-1)
  })

  it('lets an item set its status off with an em dash as with the other dashes', () => {
    expect(statusAtEnd('Paint the hall — done', 'item')).toMatchObject({
      text: 'Paint the hall',
      shape: 'dash',
    })
  })
})

describe('firstSpacedDash', () => {
  it('finds the first spaced dash at or after a position, whichever of the three it is', () => {
    expect(firstSpacedDash('@ana - 2031-03-14 — book the hall', 0)).toBe(4)
    expect(firstSpacedDash('@ana - 2031-03-14 — book the hall', 7)).toBe(17)
    expect(firstSpacedDash('A follow-up visit—soon', 0)).toBe(-1)
  })
})
