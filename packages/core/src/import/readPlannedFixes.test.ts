import { describe, expect, it } from 'vitest'
import { readPlannedFixes } from './readPlannedFixes'
import { tableToPlan } from './tableToPlan'

describe("an accessibility statement's problems and planned fixes", () => {
  const rows = [
    ['Non-accessible content'],
    ['The content below is not accessible for these reasons.'],
    ['Problems with the booking pages'],
    ['1. Date pickers cannot be used with a keyboard. We plan to replace them by March 2025.'],
    ['2. Some buttons have no accessible name. We plan to fix this in April 2025.'],
    ['Videos'],
    ['Older lecture videos have no captions.'],
    ['We will caption every video still in use by September 2025.'],
    ['Maps'],
    ['Our campus map cannot be read by screen readers, which fails WCAG 2.2 success criterion 1.1.1.'],
    ['We intend to publish a text description of each route in 2025.'],
  ]

  it('reads each dated numbered problem and each dated planned fix as an action', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 30), a.target.due, a.section])).toEqual([
      ['1', 'Date pickers cannot be used wi', '2025-03-31', null],
      ['2', 'Some buttons have no accessibl', '2025-04-30', null],
      [null, 'We will caption every video st', '2025-09-30', 'Videos'],
      [null, 'We intend to publish a text de', '2025-12-31', 'Maps'],
    ])
    expect(plan.actions[2]?.description).toBe('Older lecture videos have no captions.')
  })

  it('is read only on a page with the words of an accessibility statement and a planned fix', () => {
    expect(
      readPlannedFixes(rows.map((row) => [row[0]!.replace(/accessib|WCAG|success criterion/gi, 'X')])),
    ).toBeNull()
    expect(readPlannedFixes(rows.slice(0, 5))).toBeNull()
  })
})

describe('an accessibility statement that dates a whole list of failures or checks at once', () => {
  const rows = [
    ['Accessibility statement for the room booking service'],
    ['Non-accessible content'],
    ['Pages that fail the success criteria'],
    ['- Images of charts have no text alternative'],
    ['- Error messages are not announced'],
    ['We will fix these problems by the end of March 2026.'],
    ['How we are improving accessibility'],
    ['The Web Team will review these pages. They are:'],
    ['- The booking form'],
    ['- The search results'],
    ['The Web Team also plans to carry out the following keyboard checks by June 2026.'],
    ['- Check that every control can be reached with the Tab key'],
    ['- Check that the focus outline is always visible'],
    ['- Check that menus close with the Escape key'],
  ]

  it('makes each listed failure and each listed check an action of the shared date, owned by the named team', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Images of charts have no text alternative', [], '2026-03-31'],
      ['Error messages are not announced', [], '2026-03-31'],
      ['Check that every control can be reached with the Tab key', ['Web Team'], '2026-06-30'],
      ['Check that the focus outline is always visible', ['Web Team'], '2026-06-30'],
      ['Check that menus close with the Escape key', ['Web Team'], '2026-06-30'],
    ])
  })

  it('reads no list whose closing sentence is not a fix for it, or whose lead-in names no date', () => {
    const undated = rows.map((row) => [row[0]!.replace(' by June 2026', '').replace('fix these', 'fix the')])
    const titles = readPlannedFixes(undated)?.rows.map((row) => row[1])
    expect(titles).toContain('We will fix the problems by the end of March 2026.')
    expect(titles?.filter((title) => /^(?:Check|Images|Error)/.test(title ?? ''))).toEqual([])
  })
})

describe('an accessibility statement whose problems each close with their own dated fix, unnumbered', () => {
  it('reads each such paragraph as an action, its date the fix date', () => {
    const { plan } = tableToPlan([
      ['Accessibility statement for the room booking service'],
      ['Non-accessible content'],
      ['The content listed below is non-accessible for the following reasons.'],
      [
        'The calendar cannot be used with a keyboard. This fails WCAG 2.2 success criterion 2.1.1 (A). We plan to fix this by 30/11 2025.',
      ],
      [
        'Error messages are not announced (issue 4). This fails WCAG 2.2 success criterion 4.1.3 (AA). We will fix this in January 2026.',
      ],
      ['What we are doing to improve accessibility'],
      ['We keep a list of improvements in our backlog.'],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 30), a.target.due])).toEqual([
      ['The calendar cannot be used wi', '2025-11-30'],
      ['Error messages are not announc', '2026-01-31'],
    ])
  })
})

describe('an accessibility statement whose failures lost their list markers, one fix date after them', () => {
  it('gives each failure line the date of the fix sentence that closes the list', () => {
    const { plan } = tableToPlan([
      ['Accessibility statement for the lab booking site'],
      ['Non-compliance with the accessibility regulations'],
      [
        'Some buttons have no accessible name. This fails WCAG 2.1 AA success criterion 4.1.2 (name, role, value).',
      ],
      [
        'The booking table cannot be zoomed to 400%. This fails WCAG 2.1 AA success criterion 1.4.10 (reflow).',
      ],
      ['Focus is hard to see on the menu. This fails WCAG 2.1 AA success criterion 2.4.7 (focus visible).'],
      ["We'll fix these problems by 14 March 2031."],
      ['Disproportionate burden'],
      ['We do not currently claim disproportionate burden.'],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 30), a.target.due])).toEqual([
      ['Some buttons have no accessibl', '2031-03-14'],
      ['The booking table cannot be zo', '2031-03-14'],
      ['Focus is hard to see on the me', '2031-03-14'],
    ])
  })
})

describe('an accessibility statement whose numbered failures share the one fix date written after them', () => {
  const rows = [
    ['Accessibility statement for the equipment loans service'],
    ['Non-compliance with the accessibility regulations'],
    [
      '1. The loan form does not say which fields must be filled in. This fails WCAG 2.2 success criterion 3.3.2.',
    ],
    [
      '2. Charts on the usage page have no text version. This fails WCAG 2.2 success criterion 1.1.1 (Non-text Content) and 1.4.11 (Non-text Contrast).',
    ],
    ['3. Tooltips on the calendar cannot be dismissed. This fails WCAG 2.2 success criterion 1.4.13.'],
    ['We plan to resolve this by 30 September 2027.'],
  ]

  it('gives every numbered failure that date and its number as its ref, never a criterion number as a date', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 25), a.target.due])).toEqual([
      ['1', 'The loan form does not sa', '2027-09-30'],
      ['2', 'Charts on the usage page ', '2027-09-30'],
      ['3', 'Tooltips on the calendar ', '2027-09-30'],
    ])
  })

  it('reads "this" after a single failure as the fix for that failure alone, as before', () => {
    const { plan } = tableToPlan([
      ...rows.slice(0, 2),
      rows[4]!,
      rows[5]!,
      ['Maps'],
      ['Our campus map has no text version.'],
      ['We will add one by June 2027.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.description])).toEqual([
      [null, 'We plan to resolve this by 30 September 2027.', rows[4]![0]],
      [null, 'We will add one by June 2027.', 'Our campus map has no text version.'],
    ])
  })
})

describe('an accessibility statement whose one fix date sits under its own heading below the list', () => {
  it('gives each bulleted failure the date of that fix', () => {
    const { plan } = tableToPlan([
      ['Non-accessible content'],
      ['Some parts of the booking service are not fully accessible:'],
      ['- the date picker cannot be used with a keyboard, which fails WCAG 2.1 success criterion 2.1.1'],
      ['- some tables have no header cells, which fails WCAG 2.1 success criterion 1.3.1'],
      ['- two pages have the same title, which fails WCAG 2.1 success criterion 2.4.2'],
      ['How we are improving the service'],
      ['We plan to fix the accessibility issues in the booking service by the end of May 2032.'],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 24), a.target.due])).toEqual([
      ['the date picker cannot b', '2032-05-31'],
      ['some tables have no head', '2032-05-31'],
      ['two pages have the same ', '2032-05-31'],
    ])
  })
})

describe('an accessibility statement that lists its failures as short phrases, with no fix dates', () => {
  const rows = [
    ['Accessibility statement for the lending service'],
    ['Non-accessible content'],
    ['The content below is not accessible for the following reasons:'],
    ['2) Non-compliance with the accessibility regulations'],
    ['Focus order jumps back to the page header'],
    ['Error summaries are not linked to their fields'],
    ['Two skip links point at the same place'],
    ['How this statement was prepared'],
    ['We wrote this statement on 3 March 2031 after our own test of the service.'],
  ]

  it('reads each phrase under the non-compliance heading as an action, and the heading over the paragraph as none', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.section, a.target.due])).toEqual([
      [
        'Focus order jumps back to the page header',
        'Non-compliance with the accessibility regulations',
        null,
      ],
      [
        'Error summaries are not linked to their fields',
        'Non-compliance with the accessibility regulations',
        null,
      ],
      ['Two skip links point at the same place', 'Non-compliance with the accessibility regulations', null],
    ])
  })

  it('leaves a single phrase, or phrases under no non-compliance heading', () => {
    expect(readPlannedFixes([...rows.slice(0, 5), ...rows.slice(7)])).toBeNull()
    expect(readPlannedFixes([rows[0]!, ['Known issues'], ...rows.slice(4)])).toBeNull()
  })

  it('reads a statement of 10,000 such phrases', () => {
    const page = rows.slice(0, 4)
    for (let i = 0; i < 10_000; i++) page.push([`Button ${i} on the search page has no accessible name`])
    expect(readPlannedFixes(page)?.rows.length).toBe(10_005)
  })
})
