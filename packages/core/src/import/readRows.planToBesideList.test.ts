import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a lone promise beside a numbered list on a one-column page', () => {
  it('reads "We plan to …" and "We intend to …" as actions, as "We will …" is', () => {
    const { plan } = tableToPlan([
      ['Accessibility of the booking site'],
      ['Known problems'],
      ['1. Some date pickers cannot be used with a keyboard. This fails success criterion 2.1.1.'],
      ['2. Several images on the venue pages have no text alternative. This fails success criterion 1.1.1.'],
      ['Improving accessibility'],
      ['We plan to audit the booking forms each quarter and publish what we find.'],
      ['Contact us'],
      ['Write to the web team if you find a problem not listed here.'],
    ])
    expect(plan.actions.map((a) => a.title)).toContain(
      'We plan to audit the booking forms each quarter and publish what we find.',
    )
  })
})
