import { describe, expect, it } from 'vitest'
import { readOwnerCell } from './readOwnerCell'
import { withoutStageLabel } from './withoutStageLabel'

describe('withoutStageLabel: the stage an owner answers for', () => {
  it.each([
    ['Agreement by Steering Board', 'Steering Board'],
    ['Drafting by Clerk', 'Clerk'],
    ['Sign-off by Finance Committee', 'Finance Committee'],
    ['Head of Review Services', 'Head of Review Services'],
    ['Review by', 'Review by'],
  ])('%s → %s', (line, want) => {
    expect(withoutStageLabel(line)).toBe(want)
  })

  it('leaves the names in an owner cell that says who does each stage', () => {
    expect(readOwnerCell('Drafting by Clerk\nApproval by Parish Council')).toEqual([
      'Clerk',
      'Parish Council',
    ])
  })
})
