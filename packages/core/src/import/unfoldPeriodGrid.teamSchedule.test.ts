import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe("a team's schedule: weeks down the first column, one column per person", () => {
  it.each([
    {
      layout: '"Week | Ana | Bilal | Chen", weeks without a year, tasks one a line, ticks for done',
      rows: [
        ['Week', 'Ana', 'Bilal', 'Chen'],
        ['1st Mar', 'Set up the repository ✓', '', ''],
        [
          '8th Mar',
          'Write the data loader',
          'Draft the survey questions\nBook the pilot room',
          'Review the loader',
        ],
        ['15th Mar', '', '1. Run the pilot survey\n2. Clean the answers', ''],
      ],
      want: [
        ['Set up the repository', ['Ana'], null, 'complete'],
        ['Write the data loader', ['Ana'], null, 'unknown'],
        ['Draft the survey questions', ['Bilal'], null, 'unknown'],
        ['Book the pilot room', ['Bilal'], null, 'unknown'],
        ['Review the loader', ['Chen'], null, 'unknown'],
        ['Run the pilot survey', ['Bilal'], '1', 'unknown'],
        ['Clean the answers', ['Bilal'], '2', 'unknown'],
      ],
    },
    {
      layout: '"w/c | June | Omar" with dated weeks, a person named like a month',
      rows: [
        ['w/c', 'June', 'Omar'],
        ['6 Sep 2027', 'Order the sample tubes', 'Calibrate the centrifuge'],
        ['13 Sep 2027', 'Label the freezer racks', ''],
      ],
      want: [
        ['Order the sample tubes', ['June'], null, 'unknown'],
        ['Calibrate the centrifuge', ['Omar'], null, 'unknown'],
        ['Label the freezer racks', ['June'], null, 'unknown'],
      ],
    },
  ])('one action per task, owned by its column’s person: $layout', ({ rows, want }) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.ref, a.status.state])).toEqual(want)
  })

  it('dates each task by the end of its week when the week carries its year', () => {
    const { plan } = tableToPlan([
      ['Week commencing', 'Priya', 'Tom'],
      ['6 Sep 2027', 'Order the sample tubes', 'Calibrate the centrifuge'],
      ['13 Sep 2027', 'Label the freezer racks', ''],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2027-09-12', '2027-09-12', '2027-09-19'])
  })

  it('dates each task by its day under a "Date" corner', () => {
    const { plan } = tableToPlan([
      ['Date', 'Priya', 'Tom'],
      ['6 Sep 2027', 'Order the sample tubes', 'Calibrate the centrifuge'],
      ['13 Sep 2027', 'Label the freezer racks', ''],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2027-09-06', '2027-09-06', '2027-09-13'])
  })

  it('keeps themes across the top as sections', () => {
    const { plan } = tableToPlan([
      ['Themes', 'Better tools', 'Shared data'],
      ['Now', 'Replace the ticket system', 'Publish the data catalogue'],
      ['Next', 'Automate the nightly checks', 'Open the data to partners'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Replace the ticket system', []],
      ['Publish the data catalogue', []],
      ['Automate the nightly checks', []],
      ['Open the data to partners', []],
    ])
  })
})
