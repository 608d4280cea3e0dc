import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a table with no header row, read from its cells alone', () => {
  it('reads an aim written once over the rows below it as their section, the steps beside it as the actions', () => {
    const { plan } = tableToPlan([
      ['Village hall improvement plan'],
      ['Make the hall warmer', 'Fit draught strips to every outside door', 'Pat Quinn', 'March 2031'],
      ['', 'Ask three firms to quote for loft insulation', 'Pat Quinn', 'May 2031'],
      ['', 'Apply to the district fund for the heating grant', 'Lee Park', 'July 2031'],
      [
        'Open the hall to more groups',
        'Survey the parish on what clubs they would join',
        'Sam Ray',
        'June 2031',
      ],
      ['', 'Put the booking calendar on the village website', 'Lee Park', 'August 2031'],
      ['', 'Offer the first month free to any new club', 'Sam Ray', 'October 2031'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Fit draught strips to every outside door', ['Pat Quinn'], '2031-03-31'],
      ['Ask three firms to quote for loft insulation', ['Pat Quinn'], '2031-05-31'],
      ['Apply to the district fund for the heating grant', ['Lee Park'], '2031-07-31'],
      ['Survey the parish on what clubs they would join', ['Sam Ray'], '2031-06-30'],
      ['Put the booking calendar on the village website', ['Lee Park'], '2031-08-31'],
      ['Offer the first month free to any new club', ['Sam Ray'], '2031-10-31'],
    ])
  })
})
