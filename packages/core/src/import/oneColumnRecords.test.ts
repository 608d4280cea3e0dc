import { describe, expect, it } from 'vitest'
import { oneColumnRecords, pageLineOf, pageLineOfEach, pageLines } from './oneColumnRecords'

describe('pageLines: the filled lines of a one-column page', () => {
  it.each([
    [
      'blank rows are left out, spaces collapsed',
      [['Our plan'], ['', ' '], ['  Open   a lab ']],
      [
        [0, 'Our plan'],
        [2, 'Open a lab'],
      ],
    ],
    [
      'a cell past the first that is only spaces does not count',
      [
        ['Plan', ' '],
        ['Hire', ''],
      ],
      [
        [0, 'Plan'],
        [1, 'Hire'],
      ],
    ],
    ['a second filled cell makes it a table', [['Plan'], ['Hire', 'Jo']], null],
    ['text with an empty first cell makes it a table', [['Plan'], ['', 'Hire']], null],
    [
      'a row with no cells is a blank line',
      [['Plan'], [], ['Hire']],
      [
        [0, 'Plan'],
        [2, 'Hire'],
      ],
    ],
  ] as const)('%s', (_, table, want) => {
    const lines = pageLines(table)
    expect(lines === null ? null : lines.map((line) => [line.index, line.text])).toEqual(want)
  })

  it('joins a line cut at an unquoted comma when asked, unless a third of the rows are cut', () => {
    const cut = [['Plan'], ['Open a vital', ' new lab'], ['Hire'], ['Train']]
    expect(pageLines(cut, 'join')?.map((line) => line.text)).toEqual([
      'Plan',
      'Open a vital, new lab',
      'Hire',
      'Train',
    ])
    expect(pageLines([['Plan'], ['a', 'b'], ['c', 'd']], 'join')).toBeNull()
  })

  // Minutes in one column with a table of the work agreed set into them: the table is no line cut at commas.
  const notes = [
    'Allotment society, 3 March',
    'Present: Bea, Cal, Dev',
    'Discussion',
    'The water butts leak again.',
    'The shed roof needs felt.',
    'Bea and Cal will ask the council about a skip.',
    'Dev will price new felt.',
    'The gate lock sticks.',
    'Paths want weeding before May.',
    'Cal will book the skip.',
    'Next meeting in April.',
  ].map((line) => [line])
  it.each([
    [
      'a header of three field names over rows of cells is a table',
      [
        ...notes,
        ['Task', 'Who', 'By when'],
        ['Price felt', 'Dev', '10 March'],
        ['Book skip', 'Cal', '20 March'],
      ],
      null,
    ],
    [
      'one header cell may name nothing, and lines of the minutes may stand between its rows',
      [
        ...notes,
        ['Minutes', 'Action', 'Status'],
        ['Skip'],
        ['Cal will book the skip', 'CB', 'Done'],
        ['The gate lock sticks.'],
        ['Dev will oil the gate lock', 'DK'],
      ],
      null,
    ],
    [
      'the rows under the header may leave a cell empty',
      [...notes, ['Action', 'Owner', 'Deadline'], ['Price felt', 'Dev'], ['Book skip', 'Cal', '20 March']],
      null,
    ],
  ] as const)('%s', (_, table, want) => {
    expect(pageLines(table, 'join')).toEqual(want)
  })

  it.each([
    [
      'three cut cells that name no action are lines cut at commas',
      [...notes, ['Who', 'When', 'Status'], ['Bea', 'May', 'open'], ['Cal', 'June', 'open']],
    ],
    [
      'a header with two cells that name no field is a line cut at commas',
      [...notes, ['Task', 'Apples', 'Pears'], ['Price felt', 'Dev', 'soon'], ['Book skip', 'Cal', 'later']],
    ],
    [
      'a row of cells below wider than the header is no row of its table',
      [
        ...notes,
        ['Task', 'Who', 'By when'],
        ['Price felt', 'Dev', 'soon'],
        ['Book skip', 'Cal', 'later', 'maybe'],
      ],
    ],
    [
      'a header over one row of cells is a line cut at commas',
      [...notes, ['Task', 'Who', 'By when'], ['Price felt', 'Dev', '10 March'], ['Done.']],
    ],
  ] as const)('%s', (_, table) => {
    expect(pageLines(table, 'join')).not.toBeNull()
  })
})

describe('pageLineOf: one row read as a line of a page', () => {
  it.each([
    [
      'a one-cell row is its line, spaces tidied',
      [' Fund  two\ttechnician posts '],
      'Fund two technician posts',
    ],
    [
      'spaces in the cells after the first do not count',
      ['Review the induction', '  ', ''],
      'Review the induction',
    ],
    ['a row of empty or space-only cells is blank', ['', '   '], undefined],
    ['a row without cells is blank', [], undefined],
    ['two filled cells are a table row, not a line', ['Review the induction', 'HR'], null],
    ['a filled cell after an empty first is a table row', ['', 'HR'], null],
  ] as const)('%s', (_, row, want) => {
    expect(pageLineOf(row)).toBe(want)
  })
})

describe('pageLineOfEach: every row read once as a line of a page', () => {
  const pages = [
    ['a page with a blank row and a spaced line', [['Our plan'], [''], ['  Open   a lab ']]],
    ['a table row among lines', [['Our plan'], ['Hire', 'Jo'], ['Open a lab']]],
    ['a line cut at a comma', [['Our plan'], ['Open a vital', ' new lab'], ['Hire a technician']]],
    ['text only past the first cell', [['Our plan'], ['', 'Hire']]],
  ] as const

  it.each(pages)('gives each row what pageLineOf gives: %s', (_, table) => {
    expect(pageLineOfEach(table)).toEqual(table.map((row) => pageLineOf(row)))
  })

  it.each(pages)('pageLines reads the same lines from them as from the rows: %s', (_, table) => {
    const rowLines = pageLineOfEach(table)
    for (const cut of ['reject', 'join'] as const)
      expect(pageLines(table, cut, rowLines)).toEqual(pageLines(table, cut))
  })
})

describe('oneColumnRecords', () => {
  it("says every cell, title rows included, came from the page's one column", () => {
    const flat = oneColumnRecords(
      [['Plan', '']],
      3,
      ['Action', 'Ref'],
      [{ index: 2, cells: ['Hire', '1.1'] }],
      {
        mergedRows: [],
        titleEvidence: 'each ref alone on its line',
      },
    )
    expect(flat.rows).toEqual([
      ['Plan', ''],
      ['Action', 'Ref'],
      ['Hire', '1.1'],
    ])
    expect(flat.sourceRows).toEqual([1, 3, 3])
    expect(flat.sourceColumns).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ])
  })
})
