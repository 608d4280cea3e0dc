import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe("a funded project's list of deliverables", () => {
  it.each([
    {
      layout: '"Deliverable no. | Deliverable title | WP no. | Lead beneficiary | Delivery month"',
      rows: [
        ['Deliverable no.', 'Deliverable title', 'WP no.', 'Lead beneficiary', 'Nature', 'Delivery month'],
        ['D1.1', 'Project handbook', 'WP1', 'Northfield University', 'R', 'M2'],
        ['D2.1', 'Sensor network blueprint', 'WP2', 'Eastbrook Labs', 'R', 'M6'],
      ],
    },
    {
      layout: '"Deliv # | Deliverable name | Work package number | Lead partner" (a numbered package column)',
      rows: [
        ['Deliv #', 'Deliverable name', 'Work package number', 'Lead partner', 'Due month'],
        ['D1.1', 'Project handbook', '1', 'Northfield University', 'M2'],
        ['D2.1', 'Sensor network blueprint', '2', 'Eastbrook Labs', 'M6'],
      ],
    },
    {
      layout: '"Deliverable number | Name of deliverable | Lead"',
      rows: [
        ['Deliverable number', 'Name of deliverable', 'Lead', 'Type'],
        ['D1.1', 'Project handbook', 'Northfield University', 'Report'],
        ['D2.1', 'Sensor network blueprint', 'Eastbrook Labs', 'Software'],
      ],
    },
  ])('reads each named deliverable as an action cited by its number: $layout', ({ rows }) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['D1.1', 'Project handbook', ['Northfield University']],
      ['D2.1', 'Sensor network blueprint', ['Eastbrook Labs']],
    ])
  })

  it('keeps a plain "Deliverable" column beside an "Action" column as its success measure', () => {
    const { plan } = tableToPlan([
      ['Action', 'Deliverable', 'Lead'],
      ['Survey the river banks', 'Survey report', 'Ana Ruiz'],
      ['Map every outfall', 'Outfall map', 'Ben Okafor'],
    ])
    expect(plan.actions.map((a) => [a.title, a.successMeasures])).toEqual([
      ['Survey the river banks', ['Survey report']],
      ['Map every outfall', ['Outfall map']],
    ])
  })
})
