import { describe, expect, it } from 'vitest'
import { parseStatus } from '../status/parseStatus'
import { ownerStatusLine, readItemsOverOwnerStatusLines } from './readItemsOverOwnerStatusLines'
import { tableToPlan } from './tableToPlan'

describe('ownerStatusLine: "Owner/Status" under an item', () => {
  it.each([
    ['K. Osei/In Process', ['K. Osei'], 'In Process'],
    ['Treasurer/Done', ['Treasurer'], 'Done'],
    ['Mrs Patel/B Lowe Not started', ['Mrs Patel', 'B Lowe'], 'Not started'],
  ])('reads %s', (text, owners, status) => {
    expect(ownerStatusLine(text)).toEqual({ owners, status })
  })

  it.each([
    ['Sales/marketing review'],
    ['Replace the boiler.'],
    ['Quotes from two builders/joiners are needed soon'],
  ])('leaves %s', (text) => {
    expect(ownerStatusLine(text)).toBeNull()
  })
})

describe('readItemsOverOwnerStatusLines', () => {
  const page = [
    ['HALL COMMITTEE MEETING 4 MARCH'],
    ['Present: K. Osei, B Lowe, Mrs Patel'],
    ['2. Review of actions from the last meeting'],
    ['Repaint the porch railings. Two quotes needed.'],
    ['K. Osei/In Process'],
    ['Fix the leaking gutter by the kitchen.'],
    ['Mrs Patel/B Lowe Awaiting Action'],
    ['Renew the fire extinguisher contract.'],
    ['Treasurer/Complete'],
  ]

  it('reads each line as an action, its owners and status from the line under it', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((action) => [action.title, action.owners, action.status.state])).toEqual([
      ['Repaint the porch railings. Two quotes needed.', ['K. Osei'], 'in-progress'],
      ['Fix the leaking gutter by the kitchen.', ['Mrs Patel', 'B Lowe'], 'not-started'],
      ['Renew the fire extinguisher contract.', ['Treasurer'], 'complete'],
    ])
  })

  it('reads "Awaiting action" as nothing done yet', () => {
    expect(parseStatus('Awaiting Action').state).toBe('not-started')
  })

  it('reads a short line over more items as their section', () => {
    const flattened = readItemsOverOwnerStatusLines([
      ...page,
      ['CHURCHYARD'],
      ['Cut back the yew hedge.'],
      ['B Lowe/Ongoing'],
    ])
    expect(flattened?.rows.at(-1)).toEqual(['Cut back the yew hedge.', 'B Lowe', 'Ongoing', 'CHURCHYARD'])
  })

  it('leaves a page with fewer than three such items', () => {
    expect(readItemsOverOwnerStatusLines(page.slice(0, 7))).toBeNull()
  })
})
