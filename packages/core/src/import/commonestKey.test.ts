import { describe, expect, it } from 'vitest'
import { commonestKey } from './commonestKey'

describe('commonestKey', () => {
  it.each([
    { keys: ['stage', null, 'goal', 'goal'], want: { key: 'goal', count: 2 } },
    { keys: ['goal', 'stage', 'stage', 'goal'], want: { key: 'goal', count: 2 } },
    { keys: ['stage', 'goal', 'goal', 'stage', 'goal'], want: { key: 'goal', count: 3 } },
    { keys: [null, null], want: { key: '', count: 0 } },
    { keys: [], want: { key: '', count: 0 } },
  ])('$keys → $want', ({ keys, want }) => {
    expect(commonestKey(keys)).toEqual(want)
  })

  it('counts a long run of keys', () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => (i % 3 === 0 ? null : `k${i % 7}`))
    expect(commonestKey(keys).count).toBeGreaterThan(0)
  })
})
