import { describe, expect, it } from 'vitest'
import { readCasesWithDatedUpdates } from './readCasesWithDatedUpdates'
import { tableToPlan } from './tableToPlan'

describe('readCasesWithDatedUpdates: a case register whose cases carry dated status updates', () => {
  const page = [
    ['Committee meeting 3 March 2031'],
    ['Present: Ana Diaz (minutes), Tom Reid, Lena Ward and Sam Okafor'],
    ['Open cases'],
    ['Case 4/31 Car park lighting'],
    ['The lamps by the north gate fail every winter and need replacing.'],
    ['The site lead is Tom Reid and Priya Shah.'],
    ['Status 14 January 2031:'],
    ['Quotes asked for from two electricians.'],
    ['Status: 3 March 2031:'],
    ['Work booked for April.'],
    ['Case 7/31 – New notice board'],
    ['A board for the entrance, paid from the grant.'],
    ['Jo Bloggs offered to build it.'],
    ['Status 3 March 2031:'],
    ['Board fitted last week. Case closed.'],
    ['Case 9/31 Volunteer rota'],
    ['Nobody has taken the rota on yet.'],
    ['Lena checks who is free in April.'],
    ['Status 3 March 2031:'],
    ['No change'],
  ]

  it('reads each case as one action, its dated updates as its history', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.status.state])).toEqual([
      ['Case 4/31', 'Car park lighting', 'unknown'],
      ['Case 7/31', 'New notice board', 'complete'],
      ['Case 9/31', 'Volunteer rota', 'unknown'],
    ])
  })

  it('gives a case to the people its text names responsible, else to a listed member opening one of its lines', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => a.owners)).toEqual([['Tom Reid', 'Priya Shah'], [], ['Lena']])
  })

  it('keeps what a case is about as its description', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions[0]?.description).toContain('lamps by the north gate')
  })

  it.each([
    [
      'cases under different words',
      (rows: string[][]) => rows.map((row) => [row[0]!.replace('Case 9/31', 'Item 9/31')]),
    ],
    ['no dated updates', (rows: string[][]) => rows.filter((row) => !row[0]!.startsWith('Status'))],
    ['only two cases', (rows: string[][]) => rows.slice(0, 15)],
    [
      'a name that is a sentence',
      (rows: string[][]) =>
        rows.map((row) => [row[0]!.replace('Volunteer rota', 'Someone must take on the volunteer rota.')]),
    ],
  ])('reads no register with %s', (_label, edit) => {
    expect(readCasesWithDatedUpdates(edit(page))).toBeNull()
  })

  it('reads no update label whose words are not a date', () => {
    const rows = page.map((row) => [row[0]!.replace(/^Status.*:$/, 'Status of the work:')])
    expect(readCasesWithDatedUpdates(rows)).toBeNull()
  })
})
