import { describe, expect, it } from 'vitest'
import { refAndOwnersOpening } from './refAndOwnersOpening'

describe('refAndOwnersOpening: an action log code and its owners in a bracket opening the item', () => {
  it.each([
    [
      '(1203-2 - Priya, Tom) Draft the release notes',
      { ref: '1203-2', owners: ['Priya', 'Tom'], text: 'Draft the release notes' },
    ],
    [
      '(B12 - leads) Book the spring workshop',
      { ref: 'B12', owners: ['leads'], text: 'Book the spring workshop' },
    ],
    [
      '(T4.1 - Mei-Lin and Jo) Check the export',
      { ref: 'T4.1', owners: ['Mei-Lin', 'Jo'], text: 'Check the export' },
    ],
    ['(C07) All : Review the style guide', { ref: 'C07', owners: ['All'], text: 'Review the style guide' }],
    ['(C08) Review the glossary', { ref: 'C08', owners: [], text: 'Review the glossary' }],
  ])('%s', (item, want) => {
    expect(refAndOwnersOpening(item)).toEqual(want)
  })

  it.each([
    '(2025) Review the policy',
    '(2025-06-30 - Ana) Review the policy',
    '(v2 - draft) Write the guide',
    '(Ana) Write the guide',
    'Write the guide (B12 - Ana)',
  ])('leaves %s alone', (item) => {
    expect(refAndOwnersOpening(item)).toBeNull()
  })
})
