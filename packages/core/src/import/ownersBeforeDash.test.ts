import { describe, expect, it } from 'vitest'
import { ownersBeforeDash } from './ownersBeforeDash'

describe('ownersBeforeDash', () => {
  it.each([
    ['Ana - Draft the guide', { owners: ['Ana'], rest: 'Draft the guide' }],
    ['Ben, Ana - To compare the tools', { owners: ['Ben', 'Ana'], rest: 'To compare the tools' }],
    ['All - review the libraries', { owners: ['All'], rest: 'review the libraries' }],
    ['Draft the guide - soon', null],
    ['Outreach and training - a review', null],
    ['Phase 2 - Build', null],
    ['Ana Draft the guide', null],
  ])('%s', (text, want) => {
    expect(ownersBeforeDash(text)).toEqual(want)
  })
})
