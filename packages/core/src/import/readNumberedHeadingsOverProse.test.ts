import { describe, expect, it } from 'vitest'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { pageLines } from './oneColumnRecords'
import { readNumberedHeadingsOverProse } from './readNumberedHeadingsOverProse'
import { tableToPlan } from './tableToPlan'

// A research institute's pledge page: each pillar a numbered heading over its pledge and a note.
const pillarPage = [
  ['Our pledge to technical staff'],
  ['As a signatory we promise four things:'],
  ['1. Visibility'],
  ['We will list every technician by name on the institute’s web pages.'],
  ['2. Recognition'],
  ['We will pay the fees of technicians who register with a professional body.'],
  ['Two local societies already waive their first year’s fee', ' which helps.'],
  ['3. Career development'],
  ['We will publish a career map for each technical role.'],
  ['4. Sustainability'],
  ['We will take on two apprentices each year.'],
]

// A museum's learning strategy: each labelled heading an action, its sentences and labelled points below it.
const actionPage = [
  ['Learning strategy in detail'],
  ['2a: Widen access'],
  ['We will open the study rooms to school groups on weekdays.'],
  ['2b: Share collections'],
  ['We will lend objects to partners, through:'],
  ['• Loans: Lending handling boxes to primary schools.'],
  ['• Touring: Sending a small display around county libraries.'],
  ['2c: Listen to visitors'],
  ['We will ask visitors what they want to learn about.'],
]

describe('readNumberedHeadingsOverProse', () => {
  it('reads the line under a pillar heading as the action, in that pillar, cited by the heading number', () => {
    const { plan } = tableToPlan(pillarPage)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 24), a.pillars])).toEqual([
      ['1', 'We will list every techn', ['V']],
      ['2', 'We will pay the fees of ', ['R']],
      ['3', 'We will publish a career', ['C']],
      ['4', 'We will take on two appr', ['S']],
    ])
    // The note under the pledge (cut into two cells at a comma) is its description, not an action.
    expect(plan.actions[1]?.description).toBe(
      'Two local societies already waive their first year’s fee, which helps.',
    )
    expect(plan.title).toBe('Our pledge to technical staff')
  })

  it('reads any other heading as the action, with its sentences and labelled points as the description', () => {
    const { plan } = tableToPlan(actionPage)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['2a', 'Widen access'],
      ['2b', 'Share collections'],
      ['2c', 'Listen to visitors'],
    ])
    expect(plan.actions[1]?.description).toContain('Loans: Lending handling boxes')
  })

  it('is not this layout for themes over bulleted actions, lists out of order, or too few headings', () => {
    const themes = [
      ['1. Recruitment'],
      ['We will:'],
      ['- Advertise every post widely'],
      ['2. Training'],
      ['We will:'],
      ['- Fund a course'],
      ['3. Pay'],
      ['We will:'],
      ['- Review grades'],
    ]
    expect(readNumberedHeadingsOverProse(themes, technicianCommitment)).toBeNull()
    const skipped = pillarPage.filter((row) => row[0] !== '2. Recognition')
    expect(readNumberedHeadingsOverProse(skipped, technicianCommitment)).toBeNull()
    expect(readNumberedHeadingsOverProse(actionPage.slice(0, 7), technicianCommitment)).toBeNull()
    expect(readNumberedHeadingsOverProse([['1. Visibility', 'We will …']], technicianCommitment)).toBeNull()
  })
})

describe('numbered stage headings over their tasks, bullets lost', () => {
  // A library's refurbishment page: each stage a numbered name over the tasks done in it, one task a line.
  const stages = [
    ['How the refurbishment will run'],
    ['The work follows four stages, agreed with staff and readers.'],
    ['1. Plan'],
    ['Survey the building and list what must change'],
    ['Agree the budget with the finance committee'],
    ['2. Consult'],
    ['Hold open evenings for readers, staff and local groups'],
    ['Publish the draft layout online'],
    ['Collect comments for six weeks'],
    ['3. Build'],
    ['Appoint a contractor'],
    ['Move the collection to the temporary site'],
    ['4. Reopen'],
    ['Return the collection to the shelves'],
    ['Invite readers to an opening day, with tours for schools'],
  ]

  it('reads every task line as an action, under its stage as the section', () => {
    const { plan } = tableToPlan(stages)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 24), a.section])).toEqual([
      [null, 'Survey the building and ', 'Plan'],
      [null, 'Agree the budget with th', 'Plan'],
      [null, 'Hold open evenings for r', 'Consult'],
      [null, 'Publish the draft layout', 'Consult'],
      [null, 'Collect comments for six', 'Consult'],
      [null, 'Appoint a contractor', 'Build'],
      [null, 'Move the collection to t', 'Build'],
      [null, 'Return the collection to', 'Reopen'],
      [null, 'Invite readers to an ope', 'Reopen'],
    ])
  })

  it('keeps a heading the action when a line under it is prose, or a heading has only one line', () => {
    const prose = stages.map((row) =>
      row[0] === 'Publish the draft layout online'
        ? ['We will publish the draft layout online. Readers can comment on it there.']
        : row,
    )
    expect(tableToPlan(prose).plan.actions.map((a) => a.title)).toEqual([
      'Plan',
      'Consult',
      'Build',
      'Reopen',
    ])
    const single = stages.filter((row) => row[0] !== 'Appoint a contractor')
    expect(tableToPlan(single).plan.actions.map((a) => a.title)).toEqual([
      'Plan',
      'Consult',
      'Build',
      'Reopen',
    ])
  })

  it('reads goals worded as calls over their own tasks the same way, dated by a tagged year above them', () => {
    const { plan } = tableToPlan([
      ['Community goals'],
      ['Goals for 2030 were agreed last spring; those below are the next set.'],
      ['[DRAFT] 2031'],
      ['1 Widen the volunteer base'],
      ['Recruit 40 new volunteers'],
      ['Run two taster days'],
      ['2 Improve the visitor centre'],
      ['Repaint the exhibition hall'],
      ['Add a quiet room for families'],
      ['3 Strengthen our finances'],
      ['Apply for three new grants'],
      ['Raise membership fees by 5%'],
    ])
    expect(plan.actions.map((a) => [a.title, a.section, a.target.due])).toEqual([
      ['Recruit 40 new volunteers', 'Widen the volunteer base', '2031-12-31'],
      ['Run two taster days', 'Widen the volunteer base', '2031-12-31'],
      ['Repaint the exhibition hall', 'Improve the visitor centre', '2031-12-31'],
      ['Add a quiet room for families', 'Improve the visitor centre', '2031-12-31'],
      ['Apply for three new grants', 'Strengthen our finances', '2031-12-31'],
      ['Raise membership fees by 5%', 'Strengthen our finances', '2031-12-31'],
    ])
  })

  it('keeps "We will" sentences under the headings as their prose', () => {
    const promises = stages.map((row) =>
      /^[A-Z][a-z]+ (?!will)/.test(row[0]!) && !/^\d/.test(row[0]!) && stages.indexOf(row) > 1
        ? [`We will ${row[0]!.charAt(0).toLowerCase()}${row[0]!.slice(1)}`]
        : row,
    )
    expect(tableToPlan(promises).plan.actions.map((a) => a.title)).toEqual([
      'Plan',
      'Consult',
      'Build',
      'Reopen',
    ])
  })
})

describe('pageLines', () => {
  it('joins a line cut at an unquoted comma only when asked, and only while few lines are cut', () => {
    const page = [['Plan'], ['Open a vital', ' new lab'], ['Hire'], ['Train']]
    expect(pageLines(page)).toBeNull()
    expect(pageLines(page, 'join')?.[1]).toEqual({ index: 1, text: 'Open a vital, new lab' })
    expect(pageLines([['a', 'b'], ['c', 'd'], ['e']], 'join')).toBeNull()
  })
})

describe('two numbered goals, each a statement over its tasks', () => {
  // A dean's goals for the year: each goal's name, the sentence stating it, then its tasks, bullets lost.
  const goals = [
    ['School of Engineering'],
    ['Dean’s goals for the year'],
    ['1. Teaching'],
    ['Raise the quality of teaching in every programme.'],
    ['Review each module with its student panel'],
    ['Open a teaching award for technicians'],
    ['Train new lecturers before their first term'],
    ['Publish the module reviews online'],
    ['2. Research'],
    ['Grow research income from outside the county.'],
    ['Appoint a bids officer'],
    ['Visit three funders with the research leads'],
    ['Share equipment with the partner colleges'],
    ['Hold a bids workshop each term'],
  ]

  it('reads each task as an action under its goal, and the goal’s statement as none', () => {
    const { plan } = tableToPlan(goals)
    expect(plan.actions.map((a) => [a.title.slice(0, 22), a.section])).toEqual([
      ['Review each module wit', 'Teaching'],
      ['Open a teaching award ', 'Teaching'],
      ['Train new lecturers be', 'Teaching'],
      ['Publish the module rev', 'Teaching'],
      ['Appoint a bids officer', 'Research'],
      ['Visit three funders wi', 'Research'],
      ['Share equipment with t', 'Research'],
      ['Hold a bids workshop e', 'Research'],
    ])
  })

  it('needs four lines under each of two goals', () => {
    const short = goals.filter(
      (row) => row[0] !== 'Hold a bids workshop each term' && row[0] !== 'Appoint a bids officer',
    )
    expect(readNumberedHeadingsOverProse(short, technicianCommitment)).toBeNull()
  })
})

describe('roman-numbered goals, each over a sentence naming who will act', () => {
  const page = [
    ['Trust Board Priorities'],
    ['2031-2032'],
    ['I. Raise Standards in Every School'],
    ['The Trustees will track a short set of reading and numeracy measures across all primary schools.'],
    ['• Phonics check results'],
    ['• Times tables check results'],
    ['II. Leadership'],
    ['The Trustees will appraise the Chief Executive by 31 July 2032.'],
    ['III. Estates'],
    ['The Finance Committee will agree a ten-year plan for the school buildings.'],
    ['IV. Budget'],
    ['The Trustees will set a balanced budget in the spring term.'],
  ]

  it('reads each sentence as the action, cited by its numeral, owned by its subject, its goal as section', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 30), a.owners, a.section])).toEqual([
      ['I', 'The Trustees will track a shor', ['The Trustees'], 'Raise Standards in Every School'],
      ['II', 'The Trustees will appraise the', ['The Trustees'], 'Leadership'],
      ['III', 'The Finance Committee will agr', ['The Finance Committee'], 'Estates'],
      ['IV', 'The Trustees will set a balanc', ['The Trustees'], 'Budget'],
    ])
    expect(plan.actions[0]?.description).toContain('Phonics check results')
    expect(plan.actions[1]?.target.due).toBe('2032-07-31')
  })

  it('leaves bullets under most headings to the reading of themes over their actions', () => {
    const themes = [
      ['Plan'],
      ['I. Reading'],
      ['The Trustees will track reading.'],
      ['• Buy new books'],
      ['II. Numeracy'],
      ['The Trustees will track numeracy.'],
      ['• Train the maths leads'],
      ['III. Estates'],
      ['The Trustees will agree a plan.'],
    ]
    expect(readNumberedHeadingsOverProse(themes, technicianCommitment)).toBeNull()
  })

  it('keeps roman and arabic numbering apart, and a roman list starting at I', () => {
    const mixed = [
      ['Plan'],
      ['I. Reading'],
      ['The Trustees will track reading.'],
      ['2. Numeracy'],
      ['The Trustees will track numeracy.'],
      ['III. Estates'],
      ['The Trustees will agree a plan.'],
    ]
    expect(readNumberedHeadingsOverProse(mixed, technicianCommitment)).toBeNull()
  })
})

describe('dotted headings over prose, under group labels', () => {
  // A county archive's plan: group labels over dotted headings, one number skipped, one heading in title case
  // ending in a full stop.
  const archive = [
    ['Archive development plan'],
    ['The sections below say what the archive will do next.'],
    ['Part 1: Better records'],
    ['1.1 Digitise the parish registers'],
    ['The records team will scan every register held in the strongroom.'],
    ['1.2 Index the Estate Maps and Tithe Apportionments for Public Search.'],
    ['Volunteers will index the maps by parish and landowner.'],
    ['Part 2: Outreach'],
    ['2.1 Open a reading room on Saturdays'],
    ['The archive will open one Saturday a month from spring.'],
    ['2.3 Run a Schools Programme with the County Library Service'],
    ['Teachers asked for sessions on local history.'],
  ]

  it('reads each dotted heading as an action, its group label as the section', () => {
    const { plan } = tableToPlan(archive)
    expect(plan.actions.map((a) => [a.ref, a.title, a.section])).toEqual([
      ['1.1', 'Digitise the parish registers', 'Better records'],
      ['1.2', 'Index the Estate Maps and Tithe Apportionments for Public Search.', 'Better records'],
      ['2.1', 'Open a reading room on Saturdays', 'Outreach'],
      ['2.3', 'Run a Schools Programme with the County Library Service', 'Outreach'],
    ])
    expect(plan.actions[0]?.description).toBe(
      'The records team will scan every register held in the strongroom.',
    )
    expect(plan.title).toBe('Archive development plan')
  })

  it('reads headings numbered "1.0", "2.0" as one list', () => {
    const { plan } = tableToPlan([
      ['Records policy: next steps'],
      ['1.0 Adopting the policy'],
      ['The policy takes effect once the board approves it.'],
      ['2.0 Appointing a Records Officer and an Assistant for the Whole Council'],
      ['The council will advertise the post in the autumn.'],
      ['3.0 Training staff'],
      ['Every team will attend a short course by June 2026.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1.0', 'Adopting the policy'],
      ['2.0', 'Appointing a Records Officer and an Assistant for the Whole Council'],
      ['3.0', 'Training staff'],
    ])
  })

  it('reads labelled dotted headings, and the lead line under each as its owners without their affiliations', () => {
    const { plan } = tableToPlan([
      ['Shared research programme'],
      ['Strand 1: Data'],
      ['Work Stream 1.1: Shared catalogue'],
      ['Work Stream Leader: Dana Reyes, Northfield University, Leeds and Ola Berg, Fjord Institute, Bergen.'],
      ['This stream will build one catalogue of the partners’ data sets.'],
      ['Work Stream 1.2: Open formats'],
      ['Work Stream Leader: Priya Nair, Coast College.'],
      ['This stream will convert the legacy files to open formats.'],
      ['Strand 2: Training'],
      ['Work Stream 2.1: Summer school'],
      ['Work Stream Leader: Tom Eze, Hill University.'],
      ['A yearly summer school will train new users of the tools.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.section])).toEqual([
      ['1.1', 'Shared catalogue', ['Dana Reyes', 'Ola Berg'], 'Data'],
      ['1.2', 'Open formats', ['Priya Nair'], 'Data'],
      ['2.1', 'Summer school', ['Tom Eze'], 'Training'],
    ])
    expect(plan.actions[0]?.description).toBe(
      'This stream will build one catalogue of the partners’ data sets.',
    )
  })

  it('leaves a dotted list of sentences alone: each line ends a long sentence in lower case', () => {
    const lines = [
      ['Notes'],
      [
        '1.1 The group met in the library and agreed that the minutes of the last meeting were a fair record.',
      ],
      ['Nothing else was raised.'],
      ['1.2 The treasurer reported that the accounts for the year had been sent to the examiner last week.'],
      ['Members thanked her.'],
      ['1.3 The chair said that the next meeting would be held in the village hall after the summer fair.'],
      ['No one objected.'],
    ]
    expect(readNumberedHeadingsOverProse(lines, technicianCommitment)).toBeNull()
  })
})
