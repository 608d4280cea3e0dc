import { describe, expect, it } from 'vitest'
import { itemsCountedByLeadIn } from './itemsCountedByLeadIn'
import { tableToPlan } from './tableToPlan'

describe('an unmarked list whose lead-in counts its items', () => {
  it('reads the counted lines as the actions, whatever their wording, and not the link after them', () => {
    const { plan } = tableToPlan([
      ['Our Plan'],
      ['The plan is built around 4 key actions;'],
      ['Open the library on Sundays during exam terms'],
      ['Work with the students’ union on study spaces'],
      ['Ensure every reading list is online before term starts'],
      ['Replace the self-service machines'],
      ['Download the full plan'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Open the library on Sundays during exam terms',
      'Work with the students’ union on study spaces',
      'Ensure every reading list is online before term starts',
      'Replace the self-service machines',
    ])
  })

  it('needs a count of pieces of a plan, and that many lines below it', () => {
    expect(itemsCountedByLeadIn([['We have three aims:'], ['Open the lab'], ['Hire']], 0, 0)).toBeNull()
    expect(itemsCountedByLeadIn([['We met 3 times:'], ['Monday'], ['Tuesday'], ['Friday']], 0, 0)).toBeNull()
    expect(itemsCountedByLeadIn([['Our two priorities are:'], ['Open the lab'], ['Hire']], 0, 0)).toEqual([
      1, 2,
    ])
  })
})
