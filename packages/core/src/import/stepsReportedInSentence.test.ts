import { describe, expect, it } from 'vitest'
import { stepsReportedInSentence } from './stepsReportedInSentence'

const read = (sentence: string) =>
  stepsReportedInSentence(sentence).map((step) => [
    step.title,
    step.state,
    ...(step.owner === null ? [] : [step.owner]),
  ])

describe('stepsReportedInSentence', () => {
  it.each([
    [
      'We’ve run three open days for applicants from local schools.',
      [['Run three open days for applicants from local schools', 'done']],
    ],
    [
      'We also introduced a prize for technical staff in every school.',
      [['Introduced a prize for technical staff in every school', 'done']],
    ],
    [
      'In 2020, we opened a quiet room for staff and in 2021, we launched a carers network.',
      [
        ['Opened a quiet room for staff', 'done'],
        ['Launched a carers network', 'done'],
      ],
    ],
    [
      'We are currently reviewing our dress code, and are running a survey of part-time staff.',
      [
        ['Reviewing our dress code', 'under-way'],
        ['Running a survey of part-time staff', 'under-way'],
      ],
    ],
    [
      'The guide was praised by the union, and we are now training every line manager.',
      [['Training every line manager', 'under-way']],
    ],
    [
      'Also, a buddy scheme for new technicians is being trialled, led by Estates Services in two buildings.',
      [
        [
          'a buddy scheme for new technicians is being trialled, led by Estates Services in two buildings',
          'under-way',
          'Estates Services',
        ],
      ],
    ],
    [
      'Since the last award we have made steady progress, including the launch of our Returners Fund, which pays for cover.',
      [['Launch of our Returners Fund', 'done']],
    ],
    [
      'Further work includes the adoption of guidance such as our “Flexible Working Charter, 2nd edition” and more.',
      [['Adoption of our “Flexible Working Charter, 2nd edition”', 'done']],
    ],
    [
      'We widened support through the introduction of a Carers Passport and our Fertility Leave policy.',
      [
        ['Introduction of a Carers Passport', 'done'],
        ['Fertility Leave policy', 'done'],
      ],
    ],
    [
      'The panel will also publish the annual review and set up a mentoring scheme in 2026.',
      [
        ['Publish the annual review', 'planned'],
        ['Set up a mentoring scheme in 2026', 'planned'],
      ],
    ],
    [
      'A summary of the survey will be circulated to all staff after the spring term.',
      [['A summary of the survey will be circulated to all staff after the spring term', 'planned']],
    ],
    // Leads shared with news prose ("Currently, ", "So ") are dropped before the subject.
    [
      'Currently, a forum for carers is being set up in each faculty.',
      [['a forum for carers is being set up in each faculty', 'under-way']],
    ],
    ['So the Panel will also publish the annual review.', [['Publish the annual review', 'planned']]],
    [
      'We are actively recruiting student ambassadors for open days.',
      [['Recruiting student ambassadors for open days', 'under-way']],
    ],
  ])('reads %j', (sentence, steps) => {
    expect(read(sentence)).toEqual(steps)
  })

  it.each([
    // A standing duty of a body is its remit.
    'The Committee will monitor progress and report back to Council each term.',
    // A measure that moved is an outcome.
    'We have also increased the proportion of women on interview panels to 40%.',
    // Context: what someone else did, a present fact.
    'In 2019, our students wrote a report on the curriculum.',
    'The network meets once a month in the library.',
    'We will publish the establishment of the fund on our website.',
  ])('finds no step in %j', (sentence) => {
    expect(read(sentence)).toEqual([])
  })

  it('names the body a "This Group will" sentence points back to', () => {
    expect(stepsReportedInSentence('This Group will run a festival.')[0]?.bodyNamedAbove).toBe('group')
  })
})
