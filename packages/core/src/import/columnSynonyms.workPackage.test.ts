import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a work-package table whose "Work package" column names each package', () => {
  it.each([
    {
      layout: '"Code | Work package | Lead | Partners" under a title and a numbered section heading',
      rows: [
        ['Coastal resilience study: allocation of work'],
        ['2. Packages'],
        ['Code', 'Work package', 'Lead', 'Partners', 'Tools'],
        ['P1', 'Shoreline survey and sediment sampling', 'Ines Moreau', '3', 'Drone survey, core sampling'],
        ['P2', 'Storm surge model', 'TBC', '2', 'Hydrodynamic model'],
        ['P3', 'Community workshops', 'Owen Price', '4', 'Interviews'],
      ],
      want: [
        ['P1', 'Shoreline survey and sediment sampling', ['Ines Moreau']],
        ['P2', 'Storm surge model', []],
        ['P3', 'Community workshops', ['Owen Price']],
      ],
    },
    {
      layout: '"No. | Work package title | Leader | Months"',
      rows: [
        ['Project work plan'],
        ['No.', 'Work package title', 'Leader', 'Months'],
        ['1', 'Requirements and user research', 'Dana Kowalski', '1-6'],
        ['2', 'Prototype platform', 'Ravi Menon', '4-18'],
      ],
      want: [
        ['1', 'Requirements and user research', ['Dana Kowalski']],
        ['2', 'Prototype platform', ['Ravi Menon']],
      ],
    },
    {
      layout: '"Work packages | Lead | Budget" with no ref column',
      rows: [
        ['Work packages', 'Lead', 'Budget'],
        ['Data collection across the four sites', 'Mei Tanaka', '40,000'],
        ['Analysis and synthesis', 'Sam Adeyemi', '25,000'],
      ],
      want: [
        [null, 'Data collection across the four sites', ['Mei Tanaka']],
        [null, 'Analysis and synthesis', ['Sam Adeyemi']],
      ],
    },
  ])('reads each package as an action: $layout', ({ rows, want }) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual(want)
  })

  it('leaves a "Work package" column beside a "Task" column to the tasks', () => {
    const { plan } = tableToPlan([
      ['Work package', 'Task', 'Lead'],
      ['Fieldwork', 'Survey the river banks', 'Ana Ruiz'],
      ['Fieldwork', 'Map every outfall', 'Ben Okafor'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual(['Survey the river banks', 'Map every outfall'])
  })

  it('keeps the package codes as refs when the "Work package" column holds only codes', () => {
    const { plan } = tableToPlan([
      ['Activity', 'Work package', 'Title', 'Lead'],
      ['1', 'WP100', 'Site survey', 'Northfield University'],
      ['2', 'WP200', 'Sensor calibration', 'Eastbrook Labs'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['WP100', 'Site survey'],
      ['WP200', 'Sensor calibration'],
    ])
  })
})
