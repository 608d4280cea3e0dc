import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// Action logs and trackers with no action column: an ID or number, a description, who and when.
describe('a description column read as the action when no column names the action', () => {
  it.each([
    {
      layout: 'a team action log: "Action ID | Action description | Owner | Target date"',
      rows: [
        ['Actions'],
        ['Action ID', 'Action description', 'Owner', 'Target date'],
        ['LAB-01', 'Recalibrate the fume cupboard sensors', 'Nadia', '14-03-2026'],
        ['LAB-02', 'Archive the old sample register', 'Ruth, Omar', '30-04-2026'],
      ],
      titles: ['Recalibrate the fume cupboard sensors', 'Archive the old sample register'],
      owners: [['Nadia'], ['Ruth', 'Omar']],
    },
    {
      layout: 'a committee tracker: "Action # | Description | Responsible"',
      rows: [
        ['Action #', 'Description', 'Responsible'],
        ['1', 'Circulate the revised terms of reference', 'Chair'],
        ['2', 'Invite the workshop managers to the next meeting', 'Secretary'],
      ],
      titles: [
        'Circulate the revised terms of reference',
        'Invite the workshop managers to the next meeting',
      ],
      owners: [['Chair'], ['Secretary']],
    },
    {
      layout: 'a business plan under its objectives: "Specific Actions | Timescale | Lead"',
      rows: [
        ['Safeguarding board business plan'],
        ['OBJECTIVES:'],
        ['Fewer families reach crisis before help arrives'],
        ['Specific Actions', 'Timescale', 'Lead', 'RAG rating'],
        ['1. Map the early help offer of every partner', 'By June 2031', 'Board manager', ''],
        ['2. Train front-door staff on the new referral form', 'By March 2032', 'Training lead', ''],
      ],
      titles: [
        'Map the early help offer of every partner',
        'Train front-door staff on the new referral form',
      ],
      owners: [['Board manager'], ['Training lead']],
    },
    {
      layout: 'a school board\'s tables of the year\'s key actions: "Key Actions (2030-31) | Look Fors"',
      rows: [
        ['Strategic priority: Wellbeing'],
        ['School and Classroom'],
        ['Key Actions (2030-31)', 'Look Fors'],
        ['4.1 Staff plan daily movement breaks in every class.', ''],
        ['System'],
        ['Key Actions (2030-31)', 'Look Fors'],
        ['4.2 Leaders review the wellbeing survey with each school.', 'Survey used in school plans'],
      ],
      titles: [
        'Staff plan daily movement breaks in every class.',
        'Leaders review the wellbeing survey with each school.',
      ],
      owners: [[], []],
    },
    {
      layout: 'a work package task list: "Task Code | Task Desc | People"',
      rows: [
        ['Task Code', 'Task Desc', 'People'],
        ['WP2.T1', 'Install the new cluster nodes', 'JB'],
        ['WP2.T2', 'Benchmark the storage array', 'JB, KM'],
      ],
      titles: ['Install the new cluster nodes', 'Benchmark the storage array'],
      owners: [['JB'], ['JB', 'KM']],
    },
  ])('$layout', ({ rows, titles, owners }) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.title)).toEqual(titles)
    expect(plan.actions.map((a) => a.owners)).toEqual(owners)
  })

  it('dates each key action by the period its header gives in brackets, and cites it by its number', () => {
    const { plan } = tableToPlan([
      ['Strategic priority: Wellbeing'],
      ['Key Actions (2030-31)', 'Look Fors'],
      ['4.1 Staff plan daily movement breaks in every class.', ''],
      ['4.2 Leaders review the wellbeing survey with each school.', 'Survey used in school plans'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.target.due, a.successMeasures])).toEqual([
      ['4.1', '2031-07-31', []],
      ['4.2', '2031-07-31', ['Survey used in school plans']],
    ])
  })

  it('leaves a "Background" column beside an action column alone', () => {
    const { plan } = tableToPlan([
      ['Action', 'Background', 'Lead'],
      ['Publish the rota online', 'Staff asked for it in the survey', 'Sam'],
    ])
    expect(plan.actions[0]?.title).toBe('Publish the rota online')
    expect(plan.actions[0]?.description).toBe('Staff asked for it in the survey')
  })
})
