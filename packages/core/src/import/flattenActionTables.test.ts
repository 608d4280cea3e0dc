import { describe, expect, it } from 'vitest'
import { flattenActionTables } from './flattenActionTables'
import { tableToPlan } from './tableToPlan'

describe('numbered actions, each over its own small table', () => {
  const page = [
    ['Technician Commitment plan 2025', '', '', '', ''],
    ['Aim 2: Make technical careers visible', '', '', '', ''],
    ['2.1 Publish a profile of every technical team on the faculty pages.', '', '', '', ''],
    ['Lead team', 'Category', 'Indicator of progress', 'Overall result', 'Achieved by'],
    ['Faculty Office', 'Visibility', 'Profiles live', 'Teams known by name', 'Ongoing - reviewed in 2026.'],
    ['2.2 Add technicians to the list of authors on every paper they work on', '', '', '', ''],
  ]

  it('reads the last numbered heading as an action even when its table is missing', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due, a.section])).toEqual([
      [
        '2.1',
        'Publish a profile of every technical team on the faculty pages.',
        ['Faculty Office'],
        '2026-12-31',
        'Visibility',
      ],
      ['2.2', 'Add technicians to the list of authors on every paper they work on', [], null, null],
    ])
  })

  it('but not a lone line that breaks the numbering, or one with rows below it', () => {
    const unnumbered = page.map((row, i) => (i === 5 ? ['Appendix: how we count', '', '', '', ''] : row))
    expect(flattenActionTables(unnumbered)).toBeNull()
    const skipped = page.map((row, i) => (i === 5 ? [row[0]!.replace('2.2', '2.4'), '', '', '', ''] : row))
    expect(flattenActionTables(skipped)).toBeNull()
    const withRows = [...page, ['Library', 'Recognition', 'Authors listed', '', 'June 2026']]
    expect(flattenActionTables(withRows)).toBeNull()
  })
})

describe('several numbered actions in a row with no tables', () => {
  it('are each an action', () => {
    const page = [
      ['1.1 Publish the profiles', ''],
      ['Lead', 'Date'],
      ['Faculty Office', 'June 2026'],
      ['1.2 Hold a showcase', ''],
      ['1.3 Open the labs to schools', ''],
    ]
    expect(tableToPlan(page).plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['1.1', 'Publish the profiles', ['Faculty Office']],
      ['1.2', 'Hold a showcase', []],
      ['1.3', 'Open the labs to schools', []],
    ])
  })
})
