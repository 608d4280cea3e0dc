import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a step naming again, without its colon, an owner other steps name before one', () => {
  it('gives the owner to the step that dropped the colon, and to no other', () => {
    const { plan } = tableToPlan([
      ['Action', 'Date'],
      ['Clerk: circulates the agenda to governors', 'March 2026'],
      ['Clerk circulates the draft minutes', 'April 2026'],
      ['Clerk to file the signed minutes', 'May 2026'],
      ['Budget review meeting with the auditors', 'June 2026'],
    ])
    // "Clerk to file …" names the clerk by the office before "to", as a governing office is read anywhere.
    expect(plan.actions.map((a) => a.owners)).toEqual([['Clerk'], ['Clerk'], ['Clerk'], []])
  })

  it('tells apart owners that open with the same word, and gives each step the one it names', () => {
    const { plan } = tableToPlan([
      ['Action', 'Date'],
      ['Head Teacher: presents the budget to governors', 'March 2026'],
      ['Head Chef: orders the new kitchen kit', 'March 2026'],
      ['Head Chef checks the kit against the order', 'April 2026'],
      ['Head Teacher reports the spend at the summer meeting', 'June 2026'],
      ['Heads of department review the menus', 'July 2026'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Head Teacher'],
      ['Head Chef'],
      ['Head Chef'],
      ['Head Teacher'],
      [],
    ])
  })

  it('gives a name that owns a "will" step its "to" steps too', () => {
    const { plan } = tableToPlan([
      ['Action no.', 'Action'],
      ['7.1', 'Maria will book the venue for the open day'],
      ['7.2', 'Maria to send the invitations to schools'],
      ['7.3', 'Continue to update the visitor guide'],
      ['7.4', 'Jon to check the parking plan'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Maria'], ['Maria'], [], []])
  })

  it('gives a name that owns a "will" step the steps where the minutes drop the "will" before a verb', () => {
    const { plan } = tableToPlan([
      ['Item', 'Action'],
      ['2.1', 'QS will price the two roofing options'],
      ['2.2', 'QS send the revised costs to the bursar'],
      ['2.3', 'QS invoice for the last quarter'],
      ['2.4', 'Bursar email the governors about the timetable'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['QS'], ['QS'], [], []])
  })

  it('gives a first name opening two "to" items the owner, in minutes that write owners before "to" as well as "will"', () => {
    const { plan } = tableToPlan([
      ['Item', 'Action'],
      ['4.1', 'Ravi will renew the hall booking'],
      ['4.2', 'Ravi to order name badges for the stall'],
      ['4.3', 'Nell to draft the volunteer rota'],
      ['4.4', 'Continue to collect raffle prizes'],
      ['4.5', 'Nell to share the rota with the school office'],
      ['4.6', 'Continue to chase the printer quote'],
      ['4.7', 'Omar to check the float'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Ravi'], ['Ravi'], ['Nell'], [], ['Nell'], [], []])
  })

  it('reads no owner from repeated "Name to …" items where no owner is named before "will" and "to" alike', () => {
    const { plan } = tableToPlan([
      ['Item', 'Action'],
      ['4.1', 'Ravi will renew the hall booking'],
      ['4.2', 'Nell to draft the volunteer rota'],
      ['4.3', 'Nell to share the rota with the school office'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Ravi'], [], []])
  })

  it('gives a name other actions already own the action that names it before "to" and an instruction', () => {
    const { plan } = tableToPlan([
      ['Item', 'Action'],
      ['3.1', 'Stalls: the van is booked. Ana and Rob to collect it on the morning'],
      ['3.2', 'Raffle: Ana to ask the corner shop for prizes'],
      ['3.3', 'Rob to check the float before the gates open'],
      ['3.4', 'Jo to check the tickets before the gates open'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Ana', 'Rob'], ['Ana'], ['Rob'], []])
  })
})
