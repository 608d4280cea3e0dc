import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// Layouts met in the round-5 held-out set of examples/data/unseen (opened for development in round 6), each in a
// small table of our own.

describe('a one-column page of labelled lines, a label and its value on one line, repeated per action', () => {
  const rows = [
    ['Technical services equality objectives 2024 - 2027'],
    ['Finding: Few technicians know how to report a concern.'],
    ['Objective: Brief every technical team on the reporting route.'],
    ['Finding: Apprentices leave before the end of their scheme.'],
    ['Objective: Pair every apprentice with a mentor in their first month.'],
    ['Finding: Job adverts rarely reach under-represented groups.'],
    ['Objective: Advertise every technical post through two community networks.'],
  ]

  it('reads each record as one action, the label naming the action as its title', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Brief every technical team on the reporting route.',
      'Pair every apprentice with a mentor in their first month.',
      'Advertise every technical post through two community networks.',
    ])
    expect(plan.actions[0]?.extra).toEqual([
      { column: 'Finding', value: 'Few technicians know how to report a concern.' },
    ])
    expect(explanation.headerRow).toBe(2)
    expect(explanation.columns[0]?.evidence).toContain('"Objective:"')
  })

  it('keeps a line with no label as part of the value above it', () => {
    const { plan } = tableToPlan([
      ...rows.slice(0, 3),
      ['This covers night-shift teams too.'],
      ...rows.slice(3),
    ])
    expect(plan.actions[0]?.title).toBe(
      'Brief every technical team on the reporting route. This covers night-shift teams too.',
    )
    expect(plan.actions).toHaveLength(3)
  })

  it('leaves a page whose labels never name an action, or do not repeat, to the other readers', () => {
    const notes = [
      ['Finding: Few technicians know how to report a concern.'],
      ['Note: Raised at the forum.'],
      ['Finding: Apprentices leave early.'],
      ['Note: Raised by HR.'],
    ]
    const { explanation } = tableToPlan(notes)
    expect(explanation.columns[0]?.evidence ?? '').not.toContain('record of labelled lines')
  })
})

describe('a one-column page listing items that call themselves actions, among prose', () => {
  const rows = [
    ['Technician Commitment action plan'],
    ['The steering group agreed five actions in March 2024, and a sixth later that year.'],
    ['Each action has a briefing note.'],
    ['Action 1a: Publish a technician career framework.'],
    ['See the briefing note on careers.'],
    ['Proposed Action 1b: Name a technician champion in every faculty.'],
    ['See the briefing note on champions.'],
    ['Action 2: Survey technicians about workload every year.'],
    ['See the briefing note on the survey.'],
    ['Action 3: Fund two technician conference places a year.'],
    ['See the briefing note on funding.'],
  ]

  it('reads the numbered "Action" items as the actions, with their refs, and nothing else', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1a', 'Publish a technician career framework.'],
      ['1b', 'Name a technician champion in every faculty.'],
      ['2', 'Survey technicians about workload every year.'],
      ['3', 'Fund two technician conference places a year.'],
    ])
  })
})

describe('an undated action reported in the present perfect', () => {
  it('is complete; a promise in the same tense and a dated action are not', () => {
    const { plan, issues } = tableToPlan([
      ['Technician visibility'],
      ['What we have done and will do'],
      ['• We have established a technician network with its own budget.'],
      ['• We have committed to a technician showcase every year.'],
      ['• We will publish technician profiles on the intranet.'],
      ['• We have started to map technical roles.'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'unknown', 'unknown', 'unknown'])
    expect(issues.filter((i) => i.code === 'status-from-tense').map((i) => i.row)).toEqual([3])
  })

  it('leaves a dated action as it is', () => {
    const { plan } = tableToPlan([
      ['Action', 'Deadline'],
      ['We have reviewed the technician role profiles; next, publish them', 'Dec 2025'],
      ['Publish a technician newsletter', 'June 2026'],
    ])
    expect(plan.actions[0]?.status.state).toBe('unknown')
  })
})

describe('a lead-in that stops at "has:" over a list', () => {
  it('reads each item as done: the items finish its sentence', () => {
    const { plan } = tableToPlan([
      ['Technician Commitment progress'],
      ['Since signing the Commitment in 2021, the University has:'],
      ['- Appointed a technician champion in each faculty.'],
      ['- Held two technician showcases.'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'complete'])
  })

  it('reads nothing from a lead-in about what comes next', () => {
    const { plan } = tableToPlan([
      ['Technician Commitment plan'],
      ['Over the next year the University will:'],
      ['- Appoint a technician champion in each faculty.'],
      ['- Hold two technician showcases.'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['unknown', 'unknown'])
  })
})

describe('a table whose headers open the sentence each cell finishes ("We will…", "We have")', () => {
  const rows = [
    ['Technician Commitment: our response'],
    ['We will…', 'When', 'Who is\ndelivering', 'We have'],
    [
      'Publish a technician career map',
      'Sep-25',
      'Technical\nServices\nGroup',
      'Published the first draft in May.',
    ],
    [
      'Survey every technician on workload',
      'Dec-25',
      'HR',
      'Started working with the faculties on the questions.',
    ],
    [
      'Fund a technician conference place',
      'Mar-26',
      'Research & Training Manager',
      'As agreed, we are starting to collect bids.',
    ],
  ]

  it('finds the header by those words and reads the progress column as the status', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(explanation.headerRow).toBe(2)
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'in-progress', 'in-progress'])
  })

  it('joins a unit word wrapped onto a line of its own, and keeps "X & Y Manager" one role', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Technical Services Group'],
      ['HR'],
      ['Research & Training Manager'],
    ])
  })

  it('still splits two owners joined by "and" when the second is a unit, not a role', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead'],
      ['Publish a technician career map', 'COMT and Valuing diversity group'],
      ['Run a technician showcase', 'HR'],
    ])
    expect(plan.actions[0]?.owners).toEqual(['COMT', 'Valuing diversity group'])
  })
})

describe('a lead-in that stops at "must have:"', () => {
  it('is a requirement, not a report: its items stay as they are', () => {
    const { plan } = tableToPlan([
      ['Technician Commitment plan'],
      ['Every technical team must have:'],
      ['- A named technician champion.'],
      ['- A budget for training.'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['unknown', 'unknown'])
  })
})

describe('an undated action reported done with any subject, or in the simple past after "we"', () => {
  it('is complete; a finding or a promise in the same tense is not', () => {
    const { plan } = tableToPlan([
      ['Technician progress'],
      ['What has happened so far'],
      ['• An audit of the workshops has taken place.'],
      ['• Two new apprentice posts have been created.'],
      ['• We introduced a technician prize in 2019.'],
      ['• Technicians have requested more training.'],
      ['• We aimed to publish a career map.'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual([
      'complete',
      'complete',
      'complete',
      'unknown',
      'unknown',
    ])
  })

  it('reads "to" after an event that takes no infinitive as its purpose, after "started" as work still to do', () => {
    const { plan } = tableToPlan([
      ['Technician progress'],
      ['What has happened so far'],
      ['• A review of workshop rotas has taken place to make cover fairer.'],
      ['• A mentoring scheme has been put in place to support new starters.'],
      ['• We have started to map technical roles.'],
      ['• A steering group has been asked to review the career map.'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'complete', 'unknown', 'unknown'])
  })

  it('reads the simple past passive, after a short label too, as done; a passive of asking as work to do', () => {
    const { plan } = tableToPlan([
      ['Technician progress'],
      ['What has happened so far'],
      ['• Induction: a new welcome pack was written to help technicians settle in.'],
      ['• Two apprentice posts were created in the workshops.'],
      ['• A mentoring scheme has been set up to pair new starters with a technician.'],
      ['• Each school was asked to name a technician champion.'],
      ['• The workshop leads were required to log training hours.'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual([
      'complete',
      'complete',
      'complete',
      'unknown',
      'unknown',
    ])
  })
})

describe("a tracker's own codes under a header that names something else", () => {
  it('reads a column of distinct codes as the refs, wherever it stands', () => {
    const { plan } = tableToPlan([
      ['Action', 'Measure', 'Relevant*', 'Lead', 'Status'],
      ['Set up a technician forum', 'Minutes kept', 'TC001', 'Priya', 'Complete'],
      ['Publish technician profiles', 'Ten profiles', 'TC002', 'Tom', 'Ongoing'],
      ['Run a technician showcase', 'One event', 'TC003', 'Priya', 'Not started'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['TC001', 'TC002', 'TC003'])
  })

  it('leaves a column of repeated codes or of quarters alone', () => {
    const { plan } = tableToPlan([
      ['Action', 'Budget code', 'Lead'],
      ['Set up a technician forum', 'GL100', 'Priya'],
      ['Publish technician profiles', 'GL100', 'Tom'],
      ['Run a technician showcase', 'GL200', 'Priya'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual([null, null, null])
  })
})
