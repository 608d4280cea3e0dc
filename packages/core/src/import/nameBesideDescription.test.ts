import { describe, expect, it } from 'vitest'
import { nameBesideDescription, namesItem } from './nameBesideDescription'
import { tableToPlan } from './tableToPlan'

describe('nameBesideDescription: a short name column beside a longer description is the item', () => {
  it.each([
    {
      layout: 'a portfolio list: "Project Name | Teams | Owner | Description | Status"',
      rows: [
        ['Programme board'],
        ['Project Name', 'Teams', 'Owner', 'Description', 'Status'],
        [
          'Replace the booking system',
          'IT, estates',
          'Ola Reyes',
          'Move every room and desk booking to one supported tool before the old licence ends.',
          'In progress',
        ],
        [
          'Open the second workshop',
          'estates, finance',
          'Tom Lindqvist',
          'Fit out the west bay as a second workshop, with its own safety sign-off and tools.',
          'Done',
        ],
      ],
    },
    {
      layout: 'a work list: "Item title | Lead | Description | Due"',
      rows: [
        ['Facilities work list'],
        ['Item title', 'Lead', 'Description', 'Due'],
        [
          'Replace the booking system',
          'Ola Reyes',
          'Move every room and desk booking to one supported tool before the old licence ends.',
          'June 2031',
        ],
        [
          'Open the second workshop',
          'Tom Lindqvist',
          'Fit out the west bay as a second workshop, with its own safety sign-off and tools.',
          'May 2032',
        ],
      ],
    },
    {
      layout: 'a bare "Name" beside an owner column: "Name | Teams | Responsible | Description | Status"',
      rows: [
        ['Estates projects'],
        ['Name', 'Teams', 'Responsible', 'Description', 'Status'],
        [
          'Replace the booking system',
          'IT',
          'Ola Reyes',
          'Move every room and desk booking to one supported tool before the old licence ends.',
          'On track',
        ],
        [
          'Open the second workshop',
          'estates, finance',
          'Tom Lindqvist',
          'Fit out the west bay as a second workshop, with its own safety sign-off and tools.',
          'Complete',
        ],
      ],
    },
  ])('$layout', ({ rows }) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Replace the booking system',
      'Open the second workshop',
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Ola Reyes'], ['Tom Lindqvist']])
    expect(plan.actions[0]?.description).toMatch(/^Move every room/)
  })

  it.each([
    ['Programme', 'Objective'],
    ['Current projects', 'Objective'],
    ['Project', 'Objectives'],
  ])('reads "%s | %s" as the work item beside what it is for', (item, purpose) => {
    const { plan } = tableToPlan([
      ['Estates delivery report'],
      [item, purpose, 'Expected finish'],
      ['Library roof renewal', 'To keep the reading rooms dry and open through the winter months', 'Oct-27'],
      ['Staff car park lighting', 'To make the walk to and from the car park safer after dark', 'Mar-28'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual(['Library roof renewal', 'Staff car park lighting'])
    expect(plan.actions[0]?.description).toMatch(/^To keep the reading rooms dry/)
    expect(plan.actions[1]?.target.due).toBe('2028-03-31')
  })

  it('keeps the objective the action beside a longer project column', () => {
    expect(nameBesideDescription(['Project', 'Objective'], 1, [0], false, (c) => (c === 0 ? 20 : 6))).toBe(
      null,
    )
  })

  it("leaves the description the action beside a contact's name", () => {
    const { plan } = tableToPlan([
      ['Contact name', 'Description', 'Due date'],
      ['Ola Reyes', 'Move every room and desk booking to one supported tool', '30/06/2031'],
    ])
    expect(plan.actions[0]?.title).toBe('Move every room and desk booking to one supported tool')
  })

  it('leaves a bare "Name" alone when no other column names the owners', () => {
    const { plan } = tableToPlan([
      ['Name', 'Description', 'Due date'],
      ['Ola Reyes', 'Move every room and desk booking to one supported tool', '30/06/2031'],
    ])
    expect(plan.actions[0]?.title).toBe('Move every room and desk booking to one supported tool')
  })

  it('keeps the description the action when the name column is the longer one', () => {
    expect(
      nameBesideDescription(['Project name', 'Description'], 1, [0], false, (c) => (c === 0 ? 20 : 4)),
    ).toBe(null)
  })

  it.each([
    ['Project Name', true],
    ['Work item title', true],
    ['Name', true],
    ['Owner name', false],
    ['Full name', false],
    ['Job title', false],
    ['Surname', false],
    ['Name of the project lead and deputy', false],
  ])('namesItem(%j) is %j', (header, expected) => {
    expect(namesItem(header)).toBe(expected)
  })
})
