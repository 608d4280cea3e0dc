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

  it('reads a count closing the lead-in after the pieces it counts, and every counted list of the page', () => {
    const { plan } = tableToPlan([
      ['A year of our library plan'],
      ['Looking back on the five pledges we made last spring, we have kept three:'],
      ['Opening the reading room on Sunday afternoons;'],
      ['Lending laptops to students for a week at a time;'],
      ['Running a study skills session each month.'],
      ['Work on the other two pledges has slowed:'],
      ['Replacing the self-service machines - delayed by the supplier;'],
      ['Digitising the local history archive - waiting on funding.'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Opening the reading room on Sunday afternoons;',
      'Lending laptops to students for a week at a time;',
      'Running a study skills session each month.',
      'Replacing the self-service machines - delayed by the supplier;',
      'Digitising the local history archive - waiting on funding.',
    ])
  })

  it('needs the count at the close of such a lead-in', () => {
    expect(
      itemsCountedByLeadIn([['Of our actions, 3 were late and some were early:'], ['A'], ['B'], ['C']], 0, 0),
    ).toBeNull()
    expect(
      itemsCountedByLeadIn([['Of the ten actions agreed, we finished 2:'], ['Open the lab'], ['Hire']], 0, 0),
    ).toEqual([1, 2])
  })
})
