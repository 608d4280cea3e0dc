import { describe, expect, it } from 'vitest'
import { pageMetadataRows } from './pageMetadataRows'
import { tableToPlan } from './tableToPlan'

describe('pageMetadataRows', () => {
  it.each([
    ['• Written by the Equality Unit', true],
    ['Written byThe Equality Unit', true],
    ['• Published date 12 March 2025', true],
    ['Published: 2 June 2024', true],
    ['First published: 9 May 2023', true],
    ['Last updated: 30/01/2025', true],
    ['Last Updated: 11/03/2025', true],
    ['Last reviewed 4 April 2025', true],
    ['Posted on 1 July 2024', true],
    ['Author: Estates team', true],
    ['• Updated the staff handbook', false],
    ['• Publish the pay gap report each March', false],
    ['• Publishers’ contracts reviewed for open access', false],
    ['Authorise spending on ramps', false],
    ['written by hand, the forms are slow to process, so move them online', false],
  ])('"%s" stamps the page: %s', (line, stamp) => {
    expect(pageMetadataRows([[line]], 0)).toEqual(stamp ? [0] : [])
  })

  it('leaves a page’s byline and date out of its actions', () => {
    const { plan } = tableToPlan([
      ['Our access plan'],
      ['• Written by the Estates team'],
      ['• Published date 12 March 2025'],
      ['• Fit a ramp at the library entrance'],
      ['• Add hearing loops to every lecture theatre'],
    ])
    expect(plan.actions.map((action) => [action.title, action.target.due])).toEqual([
      ['Fit a ramp at the library entrance', null],
      ['Add hearing loops to every lecture theatre', null],
    ])
  })
})
