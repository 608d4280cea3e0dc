import { describe, expect, it } from 'vitest'
import { handlesAtEnd } from './handlesAtEnd'
import { tableToPlan } from './tableToPlan'

describe('user handles closing an item name its owners', () => {
  it('reads handles after a spaced dash or in brackets, and nothing else', () => {
    expect(handlesAtEnd('Halve the test suite run time - @mira-k')).toEqual(['@mira-k'])
    expect(handlesAtEnd('Write the migration guide — @sol, @tam')).toEqual(['@sol', '@tam'])
    expect(handlesAtEnd('Publish nightly builds (@juno and @pax)')).toEqual(['@juno', '@pax'])
    expect(handlesAtEnd('Publish nightly builds - Phase 2')).toEqual([])
    expect(handlesAtEnd('Publish nightly builds - @juno and Ravi')).toEqual([])
    expect(handlesAtEnd('Email team@example.org about the builds')).toEqual([])
  })

  it('reads a handle with a role noted after it in the brackets, and only there', () => {
    expect(handlesAtEnd('Review the schema change (@juno, @pax - second pair of eyes).')).toEqual([
      '@juno',
      '@pax',
    ])
    expect(handlesAtEnd('Review the schema change (@juno – lead)')).toEqual(['@juno'])
    expect(handlesAtEnd('Review the schema change - @juno - lead')).toEqual([])
    expect(handlesAtEnd('Review the schema change (@juno - @pax)')).toEqual([])
  })

  it('gives the items of a list their owners', () => {
    const { plan } = tableToPlan([
      ['Team goals'],
      ['- Halve the test suite run time - @mira-k'],
      ['- Move the docs to the new site'],
      ['- Write the migration guide — @sol, @tam'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['@mira-k'], [], ['@sol', '@tam']])
  })
})
