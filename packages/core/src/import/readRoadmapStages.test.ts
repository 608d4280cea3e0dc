import { describe, expect, it } from 'vitest'
import { readRoadmapStages } from './readRoadmapStages'
import { tableToPlan } from './tableToPlan'

describe('a roadmap page whose lists sit under stage headings', () => {
  it('gives each item its stage as status and the period under the heading as target', () => {
    const { plan } = tableToPlan([
      ['Library app roadmap'],
      ['Updated 2 March 2026'],
      ['Now'],
      ['Add room booking to the app'],
      ['Coming up next'],
      ['September to December 2026'],
      ['We plan to:'],
      ['- Show live seat counts for each floor'],
      ['Recently shipped'],
      ['- Dark mode for the catalogue'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state, a.target.due])).toEqual([
      ['Add room booking to the app', 'in-progress', null],
      ['Show live seat counts for each floor', 'not-started', '2026-12-31'],
      ['Dark mode for the catalogue', 'complete', null],
    ])
  })

  it('needs two stage headings, each over an item', () => {
    expect(
      readRoadmapStages([['Plan'], ['Later'], ['Add a map'], ['Fix the lift'], ['Paint the hall']]),
    ).toBeNull()
    expect(
      readRoadmapStages([['Now'], ['Next'], ['Add a map'], ['Fix the lift'], ['Paint the hall']]),
    ).toBeNull()
  })
})
