import { describe, expect, it } from 'vitest'
import { readTildeOwnerLines } from './readTildeOwnerLines'

// A small team's monthly schedule: "task ~ owner", a legend of the marks closing the lines, month headings.
describe('readTildeOwnerLines', () => {
  const page = [
    ['How our month is planned'],
    ['Legend:'],
    ['✔ items marked with a tick are complete'],
    ['⏳ items marked with an hourglass are underway'],
    ['Schedule (March 2031)'],
    ['Website batch'],
    ['Fix the upload form ~ Ana ⏳'],
    ['Write the install guide ~ Ana + Community'],
    ['February 2031'],
    ['Housekeeping'],
    ['Renew the domain ~ Tom ✔'],
  ]

  it('reads each line as an action owned by the names after the tilde, its mark the status, its month the target', () => {
    expect(readTildeOwnerLines(page)?.rows.slice(-3)).toEqual([
      [
        'Fix the upload form',
        'Ana',
        'items marked with an hourglass are underway',
        'March 2031',
        'Website batch',
      ],
      ['Write the install guide', 'Ana, Community', '', 'March 2031', 'Website batch'],
      ['Renew the domain', 'Tom', 'items marked with a tick are complete', 'February 2031', 'Housekeeping'],
    ])
  })

  it('reads no page where fewer than three lines name an owner after a tilde', () => {
    expect(
      readTildeOwnerLines([
        ['Notes'],
        ['Temperatures ~ 20 degrees'],
        ['Budget ~ Finance'],
        ['Fix the upload form'],
        ['Renew the domain ~ Tom'],
      ]),
    ).toBeNull()
  })

  // Timed at N and 8N in bench/importBadInput.ts.
  it('reads a long page of tildes before lower-case words as nothing', () => {
    const line = `${'word '.repeat(50)}~ lower case words that never end in a name`
    const page = [['Plan'], ...Array.from({ length: 20000 }, () => [line])]
    expect(readTildeOwnerLines(page)).toBeNull()
  })
})
