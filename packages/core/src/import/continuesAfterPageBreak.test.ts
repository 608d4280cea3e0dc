import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('continuesAfterPageBreak', () => {
  const header = ['Intervention', 'Responsible body', 'Start/end date', 'Sector']
  const before = [
    ['Retrofit of council housing', 'Housing Department', 'ongoing', 'Buildings'],
    ['Heat pumps for public', 'Energy Agency', '2025 - 2028', 'Buildings'],
    ['12'],
    ['CITY CLIMATE PLAN'],
  ]

  it('joins the rest of a row a page break cut, owner and all', () => {
    const { plan } = tableToPlan([
      header,
      ...before,
      ['swimming pools and sports halls', 'Leisure Services', '', ''],
      ['Cycle lanes on the ring road', 'Transport Department', '2026', 'Mobility'],
    ])
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Retrofit of council housing', ['Housing Department']],
      ['Heat pumps for public swimming pools and sports halls', ['Energy Agency', 'Leisure Services']],
      ['Cycle lanes on the ring road', ['Transport Department']],
    ])
  })

  it('keeps a row of its own that opens in capitals', () => {
    const { plan } = tableToPlan([
      header,
      ...before,
      ['Solar roofs on schools', 'Education Department', '', ''],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Retrofit of council housing',
      'Heat pumps for public',
      'Solar roofs on schools',
    ])
  })
})
