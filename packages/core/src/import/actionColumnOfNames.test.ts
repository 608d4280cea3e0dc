import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('actionColumnOfNames: an "Action" column of names beside prose items', () => {
  const cases: {
    name: string
    rows: string[][]
    want: { ref: string | null; title: string; owners: string[] }[]
  }[] = [
    {
      name: 'a club committee\'s list: "No. | Item | Year | Action | Done %"',
      rows: [
        ['Club committee priorities'],
        ['No.', 'Item', 'Year', 'Action', 'Done %'],
        ['1', 'Repaint the pavilion and replace the broken guttering', '2031', 'Secretary', '50'],
        ['2', 'Set up a junior section with two trained coaches', '2032', 'Chair + Treasurer', '0'],
        ['3', 'Agree a new lease for the lower field with the landowner', '2031', 'Treasurer', '100'],
      ],
      want: [
        { ref: '1', title: 'Repaint the pavilion and replace the broken guttering', owners: ['Secretary'] },
        {
          ref: '2',
          title: 'Set up a junior section with two trained coaches',
          owners: ['Chair', 'Treasurer'],
        },
        {
          ref: '3',
          title: 'Agree a new lease for the lower field with the landowner',
          owners: ['Treasurer'],
        },
      ],
    },
    {
      name: 'a "Task" column naming the people, the work under "Topic", no numbers',
      rows: [
        ['Topic', 'Task', 'By'],
        ['Move the shared drive to the new storage service', 'IT Manager', 'March 2030'],
        ['Write a short guide for new starters on booking rooms', 'Office Manager / Jo Bell', 'May 2030'],
      ],
      want: [
        { ref: null, title: 'Move the shared drive to the new storage service', owners: ['IT Manager'] },
        {
          ref: null,
          title: 'Write a short guide for new starters on booking rooms',
          owners: ['Office Manager', 'Jo Bell'],
        },
      ],
    },
  ]
  it.each(cases)('$name', ({ rows, want }) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => ({ ref: a.ref, title: a.title, owners: a.owners }))).toEqual(want)
  })

  it('keeps an "Action" column of steps as the action when no column beside it is prose', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action', 'Lead'],
      ['1', 'Publish the timetable online', 'Registry'],
      ['2', 'Train the front desk on the new system', 'Estates'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Publish the timetable online', ['Registry']],
      ['Train the front desk on the new system', ['Estates']],
    ])
  })
})
