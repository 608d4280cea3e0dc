import { describe, expect, it } from 'vitest'
import { readStepsToldInProse } from './readStepsToldInProse'
import { stepsToldInSentence } from './stepsToldInSentence'
import { tableToPlan } from './tableToPlan'

// News and report pages that tell their plan as steps in sentences, the tense giving each step's status; each page
// is a small one of our own wording.

describe('steps told in a sentence, by tense', () => {
  it.each([
    [
      'We have since moved the archive to the main library.',
      [{ title: 'moved the archive to the main library', state: 'done', owner: null }],
    ],
    [
      'We are still collecting feedback on the new timetable.',
      [{ title: 'collecting feedback on the new timetable', state: 'under-way', owner: null }],
    ],
    [
      'Meanwhile we have opened a crèche for the children of staff.',
      [{ title: 'opened a crèche for the children of staff', state: 'done', owner: null }],
    ],
    [
      'We have replaced the boilers in the sports hall – a job that took two summers.',
      [{ title: 'replaced the boilers in the sports hall', state: 'done', owner: null }],
    ],
    [
      'We were the first school in the city to publish its gender pay data and are working to close the gap by 2027.',
      [
        { title: 'publish its gender pay data', state: 'done', owner: null },
        { title: 'close the gap by 2027', state: 'under-way', owner: null },
      ],
    ],
    [
      'As a result the Widening Access Group are drafting a mentoring scheme for first-year students.',
      [
        {
          title: 'drafting a mentoring scheme for first-year students',
          state: 'under-way',
          owner: 'Widening Access Group',
        },
      ],
    ],
    [
      'Also we are cutting energy use by fitting sensors to every corridor light.',
      [{ title: 'fitting sensors to every corridor light', state: 'under-way', owner: null }],
    ],
    [
      'The Faculty will be consulting postgraduate tutors on the new supervision guide.',
      [
        {
          title: 'consulting postgraduate tutors on the new supervision guide',
          state: 'planned',
          owner: null,
        },
      ],
    ],
    [
      'In its charter, it also promises to review the scheme every three years.',
      [{ title: 'review the scheme every three years', state: 'planned', owner: null }],
    ],
    [
      'The survey report will be discussed with the staff forum, and will be used to support our bid for funding which we are hoping to send to the trust in May 2026.',
      [
        { title: 'The survey report will be discussed with the staff forum', state: 'planned', owner: null },
        { title: 'send our bid for funding to the trust in May 2026', state: 'planned', owner: null },
      ],
    ],
    [
      'Rather than our old aim of halving car journeys by 2020, we are now committed to cutting them by three quarters by 2032.',
      [{ title: 'cutting car journeys by three quarters by 2032', state: 'planned', owner: null }],
    ],
    [
      'We recently launched a buddy scheme for new porters.',
      [{ title: 'launched a buddy scheme for new porters', state: 'done', owner: null }],
    ],
    [
      'The Staff Wellbeing Committee has published a guide to flexible working.',
      [{ title: 'published a guide to flexible working', state: 'done', owner: 'Staff Wellbeing Committee' }],
    ],
    [
      'A new complaints procedure has been introduced for students.',
      [{ title: 'A new complaints procedure has been introduced for students', state: 'done', owner: null }],
    ],
    [
      'The recruitment guidance is being rewritten with the trade unions.',
      [
        {
          title: 'The recruitment guidance is being rewritten with the trade unions',
          state: 'under-way',
          owner: null,
        },
      ],
    ],
    [
      'The week opened with a careers fair on 3 March.',
      [{ title: 'careers fair on 3 March', state: 'done', owner: null }],
    ],
    [
      'The plan sets out aims such as widening the bursary scheme; recruiting two mentors; and opening the lab at weekends.',
      [
        { title: 'widening the bursary scheme', state: 'planned', owner: null },
        { title: 'recruiting two mentors', state: 'planned', owner: null },
        { title: 'opening the lab at weekends', state: 'planned', owner: null },
      ],
    ],
  ])('%s', (sentence, steps) => {
    expect(stepsToldInSentence(sentence)).toEqual(steps)
  })

  it.each([
    // Work only counted, not named.
    'We have done a great deal, and more is to come.',
    'We have taken several steps towards a greener campus.',
    // A commitment with no date is a value, not a step.
    'As a college we are committed to putting students at the centre of everything.',
    // Someone other than the writers or a named body.
    'The report of the review panel is recommending a new structure.',
    'It is helping the department to plan.',
    // What was meant or promised, not done.
    'We decided to wait for the review.',
    'The College has made a commitment to its staff.',
    // A list of things, not of work.
    'The kit includes laptops; printers; and scanners.',
  ])('names no step in "%s"', (sentence) => {
    expect(stepsToldInSentence(sentence)).toEqual([])
  })
})

describe('a page of prose telling its steps', () => {
  const page = [
    ['News'],
    ['Greener labs: an update'],
    ['14 February 2025'],
    [
      'Our laboratories use four times the energy of an office of the same size, and the sector has taken note.',
    ],
    [
      'We have installed smart meters on every fume cupboard in the chemistry building. And we are reducing freezer energy by moving samples into shared freezers.',
    ],
    [
      'The Sustainability Team will be running an audit of cold storage across the campus. The programme began with a training day on 28 January.',
    ],
    ['“It has been a real team effort,” said one of the technicians who took part in the first audits.'],
  ]

  it('reads each step with its status, its own date and the page year for a day without one', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.status.state, a.target.due])).toEqual([
      ['installed smart meters on every fume cupboard in the chemistry building', 'complete', null],
      ['moving samples into shared freezers', 'in-progress', null],
      ['running an audit of cold storage across the campus', 'unknown', null],
      ['training day on 28 January', 'complete', '2025-01-28'],
    ])
  })

  it('dates a day done after the page date in the year before', () => {
    const later = page.map((row) => (row[0] === '14 February 2025' ? ['10 January 2025'] : row))
    const rows = readStepsToldInProse(later)?.rows ?? []
    expect(rows.at(-1)?.[4]).toBe('on 28 January 2024')
  })

  it('leaves out the step of a last sentence cut short', () => {
    const cut = [
      ...page.slice(0, 6),
      ['We have also rewired the basement and are developing a freezer rota for the whole bui'],
    ]
    expect(tableToPlan(cut).plan.actions.map((a) => a.title)).toEqual([
      'installed smart meters on every fume cupboard in the chemistry building',
      'moving samples into shared freezers',
      'running an audit of cold storage across the campus',
      'training day on 28 January',
    ])
  })

  it('leaves a page telling fewer than three steps, or one with a bulleted list, to other readers', () => {
    expect(readStepsToldInProse(page.slice(0, 5))).toBeNull()
    expect(readStepsToldInProse([...page, ['- a bullet point of the plan']])).toBeNull()
  })
})

describe('readStepsToldInProse: a page that reports its progress', () => {
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
    expect(readStepsToldInProse(page)?.skippedRows).toEqual([8])
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
      readStepsToldInProse([['News'], ['We have opened a new gym for staff on the main campus this year.']]),
    ).toBeNull()
    expect(
      readStepsToldInProse([
        ['News'],
        ['1. We have opened a new gym for staff on the main campus.'],
        ['We are currently running classes there, and are training two instructors.'],
      ]),
    ).toBeNull()
  })
})
