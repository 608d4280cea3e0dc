import { describe, expect, it } from 'vitest'
import { teamBadgeOwners } from './teamBadgeOwners'

describe('owners written as team badges', () => {
  it('names each team after the badge, and leaves any other cell alone', () => {
    expect(teamBadgeOwners('Team estates')).toBe('estates')
    expect(teamBadgeOwners('Team it-services library')).toBe('it-services, library')
    expect(teamBadgeOwners('Team Leader')).toBe('Team Leader')
    expect(teamBadgeOwners('Teams in each faculty')).toBe('Teams in each faculty')
  })
})
