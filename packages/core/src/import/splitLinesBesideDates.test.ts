import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('splitLinesBesideDates: steps typed one a line, each timed on the same line of the date cell', () => {
  it('reads each step under a recommendation as an action dated by its own line', () => {
    const { plan } = tableToPlan([
      ['Recommendation', 'Actions', 'Timescale'],
      [
        'F1: Build stronger links with the regional health boards across the county.',
        'meet each regional board twice a year\ndraft a joint workforce plan with the boards',
        'Ongoing\nMarch 2031',
      ],
      [
        'F2: Make the annual budget follow the plan’s priorities.',
        'trustees agree the budget rules\npublish a costed delivery plan\nreview spending each quarter',
        'Done\nOctober 2031\nJanuary 2032',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due, a.status.state])).toEqual([
      ['F1', 'meet each regional board twice a year', null, 'unknown'],
      ['F1', 'draft a joint workforce plan with the boards', '2031-03-31', 'unknown'],
      ['F2', 'trustees agree the budget rules', null, 'complete'],
      ['F2', 'publish a costed delivery plan', '2031-10-31', 'unknown'],
      ['F2', 'review spending each quarter', '2032-01-31', 'unknown'],
    ])
    expect(plan.actions[0]?.description).toContain('regional health boards')
  })

  it('splits an action cell of lines beside as many dates, pairing the names typed one a line', () => {
    const { plan } = tableToPlan([
      ['Action', 'Deadline', 'Lead'],
      [
        'Set up the steering group\nAgree the survey questions',
        'May 2031\nJuly 2031',
        'Registrar\nData office',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due, a.owners])).toEqual([
      ['Set up the steering group', '2031-05-31', ['Registrar']],
      ['Agree the survey questions', '2031-07-31', ['Data office']],
    ])
  })

  it.each([
    [
      'dates that do not line up',
      'meet each regional board\ndraft a joint plan\nhold a review day',
      'Ongoing\nMarch 2031',
    ],
    [
      'a date cell of remarks',
      'meet each regional board\ndraft a joint plan',
      'Agreed at the spring board.\nReview after the summer break.',
    ],
    [
      'a note under the step',
      'Meet each regional board\n** This is done at every board meeting',
      'Done\nMarch 2031',
    ],
  ])('keeps the row whole with %s', (_, steps, dates) => {
    const { plan } = tableToPlan([
      ['Recommendation', 'Actions', 'Timescale'],
      ['F1: Build stronger links with the regional health boards.', steps, dates],
      [
        'F2: Make the annual budget follow the plan’s priorities.',
        'trustees agree the budget rules',
        'June 2031',
      ],
    ])
    expect(plan.actions).toHaveLength(2)
  })
})

describe('splitLinesBesideDates: lines keyed by the same sub-number in every cell', () => {
  it('peels the sub-number from each line as its ref, pairing the owner and date with the same number', () => {
    const { plan } = tableToPlan([
      ['No.', 'Item', 'Action', 'Responsibility', 'Due Date'],
      [
        '4.',
        'Carers policy',
        '4.1a Circulate the draft to the carers group.\n4.1b Ask two charities for comments.\n4.2 RK to book the launch room.',
        '4.1a AB\n4.1b RK\n4.2 RK',
        '4.1a June 2031\n4.1b August 2031\n4.2 October 2031',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due])).toEqual([
      ['4.1a', 'Circulate the draft to the carers group.', ['AB'], '2031-06-30'],
      ['4.1b', 'Ask two charities for comments.', ['RK'], '2031-08-31'],
      ['4.2', 'RK to book the launch room.', ['RK'], '2031-10-31'],
    ])
  })

  it('leaves the numbers in the lines when the cells do not agree line by line', () => {
    const { plan } = tableToPlan([
      ['No.', 'Item', 'Action', 'Responsibility', 'Due Date'],
      [
        '4.',
        'Carers policy',
        '4.1a Circulate the draft to the carers group.\n4.1b Ask two charities for comments.',
        '4.1b AB\n4.1a RK',
        '4.1a June 2031\n4.1b August 2031',
      ],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      '4.1a Circulate the draft to the carers group.',
      '4.1b Ask two charities for comments.',
    ])
  })
})
