import { describe, expect, it } from 'vitest'
import { readActionLabelledRecords } from './readActionLabelledRecords'

const lines = (...texts: string[]): string[][] => texts.map((text) => [text])

describe('readActionLabelledRecords', () => {
  it('reads each action under its repeated label, with the labelled fields after it', () => {
    const read = readActionLabelledRecords(
      lines(
        'Part 2 Training',
        'Our commitment',
        'Train all staff.',
        'Status',
        'Completed',
        'Our commitment',
        'Review the course yearly.',
        'Status',
        'Ongoing',
      ),
    )
    expect(read?.rows.slice(1)).toEqual([
      ['Action', 'Status'],
      ['Train all staff.', 'Completed'],
      ['Review the course yearly.', 'Ongoing'],
    ])
  })

  it.each([
    ['Recommendation', '1', '2'],
    ['Action', '4.1', '4.2'],
  ])(
    'takes the number between a "%s" label and its text as the ref (a value of digits alone is no label)',
    (label, first, second) => {
      const read = readActionLabelledRecords(
        lines(
          'Open items from the 2023 review',
          label,
          first,
          'The housing office check the rent ledgers against the bank statements.',
          'Sum questioned',
          '0',
          'Lead',
          'Dana Whyte',
          'Target date',
          'Jan 12, 2024',
          label,
          second,
          'The housing office publish its complaints log every quarter.',
          'Sum questioned',
          '0',
          'Lead',
          'Omar Reed',
          'Target date',
          'Feb 2, 2024',
        ),
      )
      expect(read?.rows.slice(1)).toEqual([
        ['Action', 'Ref', 'Sum questioned', 'Lead', 'Target date'],
        [
          'The housing office check the rent ledgers against the bank statements.',
          first,
          '0',
          'Dana Whyte',
          'Jan 12, 2024',
        ],
        [
          'The housing office publish its complaints log every quarter.',
          second,
          '0',
          'Omar Reed',
          'Feb 2, 2024',
        ],
      ])
    },
  )

  it('reads a line of words between the label and the text as no number', () => {
    expect(
      readActionLabelledRecords(
        lines(
          'Recommendation',
          'Rent checks',
          'The housing office check the ledgers.',
          'Recommendation',
          'Complaints',
          'The housing office publish its log.',
        ),
      ),
    ).toBeNull()
  })
})
