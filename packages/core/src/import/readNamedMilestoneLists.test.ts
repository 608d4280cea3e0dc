import { describe, expect, it } from 'vitest'
import { readNamedMilestoneLists } from './readNamedMilestoneLists'
import { tableToPlan } from './tableToPlan'

describe('milestones listed by short name under headings, dated by a lead-in', () => {
  const rows = [
    ['Research data service: milestones to summer 2025'],
    ['Priority milestones'],
    ['The milestones below must be finished before July 2025. Each one unblocks a faculty pilot.'],
    ['Storage-related priority milestones'],
    ['Archive-Tier'],
    ['Quota-Dashboard'],
    ['Training-related priority milestones'],
    ['Data-Carpentry-Course'],
    ['Further milestones'],
    ['These milestones are to be delivered by September 2025, after the priority ones.'],
    ['Metadata-Search'],
    ['i18n'],
  ]

  it('reads each name as an action, dated by the lead-in above it', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Archive-Tier', '2025-06-30'],
      ['Quota-Dashboard', '2025-06-30'],
      ['Data-Carpentry-Course', '2025-06-30'],
      ['Metadata-Search', '2025-09-30'],
      ['i18n', '2025-09-30'],
    ])
  })

  it('leaves a page with any other kind of line, or with no dated lead-in, to other readers', () => {
    expect(readNamedMilestoneLists([...rows, ['Ask the dean to sign this off'] as string[]])).toBeNull()
    expect(
      readNamedMilestoneLists(rows.filter((row) => !row[0]!.includes('2025.') && !row[0]!.includes('2025,'))),
    ).toBeNull()
  })
})
