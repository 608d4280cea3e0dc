import { describe, expect, it } from 'vitest'
import { namesAfterDash } from './namesAfterDash'

describe('namesAfterDash', () => {
  it('reads one to four one-word names after the last spaced dash', () => {
    expect(namesAfterDash('Welcome banner - tomas')).toEqual(['tomas'])
    expect(namesAfterDash('Name badges – ines, tomas')).toEqual(['ines', 'tomas'])
    expect(namesAfterDash('Extension cords - ines / kofi')).toEqual(['ines', 'kofi'])
    expect(namesAfterDash('海報 - 小明 and Ana')).toEqual(['小明', 'Ana'])
  })

  it('names no one after a status, a phrase or no dash', () => {
    expect(namesAfterDash('Review the policy - done')).toEqual([])
    expect(namesAfterDash('Review the policy - in progress')).toEqual([])
    expect(namesAfterDash('Book the hall - see the notes')).toEqual([])
    expect(namesAfterDash('A well-known step')).toEqual([])
    expect(namesAfterDash('- tomas')).toEqual([])
    expect(namesAfterDash('Cups - a, b, c, d, e')).toEqual([])
  })

  it('reads a long hostile tail quickly', () => {
    expect(namesAfterDash(`Cups - ${'ana, '.repeat(200_000)}`)).toEqual([])
  })
})
