import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

const gapMessages = (rows: string[][]) =>
  tableToPlan(rows)
    .issues.filter((issue) => issue.code === 'numbering-gap')
    .map((issue) => [issue.row, issue.message])

describe('numberingGap', () => {
  it('says nothing was dropped when no row between the two actions was read as anything else', () => {
    expect(
      gapMessages([
        ['No.', 'Action', 'Lead'],
        ['1', 'Repaint the east stairwell', 'Estates'],
        ['2', 'Fit new blinds in the library', 'Estates'],
        ['4', 'Renew the boiler contract', 'Finance'],
      ]),
    ).toEqual([
      [
        4,
        'Action 4 follows action 2: number 3 is not in the table. Nothing was dropped; if the plan has such an action, check the export.',
      ],
    ])
  })

  it('names the rows between the two actions read as structure, since the missing action may be one of them', () => {
    const messages = gapMessages([
      ['No.', 'Action', 'Lead'],
      ['1', 'Repaint the east stairwell', 'Estates'],
      ['2', 'Fit new blinds in the library', 'Estates'],
      ['3', 'None', ''],
      ['4', 'Renew the boiler contract', 'Finance'],
    ])
    expect(messages).toEqual([
      [
        5,
        expect.stringContaining(
          'Action 4 follows action 2: number 3 is not among the actions read. Row 4 between them was read as',
        ),
      ],
    ])
    expect(String(messages[0]?.[1])).not.toContain('Nothing was dropped')
  })
})
