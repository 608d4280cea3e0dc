import { describe, expect, it } from 'vitest'
import { readOwnerCodedActionPoints } from './readOwnerCodedActionPoints'
import { tableToPlan } from './tableToPlan'

const minutes = [
  'Canal restoration trust, steering group minutes',
  'Points are coded AP/meeting/point/owner.',
  '4. Outstanding action points',
  'AP/3/2/RW R. Walsh has written to the lock keepers.',
  'AP/3/4/JT&RW The towpath survey will be repeated in spring.',
  'AP/4/1/JT J. Tan will price the new lock gates. Ongoing',
  'AP/4/2/HB',
  'AP/4/3/HB See the point below for the new wording:',
  'AP/5/1/ALL Members to ask their councils for letters of support',
  'In progress',
  'The survey volunteers were thanked.',
].map((line) => [line])

describe('readOwnerCodedActionPoints: action points coded with the initials of their owners', () => {
  it('reads each coded line with text as an action, its code the ref and its last part the owners', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.status.state])).toEqual([
      ['AP/3/2/RW', 'R. Walsh has written to the lock keepers.', ['RW'], 'unknown'],
      ['AP/3/4/JT&RW', 'The towpath survey will be repeated in spring.', ['JT', 'RW'], 'unknown'],
      ['AP/4/1/JT', 'J. Tan will price the new lock gates.', ['JT'], 'ongoing'],
      ['AP/4/3/HB', 'See the point below for the new wording:', ['HB'], 'unknown'],
      ['AP/5/1/ALL', 'Members to ask their councils for letters of support', ['ALL'], 'in-progress'],
    ])
  })

  it('leaves pages with fewer than three coded lines, and codes that end in no initials', () => {
    expect(readOwnerCodedActionPoints(minutes.slice(0, 5))).toBeNull()
    // "2024/03/12": a date, not a code; "AP/3/2 Write …": no owner's initials close the code.
    expect(
      readOwnerCodedActionPoints(
        [
          'Notes',
          'AP/3/2 Write to the lock keepers',
          'AP/3/4 Repeat the towpath survey',
          'AP/4/1 Price the new lock gates',
          'REF/2024/03/12 letter received',
        ].map((line) => [line]),
      ),
    ).toBeNull()
  })

  it('reads a page of 20,000 near misses, codes with no text, as no layout', () => {
    const page = [['Plan'], ...Array.from({ length: 20_000 }, (_, i) => [`AP/${i}/${i % 7}/JT`])]
    expect(readOwnerCodedActionPoints(page)).toBeNull()
    const long = [['Plan'], ...Array.from({ length: 3 }, () => [`AP/1/1/${'J'.repeat(50)} text`])]
    expect(readOwnerCodedActionPoints(long)).toBeNull()
  })
})
