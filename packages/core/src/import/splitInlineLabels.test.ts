import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a label written singular over one owner and plural over several', () => {
  it('is one owners label: "Lead:" and "Leads:" at the end of list items both name the owners', () => {
    const { plan } = tableToPlan([
      ['Our commitments'],
      ['1. Publish a yearly report on technician careers. Lead: Director of Operations'],
      ['2. Fund a mentoring scheme for new technicians. Leads: HR, Faculty managers'],
      ['3. Hold an open lab day each term. Lead: Technical Services'],
      ['4. Review how technicians are named on papers. Leads: Research Office, Library'],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Publish a yearly report on technician careers.',
      'Fund a mentoring scheme for new technicians.',
      'Hold an open lab day each term.',
      'Review how technicians are named on papers.',
    ])
    expect(plan.actions.map((action) => action.owners)).toEqual([
      ['Director of Operations'],
      ['HR', 'Faculty managers'],
      ['Technical Services'],
      ['Research Office', 'Library'],
    ])
  })
})
