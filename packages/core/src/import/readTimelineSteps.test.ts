import { describe, expect, it } from 'vitest'
import { readTimelineSteps } from './readTimelineSteps'
import { tableToPlan } from './tableToPlan'

describe('a one-column project timeline: numbered step markers with their state', () => {
  const page = [
    ['How the plan comes together'],
    ['• Stage 1 - complete'],
    ['Ask technicians what matters to them (2023 - 2024)'],
    ['"Over 200 replies shaped the first draft, see the 2022-2026 strategy."'],
    ['• Stage 2 - complete'],
    ['Agree the draft with the steering group'],
    ['The group signs it off on Tuesday 14 January 2025.'],
    ['• Stage 3 - active'],
    ['Run the showcase events (May - July 2025)'],
    ['• Stage 4 - upcoming'],
    ['Report to the board (Winter 2025)'],
    ['A short report on what changed.'],
  ].map((line) => [line[0]!])

  it('reads each step as an action: its number the ref, its state the status, its bracketed period the target', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due, a.status.state])).toEqual([
      ['1', 'Ask technicians what matters to them', '2024-12-31', 'complete'],
      ['2', 'Agree the draft with the steering group', '2025-01-14', 'complete'],
      ['3', 'Run the showcase events', '2025-07-31', 'in-progress'],
      ['4', 'Report to the board', '2026-02-28', 'not-started'],
    ])
    expect(plan.actions[0]?.description).toContain('Over 200 replies')
    expect(plan.title).toBe('How the plan comes together')
  })

  it('says how it read the page', () => {
    const { explanation } = tableToPlan(page)
    expect(explanation.columns.find((c) => c.field === 'title')?.evidence).toMatch(/timeline/)
  })

  it('reads nothing when the markers do not number one list, or carry no state', () => {
    const skipped = page.filter((_, i) => i !== 4 && i !== 5 && i !== 6)
    expect(readTimelineSteps(skipped)).toBeNull()
    const stateless = page.map((row) => [row[0]!.replace(/ - \w+$/, '')])
    expect(readTimelineSteps(stateless)).toBeNull()
    const mixed = page.map((row) => [row[0]!.replace('• Stage 3', '• Phase 3')])
    expect(readTimelineSteps(mixed)).toBeNull()
  })
})
