import { describe, expect, it } from 'vitest'
import { ownerOfTaskHeading } from './ownersOfTaskHeading'
import { tableToPlan } from './tableToPlan'

describe('ownerOfTaskHeading', () => {
  it.each([
    ["Treasurer's tasks", 'Treasurer'],
    ['Membership Secretary’s actions:', 'Membership Secretary'],
    ["The Caretaker's to-do list", 'Caretaker'],
    ["Jo Bell's jobs", 'Jo Bell'],
    // Near misses: a time, a pronoun, no list word, a sentence.
    ["Next Week's tasks", null],
    ["Today's actions", null],
    ['Our tasks', null],
    ["Treasurer's report", null],
    ["Treasurer's tasks were all finished before the audit", null],
  ])('%s', (heading, owner) => {
    expect(ownerOfTaskHeading(heading)).toBe(owner)
  })

  it('reads a long heading of near misses in one look', () => {
    const heading = `${"Ab's ".repeat(4000)}tasks`
    expect(ownerOfTaskHeading(heading)).toBeNull()
  })
})

describe('a running task list kept under headings naming whose tasks they are', () => {
  const rows = [
    ['Allotment society: open tasks'],
    ['Anyone may add a task below; tick it off at the next meeting.'],
    ["Treasurer's tasks"],
    ['- Renew the public liability insurance before it lapses'],
    ['- Send the water bill reminders to plot holders'],
    ["Secretary's tasks"],
    ['- Book the village hall for the spring show'],
    ["This Week's tasks"],
    ['- Clear the brambles from the shared path'],
  ]

  it('gives each task the person or role its heading names, and a time heading none', () => {
    const { plan, issues } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title.slice(0, 22), a.owners])).toEqual([
      ['Renew the public liabi', ['Treasurer']],
      ['Send the water bill re', ['Treasurer']],
      ['Book the village hall ', ['Secretary']],
      ['Clear the brambles fro', []],
    ])
    expect(issues.filter((issue) => issue.code === 'owners-from-heading')).toHaveLength(3)
  })

  it('leaves the owner a task names itself', () => {
    const { plan } = tableToPlan([
      ...rows.slice(0, 4),
      ['- Priya Shah will order the new padlocks for the gate'],
      ['- Send the water bill reminders to plot holders'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Treasurer'], ['Priya Shah'], ['Treasurer']])
  })
})
