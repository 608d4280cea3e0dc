import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('owners across a ministers column and an agency column, and contributors in brackets', () => {
  it('makes the delivering agency an owner beside the responsible minister', () => {
    const { plan } = tableToPlan([
      ['Initiative', 'Status', 'Responsible Minister', 'Agency'],
      ['Regional rail study', 'New', 'Minister for Transport', 'Department of Infrastructure'],
      [
        'Remote clinics grant',
        'Existing',
        'Minister for Health\nMinister for Regional Australia',
        'Department of Health',
      ],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Minister for Transport', 'Department of Infrastructure'],
      ['Minister for Health', 'Minister for Regional Australia', 'Department of Health'],
    ])
  })

  it('makes the programme or project manager an owner beside the lead director', () => {
    const { plan } = tableToPlan([
      ['Major projects'],
      ['Project', 'Lead Director', 'Programme Manager / Project Manager'],
      ['New student records system', 'Ruth Okafor', 'Tom Baines'],
      ['Library extension', 'Ruth Okafor', 'Lena Marsh / Omar Haddad'],
      ['Campus wayfinding', 'Gareth Pryce', ''],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Ruth Okafor', 'Tom Baines'],
      ['Ruth Okafor', 'Lena Marsh', 'Omar Haddad'],
      ['Gareth Pryce'],
    ])
  })

  it('leaves a manager column of sentences, and a column about the manager, out of the owners', () => {
    const { plan } = tableToPlan([
      ['Project', 'Lead Director', 'Project Manager', "Manager's comments"],
      ['Library extension', 'Ruth Okafor', 'Not yet appointed. Interviews in May.', 'On track'],
      ['Campus wayfinding', 'Gareth Pryce', 'Lena Marsh', 'Signs ordered'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Ruth Okafor'], ['Gareth Pryce', 'Lena Marsh']])
  })

  it('leaves a column not named for the delivering body out of the owners', () => {
    const { plan } = tableToPlan([
      ['Initiative', 'Responsible Minister', 'Funding body'],
      ['Regional rail study', 'Minister for Transport', 'Infrastructure Fund'],
    ])
    expect(plan.actions[0]?.owners).toEqual(['Minister for Transport'])
  })

  it('reads the bracketed contributors as owners under a header that names them', () => {
    const rows = (header: string) => [
      ['No.', 'Action', header],
      ['1', 'Map the services for older carers in each region', 'Health (Housing)'],
      ['2', 'Publish the carers’ guide in community languages', 'Social Services'],
    ]
    expect(
      tableToPlan(rows('Lead agency (contributing agencies)')).plan.actions.map((a) => a.owners),
    ).toEqual([['Health', 'Housing'], ['Social Services']])
    expect(tableToPlan(rows('Lead')).plan.actions[0]?.owners).toEqual(['Health (Housing)'])
  })
})
