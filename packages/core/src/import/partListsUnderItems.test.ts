import { describe, expect, it } from 'vitest'
import { partListsUnderItems } from './partListsUnderItems'
import { tableToPlan } from './tableToPlan'

const lines = (...texts: string[]): string[][] => texts.map((text) => [text])

describe('partListsUnderItems', () => {
  it.each([
    [
      'the fields a register is to hold',
      lines(
        '• Keep one register of complaints for the whole service.',
        '• Each entry in the register should record:',
        '    · Date received',
        '    · Name of caller',
        '    · Officer handling it',
        '• Report the register to the committee each term.',
      ),
      [2, 3, 4],
    ],
    [
      'numbered parts under a bullet',
      lines('- The newsletter covers:', '   1. Events', '   2. Volunteer news', '- Print the newsletter.'),
      [1, 2],
    ],
  ])('leaves out %s', (_, table, rows) => {
    expect(partListsUnderItems(table, 0)).toEqual(rows)
  })

  it.each([
    [
      'sub-items that are work of their own',
      lines(
        '• Make the buildings greener by:',
        '    - fitting solar panels on every roof we own',
        '    - replacing the boilers in the two oldest blocks',
      ),
    ],
    ['a single line under the item', lines('• The register should record:', '    · Date received')],
    ['lines at the same indent', lines('• The register should record:', '• Date received', '• Lead officer')],
    [
      'an item that does not end in a colon',
      lines('• Keep a register', '    · Date received', '    · Lead officer'),
    ],
    [
      'sub-items written as sentences',
      lines('• Next steps:', '    · Book the hall.', '    · Send the invites.'),
    ],
  ])('keeps %s', (_, table) => {
    expect(partListsUnderItems(table, 0)).toEqual([])
  })

  it('keeps the indented parts out of the imported actions', () => {
    const { plan } = tableToPlan(
      lines(
        'Complaints policy',
        '• Keep one register of complaints for the whole service.',
        '• Each entry in the register should record:',
        '    · Date received',
        '    · Name of caller',
        '    · Officer handling it',
        '• Customer Services Manager to report the register to the committee each term.',
      ),
    )
    expect(plan.actions.map((action) => action.title)).not.toContain('Date received')
    expect(plan.actions.map((action) => action.title)).not.toContain('Officer handling it')
  })

  it('reads a one-column page of 10,000 indented lines', () => {
    const table: string[][] = [['• The register should record:']]
    for (let i = 0; i < 10_000; i++) table.push([`    · Field ${i}`])
    expect(partListsUnderItems(table, 0)).toHaveLength(10_000)
  })
})
