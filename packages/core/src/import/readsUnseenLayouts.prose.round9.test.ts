import { describe, expect, it } from 'vitest'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { aimOverBulletLines } from './aimOverBulletLines'
import { appointmentMade } from './appointmentMade'
import { peelRef } from './peelRef'
import { readOwnerCell } from './readOwnerCell'
import { readNumberedHeadingsOverProse } from './readNumberedHeadingsOverProse'
import { readWorkListedInProse } from './readWorkListedInProse'
import { workNamedInSentence } from './workNamedInSentence'
import { readInlineLabelledRecords } from './readInlineLabelledRecords'
import { tableToPlan } from './tableToPlan'

// Prose and labelled-line layouts met in the round-8 held-out set (opened for development in round 9), each in a
// small table of our own.

describe('a lead-in over lines labelled "Commitment N:"', () => {
  const table = [
    ['Our pledge to technical staff'],
    ['Signed in 2019, the pledge sets out how the faculty supports the people who run its laboratories.'],
    ['The faculty commits to:'],
    ['Commitment 1: naming technicians on every paper and poster they helped produce.'],
    ['Commitment 2: funding one external course a year for each member of the technical team.'],
    ['Commitment 3: reviewing technical job descriptions with the staff who hold them.'],
    ['How we report'],
    ['A summary goes to the faculty board each spring.'],
  ]

  it('peels the number after "Commitment" as the ref', () => {
    expect(peelRef('Commitment 4: reviewing the forms')).toEqual({ ref: '4', rest: 'reviewing the forms' })
    // A count of commitments is not a ref.
    expect(peelRef('Commitments made in 2019 are listed below')).toBeNull()
  })

  it('reads each labelled line as an action cited by its number', () => {
    const { plan } = tableToPlan(table)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'naming technicians on every paper and poster they helped produce.'],
      ['2', 'funding one external course a year for each member of the technical team.'],
      ['3', 'reviewing technical job descriptions with the staff who hold them.'],
    ])
  })
})

describe('labelled records under a label that heads several of them ("Aim:" over "Planned Action:" blocks)', () => {
  const table = [
    ['2024 – 2025'],
    ['Aim: To make the technical workforce as diverse as the region it serves, at every grade.'],
    ['Planned Action: Send every technical vacancy to the local job centres.'],
    ['Lead: Recruitment Team'],
    ['When: From March 2024, each advert.'],
    ['Planned Action: Add a line welcoming applicants who are new to the sector.'],
    ['Lead: Recruitment Team'],
    ['When: By June 2024'],
    ['Aim: To widen the training open to apprentices.'],
    ['Planned Action: Fund a day-release course for each apprentice.'],
    ['Lead: Apprenticeship Coordinator'],
    ['When: By September 2025'],
    ['Planned Action: Pair every apprentice with a mentor from another team.'],
    ['Lead: Technical Forum'],
    ['When: By December 2025'],
  ]

  it('reads the "Planned Action" records as the actions and the aim as the heading over them', () => {
    const flattened = readInlineLabelledRecords(table)
    expect(flattened?.rows[2]).toEqual(['Planned Action', 'Lead', 'When'])
    expect(flattened?.sectionRows).toEqual([9])
    const { plan } = tableToPlan(table)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Send every technical vacancy to the local job centres.', ['Recruitment Team'], null],
      ['Add a line welcoming applicants who are new to the sector.', ['Recruitment Team'], '2024-06-30'],
      ['Fund a day-release course for each apprentice.', ['Apprenticeship Coordinator'], '2025-09-30'],
      ['Pair every apprentice with a mentor from another team.', ['Technical Forum'], '2025-12-31'],
    ])
  })

  it('keeps a label written above every record as a field of it, not a heading', () => {
    const perRecord = [
      ['Finding: Few technicians apply for promotion.'],
      ['Objective: Explain the promotion route at each team meeting.'],
      ['Lead: HR'],
      ['Finding: Apprentices leave after their first year.'],
      ['Objective: Offer each apprentice a second-year post.'],
      ['Lead: Technical Forum'],
    ]
    // "Finding" is written once per "Objective": it heads no group.
    const flattened = readInlineLabelledRecords(perRecord)
    expect(flattened?.rows[0]).toEqual(['Objective', 'Finding', 'Lead'])
    expect(flattened?.sectionRows).toEqual([])
  })
})

describe('two numbered calls to action, each over a paragraph on how it is met', () => {
  const table = [
    ['We have joined the Technician Commitment'],
    ['Signing the Commitment means we act on four pledges. You can read below how we are meeting them.'],
    ['1. Name a senior champion for technicians'],
    ['The Pro-Vice-Chancellor for Research took on the role in March and chairs the steering group.'],
    ['2. Collect and publish data on technical staff'],
    ['We are gathering grades, contracts and training records from each faculty, and …'],
  ]

  it('reads each numbered call as an action, the paragraph under it as its description', () => {
    const { plan } = tableToPlan(table)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Name a senior champion for technicians'],
      ['2', 'Collect and publish data on technical staff'],
    ])
    expect(plan.actions[0]?.description).toMatch(/^The Pro-Vice-Chancellor/)
  })

  it('reads a call to appoint someone as done, and owned, when the prose says who holds the role now', () => {
    const met = [
      ...table.slice(0, 3),
      ['The Director of Operations is now our champion for technicians, and reports to the board each term.'],
      ...table.slice(4),
    ]
    const { plan } = tableToPlan(met)
    expect(plan.actions.map((a) => [a.ref, a.status.state, a.owners])).toEqual([
      ['1', 'complete', ['Director of Operations']],
      ['2', 'unknown', []],
    ])
    // Prose that does not name the role, or a call that is no appointment, says nothing of it.
    expect(
      appointmentMade('Name a senior champion', 'The Provost is now chair of the steering group.'),
    ).toBeNull()
    expect(appointmentMade('Publish the data', 'The Provost is now publishing the data.')).toBeNull()
  })

  it("needs two headings to be instructions: a document's own numbered sections are not calls", () => {
    const sections = [
      ['Research staff strategy'],
      ['1. Preamble'],
      ['This strategy follows the review of the last plan and sets new aims for the next two years.'],
      ['2. New work planned'],
      ['The faculty proposes work under each principle of the concordat over the period.'],
    ]
    expect(readNumberedHeadingsOverProse(sections, technicianCommitment)).toBeNull()
    expect(readNumberedHeadingsOverProse(table, technicianCommitment)?.rows[3]?.[1]).toBe(
      'Name a senior champion for technicians',
    )
  })
})

describe('a page of prose that names its work in its sentences', () => {
  it('reads the pieces a promise names, each by its own verb, and work it will be busy with', () => {
    const table = [
      ['Technical staff at the institute'],
      [
        'Technicians support every research group here, and their views should be heard on each committee that shapes their work.',
      ],
      [
        'Staff sit on the research committee and the safety forum today, with one place on the board since 2022.',
      ],
      [
        'We want to build a register of the skills each team holds, and run a yearly review of training with every line manager. Next, we will be working on publishing the career routes open to apprentices.',
      ],
    ]
    const { plan } = tableToPlan(table)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'build a register of the skills each team holds',
      'run a yearly review of training with every line manager',
      'publishing the career routes open to apprentices',
    ])
  })

  it('reads work reported done as complete, and work the page lists beside it as done too', () => {
    const table = [
      ['Our bronze award'],
      [
        'Since our last award the department has looked hard at fairness for technical and academic staff alike.',
      ],
      ['We have revised the promotion criteria so that technical work counts at every grade.'],
      [
        'Two of our teams had no route upward. We recently regraded six of those posts, after a review by the panel.',
      ],
      [
        'Other projects that support fairness include mapping how overtime is shared and opening the mentoring scheme to technicians.',
      ],
    ]
    const { plan } = tableToPlan(table)
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['We have revised the promotion criteria so that technical work counts at every grade', 'complete'],
      ['Regraded six of those posts, after a review by the panel', 'complete'],
      ['mapping how overtime is shared', 'complete'],
      ['opening the mentoring scheme to technicians', 'complete'],
    ])
  })

  it('needs one sentence naming two pieces of work: single promises are prose about another layout', () => {
    const single = [
      ['Gender pay gap'],
      ['We will provide a programme of training for everyone who sits on a recruitment panel this year.'],
      ['We will use the new pathways to raise the number of women in senior technical roles.'],
    ]
    expect(readWorkListedInProse(single)).toBeNull()
    // A promise of one piece keeps its sentence; "… and <noun>" inside a piece does not split it.
    expect(workNamedInSentence('We will fund courses and mentors for apprentices.')).toEqual({
      items: ['We will fund courses and mentors for apprentices'],
      tense: 'promised',
    })
    // More than twelve pieces are a list of things, not of work: the sentence stays one piece.
    const long = `We want to ${Array.from({ length: 13 }, (_, i) => `fund course ${i}`).join(', and ')}.`
    expect(workNamedInSentence(long)?.items).toHaveLength(1)
    // A promise in the present perfect is not a report of work done.
    expect(workNamedInSentence('We have agreed to review the forms every year.')).toBeNull()
  })
})

describe('an objective sentence over one-word bullets naming what it covers', () => {
  const table = [
    ['Objective', 'Plan', 'Lead', 'Timescale'],
    [
      'To widen access to the outdoor curriculum for pupils in groups we report on.\n• Disability\n• Race\n• Religion/belief',
      'Survey the sites used for trips\nBuy adapted equipment',
      'Head of PE',
      'July 2025',
    ],
    ['To raise attendance at after-school clubs', 'Run a taster week each term', 'Deputy Head', 'March 2025'],
  ]

  it('keeps the objective as one action: the bullets are members of what it names, not items of work', () => {
    expect(aimOverBulletLines(table[1]![0]!)).toBeNull()
    const { plan } = tableToPlan(table)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      [
        'To widen access to the outdoor curriculum for pupils in groups we report on. • Disability • Race • Religion/belief',
        ['Head of PE'],
        '2025-07-31',
      ],
      ['To raise attendance at after-school clubs', ['Deputy Head'], '2025-03-31'],
    ])
  })

  it('still reads bullets that are items of their own under an aim sentence', () => {
    expect(
      aimOverBulletLines('Widen access to our funding.\n• A bursary for part-time staff.\n• Travel grants.')
        ?.items,
    ).toEqual(['• A bursary for part-time staff.', '• Travel grants.'])
  })
})

describe('owners written as a sentence: "along with", a clause on what one brings, "and the …"', () => {
  it('reads each owner and drops the clause and the article', () => {
    expect(
      readOwnerCell(
        'Estates Office along with Science Faculty who will lend the equipment and the Safety Coordinator',
      ),
    ).toEqual(['Estates Office', 'Science Faculty', 'Safety Coordinator'])
    expect(readOwnerCell('Library Services together with the Digital Team')).toEqual([
      'Library Services',
      'Digital Team',
    ])
  })
})
