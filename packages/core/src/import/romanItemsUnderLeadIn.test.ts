import { describe, expect, it } from 'vitest'
import { romanItemsUnderLeadIn } from './romanItemsUnderLeadIn'
import { tableToPlan } from './tableToPlan'

describe('romanItemsUnderLeadIn', () => {
  it('reads items numbered "I.", "II." under a lead-in ending in a colon', () => {
    const rows = [['Each lab must have:'], ['I. A named safety lead.'], ['II. A spill kit by the door.']]
    expect([...romanItemsUnderLeadIn(rows, 0, 0)]).toEqual([
      [1, { ref: 'I', title: 'A named safety lead.' }],
      [2, { ref: 'II', title: 'A spill kit by the door.' }],
    ])
  })

  it('reads numerals written in brackets, "(i)", "(ii)", with a wide gap after them', () => {
    const rows = [['We commit to:'], ['(i)    Train every new technician.'], ['(ii)  Audit the stores.']]
    expect([...romanItemsUnderLeadIn(rows, 0, 0).values()]).toEqual([
      { ref: 'i', title: 'Train every new technician.' },
      { ref: 'ii', title: 'Audit the stores.' },
    ])
  })

  it('reads no numbered heading that no colon introduces', () => {
    expect(romanItemsUnderLeadIn([['Contents'], ['(i) Introduction'], ['(ii) Method']], 0, 0).size).toBe(0)
  })

  it('reads them on a page of prose as its actions, each numeral its ref', () => {
    const { plan } = tableToPlan([
      ['Workshop safety'],
      ['The faculty must, under its own policy, have regard to:'],
      ['keeping every workshop open to all who need it; and'],
      ['learning from each incident.'],
      ['Having read its accident records, the faculty sets these commitments for 2031 to 2034:'],
      ['(i)    To train every new technician in lathe safety within their first month.'],
      ['(ii)  To halve reportable workshop injuries. To do this, each school will name a safety lead.'],
      ['(iii)  To audit the fume cupboards every term.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['i', 'To train every new technician in lathe safety within their first month.'],
      ['ii', 'To halve reportable workshop injuries. To do this, each school will name a safety lead.'],
      ['iii', 'To audit the fume cupboards every term.'],
    ])
  })
})
