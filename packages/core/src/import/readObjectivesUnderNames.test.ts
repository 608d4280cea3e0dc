import { describe, expect, it } from 'vitest'
import { readObjectivesUnderNames } from './readObjectivesUnderNames'
import { tableToPlan } from './tableToPlan'

describe('a team objectives page: one heading per person over that person objectives', () => {
  const rows = [
    ['Objectives for Q3 2026'],
    ['Marta'],
    ['Move the invoices to the new ledger'],
    ['Write the refunds runbook'],
    ['Olu'],
    ['Trial the new dashboard with two customers'],
    ['Retire the old exports'],
    ['Stretch'],
    ['Rewrite the tax report'],
  ]

  it('owns each line by the name above it and dates it by the period the title names', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => ({ title: a.title, owners: a.owners, due: a.target.due }))).toEqual([
      { title: 'Move the invoices to the new ledger', owners: ['Marta'], due: '2026-09-30' },
      { title: 'Write the refunds runbook', owners: ['Marta'], due: '2026-09-30' },
      { title: 'Trial the new dashboard with two customers', owners: ['Olu'], due: '2026-09-30' },
      { title: 'Retire the old exports', owners: ['Olu'], due: '2026-09-30' },
      { title: 'Rewrite the tax report', owners: [], due: '2026-09-30' },
    ])
  })

  it('reads a name with an initial, and no date from a title naming no period', () => {
    const read = readObjectivesUnderNames([
      ['Support team goals'],
      ['Rob K'],
      ['Answer every ticket within a day'],
      ['Write the refunds guide'],
      ['Ines'],
      ['Run the help desk rota'],
      ['Tidy the saved replies'],
    ])
    expect(read?.rows.slice(2)).toEqual([
      ['Answer every ticket within a day', 'Rob K', ''],
      ['Write the refunds guide', 'Rob K', ''],
      ['Run the help desk rota', 'Ines', ''],
      ['Tidy the saved replies', 'Ines', ''],
    ])
  })

  it('is not used without a title naming objectives, for a list of names, or over a status word', () => {
    expect(readObjectivesUnderNames(rows.slice(1))).toBeNull()
    expect(
      readObjectivesUnderNames([['Team goals'], ['Marta'], ['Olu'], ['Ines'], ['Priya'], ['Tom']]),
    ).toBeNull()
    expect(
      readObjectivesUnderNames([
        ['Team goals'],
        ['Done'],
        ['Move the invoices'],
        ['Write the runbook'],
        ['Pending'],
        ['Trial the dashboard'],
        ['Retire the exports'],
      ]),
    ).toBeNull()
    expect(
      readObjectivesUnderNames([
        ['Team goals', 'Owner'],
        ['Marta', ''],
        ['Move the invoices', 'Marta'],
      ]),
    ).toBeNull()
  })
})

describe("meeting notes listing each person's tasks under their name and a colon", () => {
  const rows = [
    ['Autumn planning meeting'],
    ['Date: 2031-09-03'],
    ['Present: Ana, Raj, Lee, Mo'],
    ['Window for the work: 2031-09-03 to 2031-11-30: 13 weeks'],
    ['Tasks each of us takes on:'],
    ['Ana:'],
    ['fix the garden tap'],
    ['sort the tool shed (Raj, Lee)'],
    ['Raj:'],
    ['paint the hall (Mo)'],
    ['order new chairs (Oakwood)'],
  ]

  it("gives each task its person, the people named in brackets as helpers, and the window's end as its due date", () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['fix the garden tap', ['Ana'], '2031-11-30'],
      ['sort the tool shed', ['Ana', 'Raj', 'Lee'], '2031-11-30'],
      ['paint the hall', ['Raj', 'Mo'], '2031-11-30'],
      ['order new chairs (Oakwood)', ['Raj'], '2031-11-30'],
    ])
  })

  it('needs the lead-in naming the tasks above the first name', () => {
    const without = rows.filter((row) => row[0] !== 'Tasks each of us takes on:')
    expect(readObjectivesUnderNames(without)).toBeNull()
  })
})
