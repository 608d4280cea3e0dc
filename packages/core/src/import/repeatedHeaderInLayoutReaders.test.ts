import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// A page break inside a table of one of the layouts read as a whole prints the header again: it is a header,
// never a row of the layout, nor its end.
describe('the header printed again inside layouts read as a whole', () => {
  it('a small table per commitment: the small header again adds no lead or date', () => {
    const small = ['Deliverable', 'Timeline', 'Responsibility']
    const { plan } = tableToPlan([
      ['1. Run the allotment well so that every plot holder knows the rules.', '', ''],
      small,
      ['Agree the rules of the site with plot holders.', 'March 2027', 'Committee'],
      ['Publish the waiting list on the notice board.', 'April 2027', 'Secretary'],
      ['2. Grow food with the village school and its pupils.', '', ''],
      small,
      small,
      ['Host a class on the site each term.', 'Termly', 'Chair'],
      ['Give the school a plot of its own.', 'May 2027', 'Committee'],
      ['3. Share what the allotment grows with the food bank.', '', ''],
      small,
      ['Take surplus crops to the food bank each week.', 'Weekly', 'Volunteers'],
    ])
    expect(plan.actions).toHaveLength(3)
    expect(plan.actions[1]?.owners.join(' ')).not.toContain('Responsibility')
    expect(plan.actions[1]?.target.text).not.toContain('Timeline')
  })

  it('a timeline on its side: the rows past the repeated header are read too', () => {
    const header = ['Deadline', 'Announcement']
    const { plan } = tableToPlan([
      header,
      ['March 1, 2027', 'Council publishes the draft parking plan'],
      ['April 1, 2027', 'Residents comment on the draft plan'],
      header,
      ['June 1, 2027', 'Council adopts the final parking plan'],
    ])
    expect(plan.actions.map((a) => a.title)).toContain('Council adopts the final parking plan')
    expect(plan.actions.map((a) => a.title)).not.toContain('Announcement')
  })

  it('records of a figures row over a text row: the repeated header between records is skipped', () => {
    const header = ['Number', 'Agreed', 'Cost']
    const { plan } = tableToPlan([
      header,
      ['1', 'Yes', '$0'],
      ['We recommend that the trust publish its grant decisions each quarter.'],
      ['2', 'No', '$0'],
      ['We recommend that the trust train every new volunteer within a month.'],
      header,
      ['3', 'Yes', '$200'],
      ['We recommend that the trust review its cleaning contract every year.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'We recommend that the trust publish its grant decisions each quarter.'],
      ['2', 'We recommend that the trust train every new volunteer within a month.'],
      ['3', 'We recommend that the trust review its cleaning contract every year.'],
    ])
  })
})
