import { describe, expect, it } from 'vitest'
import { isDocumentPartHeading } from './isDocumentPartHeading'
import { isQuotedDutyList } from './isQuotedDutyList'
import { isReferenceList } from './isReferenceList'
import { listsBesideActionList } from './listsBesideActionList'
import { listsUnderLeadIns } from './listsUnderLeadIns'
import { rowsNotActions } from './rowsNotActions'
import { tableToPlan } from './tableToPlan'

const titles = (rows: string[][]) => tableToPlan(rows).plan.actions.map((action) => action.title)

describe('rowsNotActions: lists a careful reader skips', () => {
  it('leaves out the duties a law sets, quoted above the plan’s own objectives', () => {
    const rows = [
      ['Our equality objectives'],
      ['The Equality Act obliges councils and colleges to have due regard to the need to:'],
      ['• get rid of unfair treatment in hiring'],
      ['• promote fair chances for all'],
      ['Listed bodies are also required by the regulations to:'],
      ['• Publish a staff profile every year'],
      ['• Publish new objectives every four years'],
      ['This year we have chosen two objectives:'],
      ['• Widen the pool of applicants for technical posts'],
      ['• Train every panel chair in fair recruitment'],
    ]
    expect(titles(rows)).toEqual([
      'Widen the pool of applicants for technical posts',
      'Train every panel chair in fair recruitment',
    ])
    const result = tableToPlan(rows)
    expect(
      result.issues.filter((issue) => issue.code === 'list-not-actions').map((issue) => issue.row),
    ).toEqual([3, 6])
    expect(result.explanation.rows.filter((row) => row.kind === 'skipped').map((row) => row.row)).toEqual([
      3, 4, 6, 7,
    ])
  })

  it.each([
    ['The Public Sector Equality Duty requires us to:', ['Run a pay audit', 'Publish the results'], false],
    ['The duty requires listed bodies to:', ['Run a pay audit', 'Publish the results'], true],
    ['In line with the Equality Act we will:', ['Run a pay audit', 'Publish the results'], false],
    [
      'We keep in mind three things:',
      [
        'Eliminating discrimination in all we do',
        'Advancing equality of opportunity for students',
        'Tidy the lab',
      ],
      true,
    ],
  ])('under "%s" the list is quoted: %s', (lead, items, quoted) => {
    const rows = [[lead], ...items.map((item) => [`- ${item}`])]
    const [list] = listsUnderLeadIns(rows, 0)
    expect(isQuotedDutyList(list!)).toBe(quoted)
  })

  it('leaves out a list of the protected characteristics, but not work planned for each', () => {
    const named = [
      ['The plan covers:'],
      ['• Age'],
      ['• Disability'],
      ['• Religion or belief (including none)'],
      ['• Sex'],
    ]
    expect(isReferenceList(listsUnderLeadIns(named, 0)[0]!)).toBe(true)
    const planned = [
      ['For each group:'],
      ['• Age: mentor older starters'],
      ['• Disability: audit the lifts'],
      ['• Sex: publish the pay gap'],
    ]
    expect(isReferenceList(listsUnderLeadIns(planned, 0)[0]!)).toBe(false)
  })

  it('leaves out goals and measures beside the list named as the actions', () => {
    const rows = [
      ['Aim 2:'],
      ['- Staff who feel they belong'],
      ['Outcomes'],
      ['- More staff stay beyond two years'],
      ['Actions'],
      ['- Start a buddy scheme for new technicians'],
      ['- Hold a yearly belonging survey'],
      ['Success measures:'],
      ['- Survey score up by ten points'],
    ]
    expect(titles(rows)).toEqual([
      'Start a buddy scheme for new technicians',
      'Hold a yearly belonging survey',
    ])
  })

  it('keeps goals when no line names the actions', () => {
    const rows = [
      ['Goals'],
      ['- Start a buddy scheme'],
      ['- Hold a survey'],
      ['Measures'],
      ['- Survey score up'],
    ]
    expect(listsBesideActionList(listsUnderLeadIns(rows, 0), rows)).toEqual([])
    expect(rowsNotActions(rows, 0).rows.size).toBe(0)
  })

  it('does not take a title naming priorities and goals together for the label of the actions', () => {
    const rows = [['Priorities and goals 2024'], ['Goals:'], ['1. Train all staff'], ['2. Map every skill']]
    expect(rowsNotActions(rows, 0).rows.size).toBe(0)
  })
})

describe('rowsNotActions: reasons, findings and aims beside a list of actions', () => {
  it('leaves out the reasons for an objective and an award panel’s findings', () => {
    const rows = [
      ['Why did we pick this objective?'],
      ['- Girls’ maths scores fell two years running'],
      ['- Fewer girls choose A-level maths'],
      ['The assessors noted areas for improvement:'],
      ['- slow progress on data'],
      ['Next we will:'],
      ['- Run a maths club for girls in Year 9'],
      ['- Invite women engineers to speak each term'],
    ]
    expect(titles(rows)).toEqual([
      'Run a maths club for girls in Year 9',
      'Invite women engineers to speak each term',
    ])
  })

  it('leaves out a paragraph of reasons under a question asking why, but not a short line or a list', () => {
    const rows = [
      ['Our school aims'],
      ['Aim One'],
      ['To widen who joins our clubs after school'],
      ['Why did we pick this aim?'],
      ['Last year few pupils from the villages came to clubs, because the late bus had been cut.'],
      ['Head of year to survey families about club times.'],
      ['Office to book a late bus twice a week.'],
      ['Aim Two'],
      ['To close the gap in reading for boys'],
      ['Why did we pick this aim?'],
      ['Boys read less at home than girls do, by their own account in the survey we ran.'],
      ['English lead to buy new books chosen by boys.'],
    ]
    expect(titles(rows)).toEqual([
      'Head of year to survey families about club times.',
      'Office to book a late bus twice a week.',
      'English lead to buy new books chosen by boys.',
    ])
    expect(rowsNotActions([['Background:'], ['Run a club']], 0).rows.size).toBe(0)
  })

  it('reads commitments as aims beside a list labelled as the actions, and monitoring as measures', () => {
    const rows = [
      ['Commitments:'],
      ['- A workplace where carers thrive'],
      ['Actions:'],
      ['- Write a carers’ leave policy'],
      ['- Set up a carers’ network'],
      ['Monitoring and evaluation:'],
      ['- Count network members each year'],
    ]
    expect(titles(rows)).toEqual(['Write a carers’ leave policy', 'Set up a carers’ network'])
  })

  it('keeps commitments when no list is labelled as the actions', () => {
    const rows = [['Commitments:'], ['- Write a carers’ leave policy'], ['- Set up a carers’ network']]
    expect(rowsNotActions(rows, 0).rows.size).toBe(0)
  })
})

describe('rowsNotActions: numbered headings of a document’s parts', () => {
  it.each([
    ['1. Introduction and Context', true],
    ['2 Governance and Responsibilities', true],
    ['3. Targets and Objectives', true],
    ['4. Introduction of a mentoring scheme', false],
    ['Introduction and Context', false],
  ])('%s is a heading: %s', (text, heading) => {
    expect(isDocumentPartHeading(text)).toBe(heading)
  })

  it('reads a climate plan’s numbered parts and its targets as no actions, beside its action areas', () => {
    const rows = [
      ['School Climate Plan'],
      ['1. Introduction and Context'],
      ['This plan sets out how the school will cut its emissions.'],
      ['2. Targets and Objectives'],
      ['By 2030 the school aims to reach:'],
      ['- Half the gas use of 2020'],
      ['- No single-use plastic in the canteen'],
      ['3. Key Action Areas'],
      ['- Insulate the sports hall roof'],
      ['- Replace the boilers with heat pumps'],
    ]
    expect(titles(rows)).toEqual(['Insulate the sports hall roof', 'Replace the boilers with heat pumps'])
  })
})
