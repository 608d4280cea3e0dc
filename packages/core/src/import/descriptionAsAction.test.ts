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

  it('leaves a "Background" column beside an action column alone', () => {
    const { plan } = tableToPlan([
      ['Action', 'Background', 'Lead'],
      ['Publish the rota online', 'Staff asked for it in the survey', 'Sam'],
    ])
    expect(plan.actions[0]?.title).toBe('Publish the rota online')
    expect(plan.actions[0]?.description).toBe('Staff asked for it in the survey')
  })
})
