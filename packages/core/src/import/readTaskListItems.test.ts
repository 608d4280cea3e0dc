import { describe, expect, it } from 'vitest'
import { readTaskListItems } from './readTaskListItems'
import { tableToPlan } from './tableToPlan'

describe('a task list of checkbox items, grouped under the members who took them on', () => {
  const rows = [
    ['Library working group: notes of the June call'],
    ['Date:', '12/06/2025'],
    ['Agenda'],
    ['- Actions from the last call'],
    ['- Opening hours'],
    ['Actions from the last call'],
    ['Estates'],
    ['- [x] book the seminar room for July'],
    ['- [ ] to quote for new shelving'],
    ['HR and IT'],
    ['- [X] set up accounts for the two new starters'],
    ['Comms to draft'],
    ['- [ ] the summer opening-hours notice'],
    ['Notes'],
    ['The call ended early.'],
  ]

  it('reads each item as an action, ticked boxes complete, owned by the label above its group', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['book the seminar room for July', ['Estates'], 'complete'],
      ['to quote for new shelving', ['Estates'], 'unknown'],
      ['set up accounts for the two new starters', ['HR', 'IT'], 'complete'],
      ['the summer opening-hours notice', ['Comms'], 'unknown'],
    ])
  })

  it('gives no owner when the label names what the items are, not who does them', () => {
    const { plan } = tableToPlan([
      ['Roadmap'],
      ['Next steps'],
      ['- [x] Publish the draft'],
      ['- [ ] Collect comments'],
      ['- [ ] Agree the final text'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.section])).toEqual([
      ['Publish the draft', [], 'Next steps'],
      ['Collect comments', [], 'Next steps'],
      ['Agree the final text', [], 'Next steps'],
    ])
  })

  it('needs at least three checkbox items', () => {
    expect(readTaskListItems([['Plan'], ['- [x] One'], ['- [ ] Two']])).toBeNull()
  })
})

describe('a roadmap kept as a task list, each item dated by a quarter in square brackets', () => {
  const rows = [
    ['Parser roadmap 2024 into 2025'],
    ['2. Features'],
    ['[x] Stream large files (PR #88) [2024-Q2]'],
    ['[ ] Read nested tables [2024-Q3 → 2025-Q1]'],
    ['[ ] Remove the old API [2024-Q4 (first week of December 2024)]'],
    ['[ ] Write the migration guide [draft]'],
  ]

  it('takes the bracketed quarter as the target and ends the title before it', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due, a.status.state])).toEqual([
      ['Stream large files (PR #88)', [], '2024-06-30', 'complete'],
      ['Read nested tables', [], '2025-03-31', 'unknown'],
      ['Remove the old API', [], '2024-12-31', 'unknown'],
      ['Write the migration guide [draft]', [], null, 'unknown'],
    ])
  })
})
