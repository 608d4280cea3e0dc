import { describe, expect, it } from 'vitest'
import { readStepsUnderOwnerLines } from './readStepsUnderOwnerLines'

// A plan for moving a club's forum, handing out its work by person: an area's line naming who takes it on, then that
// person's steps numbered from 1.
describe('readStepsUnderOwnerLines', () => {
  it('reads each numbered step as an action of the person the area names', () => {
    const read = readStepsUnderOwnerLines([
      ['Moving the forum'],
      ['Why we move'],
      ['1. The host closes in May'],
      ['Work by person'],
      ['Posts (ticket 41): mkovacs (Mila) will'],
      ['1. Export the posts'],
      ['2. Check the export for broken links'],
      ['Members (ticket 42): jtorres (Jon)'],
      ['1. Collect the new usernames'],
      ['Theme (ticket 43): TBN will'],
      ['1. Pick a theme'],
      ['2. Ask members to vote'],
      ['Notes'],
      ['The old site stays read-only.'],
    ])
    expect(read?.rows.slice(-5)).toEqual([
      ['1', 'Export the posts', 'mkovacs', 'Posts (ticket 41)'],
      ['2', 'Check the export for broken links', 'mkovacs', 'Posts (ticket 41)'],
      ['1', 'Collect the new usernames', 'jtorres', 'Members (ticket 42)'],
      ['1', 'Pick a theme', '', 'Theme (ticket 43)'],
      ['2', 'Ask members to vote', '', 'Theme (ticket 43)'],
    ])
  })

  it('reads no page whose numbered lists sit under labels naming no person', () => {
    expect(
      readStepsUnderOwnerLines([
        ['Access plan'],
        ['Goal 1: Widen access'],
        ['1. Run open days'],
        ['2. Fund bursaries'],
        ['Goal 2: Keep students'],
        ['1. Mentor first years'],
      ]),
    ).toBeNull()
  })

  // Timed at N and 8N in bench/importBadInput.ts.
  it('reads a long page of owner lines and steps', () => {
    const page = [['Plan']]
    for (let n = 0; n < 5000; n++)
      page.push([`Area ${n}: ana${n} will`], ['1. Do the first step'], ['2. Do the next'], ['Note'])
    expect(readStepsUnderOwnerLines(page)?.rows.length).toBeGreaterThan(10000)
  })
})
