import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('findHeader: a header row that names no action column', () => {
  const rows = [
    ['Technician Commitment timetable 2026', '', ''],
    ['Some examples of the measures we propose', '', ''],
    ['Measure', 'Lead responsibility', 'Timescale'],
    ['Annual technician survey', 'Technical Manager / HR', 'Every March'],
    ['Action plan', '', ''],
    ['Draft the new action plan', 'Technical Manager', 'May 2026'],
    ['Publish the action plan', 'Technical Manager', 'September 2026'],
  ]

  it('is the header, the lone "Action plan" below it a section, the measures the actions', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(explanation.headerRow).toBe(3)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due, a.section])).toEqual([
      ['Annual technician survey', ['Technical Manager', 'HR'], null, null],
      ['Draft the new action plan', ['Technical Manager'], '2026-05-31', 'Action plan'],
      ['Publish the action plan', ['Technical Manager'], '2026-09-30', 'Action plan'],
    ])
  })
})
