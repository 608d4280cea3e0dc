import { describe, expect, it } from 'vitest'
import { readReportedSteps } from './readReportedSteps'
import { tableToPlan } from './tableToPlan'

describe('readReportedSteps', () => {
  it('reads a run-on list after "we have:" and the sentences after it, status from the tense', () => {
    const page = [
      ['Faculty news'],
      [
        'Last spring our staff network wrote to the Dean about access to the labs. Since then we’ve: Fitted ramps at both entrances; Appointed an access officer Ran a survey of disabled staff and (to be repeated next year) students. Published the results. Read more on our blog here We’ve held two open meetings on the findings. We are currently redesigning the booking system, and are funding a captioning service.',
      ],
    ]
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Fitted ramps at both entrances', 'complete'],
      ['Appointed an access officer', 'complete'],
      ['Ran a survey of disabled staff and (to be repeated next year) students', 'in-progress'],
      ['Published the results', 'complete'],
      ['Held two open meetings on the findings', 'complete'],
      ['Redesigning the booking system', 'in-progress'],
      ['Funding a captioning service', 'in-progress'],
    ])
  })

  it('reads promises of a group under its heading as owned by it, and leaves its aims and remit out', () => {
    const page = [
      ['Wellbeing groups'],
      ['Staff Wellbeing Steering Group'],
      [
        'This Steering Group was formed in 2019 to look at stress at work, with a remit to find initiatives that:',
      ],
      ['• reach staff on every campus'],
      ['• build on what works elsewhere'],
      ['The Steering Group will monitor progress and report back to the Council twice a year.'],
      ['This Group will also publish a wellbeing survey and run a Wellbeing Week in 2026.'],
      ['Local activity'],
      ['A network of mental health first aiders is being set up in each school across the university.'],
      [
        'In addition, a sleep clinic for shift workers is being trialled, delivered by Occupational Health on site.',
      ],
    ]
    // The heading between the steps is left out; the lines above the first step stay the page's title rows.
    expect(readReportedSteps(page)?.skippedRows).toEqual([8])
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Publish a wellbeing survey', ['Staff Wellbeing Steering Group'], 'unknown'],
      ['Run a Wellbeing Week in 2026', ['Staff Wellbeing Steering Group'], 'unknown'],
      [
        'A network of mental health first aiders is being set up in each school across the university',
        [],
        'in-progress',
      ],
      [
        'a sleep clinic for shift workers is being trialled, delivered by Occupational Health on site',
        ['Occupational Health'],
        'in-progress',
      ],
    ])
  })

  it('dates a step done by the year its lead gives it, and no other step by that year', () => {
    const page = [
      ['Equality news'],
      ['In 2020, we opened a quiet room for staff and in 2021, we launched a carers network for the region.'],
      ['We are currently running a survey of carers, and are writing a guide for their managers.'],
    ]
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.status.state, a.target.kind, a.target.due])).toEqual([
      ['Opened a quiet room for staff', 'complete', 'completed', '2020-12-31'],
      ['Launched a carers network for the region', 'complete', 'completed', '2021-12-31'],
      ['Running a survey of carers', 'in-progress', 'unknown', null],
      ['Writing a guide for their managers', 'in-progress', 'unknown', null],
    ])
  })

  it('needs two steps done or under way and three in all, on a page with no numbered line', () => {
    expect(
      readReportedSteps([['News'], ['We have opened a new gym for staff on the main campus this year.']]),
    ).toBeNull()
    expect(
      readReportedSteps([
        ['News'],
        ['1. We have opened a new gym for staff on the main campus.'],
        ['We are currently running classes there, and are training two instructors.'],
      ]),
    ).toBeNull()
  })
})
