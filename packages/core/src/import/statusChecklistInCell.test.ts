import { describe, expect, it } from 'vitest'
import { statusChecklistInCell } from './statusChecklistInCell'
import { tableToPlan } from './tableToPlan'

const cell = (text: string) => [{ text, column: 5, header: 'body' }]

describe('statusChecklistInCell: a checklist of stages in a task body', () => {
  it.each([
    ['## Status\n- [ ] Started\n- [x] Under way\n- [ ] Done', 'in-progress'],
    ['Status:\n[x] Started\n[x] Complete', 'complete'],
    ['### Progress\n\n- [ ] In progress\n- [ ] Done\n\n### Notes\nWaiting on the vendor', 'not-started'],
    ['## Status\n* [X] On hold\n* [ ] Resumed', 'on-hold'],
  ])('%j → %s', (text, state) => {
    expect(statusChecklistInCell(cell(text))?.status.state).toBe(state)
  })

  it.each([
    // Sub-tasks under the heading, not stages.
    '## Status\n- [ ] Book the room\n- [x] Print the agenda',
    // A lone box is no list of stages.
    '## Status\n- [x] Done\n\nMore text',
    // Boxes with no heading naming the status: a to-do list.
    '- [x] Done\n- [ ] Started',
    // A ticked box naming no state says nothing.
    '## Status\n- [x] Reviewed by the panel\n- [ ] Done',
  ])('%j says nothing', (text) => {
    expect(statusChecklistInCell(cell(text))).toBeNull()
  })

  it('reads a cell of twenty thousand lines', () => {
    const text = `## Status\n${'- [ ] Started\n'.repeat(20_000)}`
    expect(statusChecklistInCell(cell(text))?.status.state).toBe('not-started')
  })
})

describe('a task export whose body column holds the status checklist', () => {
  it('gives each task the stage ticked in its body, and not started when none is', () => {
    const { plan } = tableToPlan([
      ['task', 'due', 'people', 'body'],
      [
        'Rewrite the install guide',
        '2031-03-01',
        'AB',
        '# Task\n\n## Status\n- [x] In progress\n- [ ] Reviewed\n- [ ] Done\n\n## Details\nCover every platform',
      ],
      [
        'Publish the sample data',
        '2031-04-01',
        'CD',
        '# Task\n\n## Status\n- [ ] In progress\n- [ ] Reviewed\n- [ ] Done\n\n## Details\nSmall files only',
      ],
      [
        'Retire the old server',
        '2031-05-01',
        'AB',
        '# Task\n\n## Status\n- [ ] In progress\n- [ ] Reviewed\n- [x] Done',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Rewrite the install guide', 'in-progress'],
      ['Publish the sample data', 'not-started'],
      ['Retire the old server', 'complete'],
    ])
  })
})
