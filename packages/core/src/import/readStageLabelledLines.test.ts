import { describe, expect, it } from 'vitest'
import { pageLines } from './oneColumnRecords'
import { readStageLabelledLines } from './readStageLabelledLines'

// A small release plan: one line per stage, the stage's label and what it delivers.
describe('readStageLabelledLines', () => {
  it.each([
    [
      'an ideographic space',
      [
        'FirstIteration\u3000ツールを準備する',
        'SecondIteration\u3000画面を作る',
        'ThirdIteration\u3000検索を追加する',
      ],
    ],
    [
      'a colon',
      ['Sprint 1: Set up the build', 'Sprint 2: Draw the forms', 'Sprint 3: Add search', 'Sprint 4: Ship it'],
    ],
  ])('reads each stage line as an action (%s)', (_kind, stages) => {
    const read = readStageLabelledLines([
      ['Release plan'],
      ['We plan it so:'],
      ...stages.map((line) => [line]),
    ])
    expect(read?.rows.slice(-stages.length).map((row) => row[0])).toEqual(
      stages.map((line) => line.replace('\u3000', ' ')),
    )
    expect(read?.rows.at(-1)?.[1]).toMatch(/^(?:ThirdIteration|Sprint 4:)$/)
  })

  it('reads no stage headings over tasks on the lines beneath them', () => {
    expect(
      readStageLabelledLines([
        ['Plan'],
        ['Phase 1: Discovery'],
        ['Interview the users'],
        ['Phase 2: Build'],
        ['Write the code'],
        ['Phase 3: Launch'],
        ['Tell the users'],
      ]),
    ).toBeNull()
  })

  // Timed at N and 8N in bench/importBadInput.ts.
  it('reads a long page of stage labels without work under them as nothing', () => {
    const page = [['Plan'], ...Array.from({ length: 20000 }, (_, n) => [`Sprint ${(n % 2) + 1}: work`])]
    const lines = pageLines(page, 'join')
    expect(readStageLabelledLines(page, lines)).toBeNull()
  })
})
