import { describe, expect, it } from 'vitest'
import type { ColumnProfile } from './assignColumns'
import { actionColumnChoice, namesItem } from './actionColumnChoice'
import { tableToPlan } from './tableToPlan'

// One test of each row of the table in actionColumnChoice: what the column headed as the action holds, which
// column is then the action, and what the headed column gives.

// Action logs and trackers with no action column: an ID or number, a description, who and when.
describe('description: a description column read as the action when no column names the action', () => {
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

describe('descriptionBesideName: a short name column beside a longer description is the item', () => {
  it.each([
    {
      layout: 'a portfolio list: "Project Name | Teams | Owner | Description | Status"',
      rows: [
        ['Programme board'],
        ['Project Name', 'Teams', 'Owner', 'Description', 'Status'],
        [
          'Replace the booking system',
          'IT, estates',
          'Ola Reyes',
          'Move every room and desk booking to one supported tool before the old licence ends.',
          'In progress',
        ],
        [
          'Open the second workshop',
          'estates, finance',
          'Tom Lindqvist',
          'Fit out the west bay as a second workshop, with its own safety sign-off and tools.',
          'Done',
        ],
      ],
    },
    {
      layout: 'a work list: "Item title | Lead | Description | Due"',
      rows: [
        ['Facilities work list'],
        ['Item title', 'Lead', 'Description', 'Due'],
        [
          'Replace the booking system',
          'Ola Reyes',
          'Move every room and desk booking to one supported tool before the old licence ends.',
          'June 2031',
        ],
        [
          'Open the second workshop',
          'Tom Lindqvist',
          'Fit out the west bay as a second workshop, with its own safety sign-off and tools.',
          'May 2032',
        ],
      ],
    },
    {
      layout: 'a bare "Name" beside an owner column: "Name | Teams | Responsible | Description | Status"',
      rows: [
        ['Estates projects'],
        ['Name', 'Teams', 'Responsible', 'Description', 'Status'],
        [
          'Replace the booking system',
          'IT',
          'Ola Reyes',
          'Move every room and desk booking to one supported tool before the old licence ends.',
          'On track',
        ],
        [
          'Open the second workshop',
          'estates, finance',
          'Tom Lindqvist',
          'Fit out the west bay as a second workshop, with its own safety sign-off and tools.',
          'Complete',
        ],
      ],
    },
  ])('$layout', ({ rows }) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Replace the booking system',
      'Open the second workshop',
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Ola Reyes'], ['Tom Lindqvist']])
    expect(plan.actions[0]?.description).toMatch(/^Move every room/)
  })

  it("leaves the description the action beside a contact's name", () => {
    const { plan } = tableToPlan([
      ['Contact name', 'Description', 'Due date'],
      ['Ola Reyes', 'Move every room and desk booking to one supported tool', '30/06/2031'],
    ])
    expect(plan.actions[0]?.title).toBe('Move every room and desk booking to one supported tool')
  })

  it('leaves a bare "Name" alone when no other column names the owners', () => {
    const { plan } = tableToPlan([
      ['Name', 'Description', 'Due date'],
      ['Ola Reyes', 'Move every room and desk booking to one supported tool', '30/06/2031'],
    ])
    expect(plan.actions[0]?.title).toBe('Move every room and desk booking to one supported tool')
  })

  it.each([
    {
      layout: 'a product roadmap: "Group | Name | Description | Status"',
      rows: [
        ['Group', 'Name', 'Description', 'Status'],
        ['Mobile', '', 'Work on the phone and tablet apps', ''],
        [
          '',
          'Offline mode 2.0',
          'Let field staff record visits with no signal and sync them later.',
          'Future',
        ],
        ['', 'Sync: conflict warnings', '', 'Released'],
        [
          '',
          'Dark theme for the tablet app',
          'Offer a dark colour scheme that follows the device setting.',
          'Preview',
        ],
      ],
      titles: ['Offline mode 2.0', 'Sync: conflict warnings', 'Dark theme for the tablet app'],
      states: ['not-started', 'complete', 'in-progress'],
    },
    {
      layout: 'a feature list: "Theme | Name | Description | Status | Tags"',
      rows: [
        ['Theme', 'Name', 'Description', 'Status', 'Tags'],
        [
          'Reporting',
          'Bulk export to spreadsheet',
          'Download every record in a filtered view as one workbook for reporting.',
          'Near-term',
          'export',
        ],
        [
          'Records',
          'Audit trail v3',
          'Record who changed each field and when, and show it beside the record.',
          'In beta',
          'security, audit',
        ],
        [
          '',
          'Search: saved filters',
          'Keep a filter set under a name and reuse it from the home page.',
          'Released',
          'search',
        ],
      ],
      titles: ['Bulk export to spreadsheet', 'Audit trail v3', 'Search: saved filters'],
      states: ['not-started', 'in-progress', 'complete'],
    },
  ])(
    'reads a bare "Name" naming no one as the item beside its description: $layout',
    ({ rows, titles, states }) => {
      const { plan } = tableToPlan(rows)
      expect(plan.actions.map((a) => a.title)).toEqual(titles)
      expect(plan.actions[0]?.description).toMatch(/^(?:Let field staff|Download every record)/)
      expect(plan.actions.map((a) => a.status.state)).toEqual(states)
    },
  )

  it.each([
    ['Programme', 'Objective'],
    ['Current projects', 'Objective'],
    ['Project', 'Objectives'],
  ])('reads "%s | %s" as the work item beside what it is for', (item, purpose) => {
    const { plan } = tableToPlan([
      ['Estates delivery report'],
      [item, purpose, 'Expected finish'],
      ['Library roof renewal', 'To keep the reading rooms dry and open through the winter months', 'Oct-27'],
      ['Staff car park lighting', 'To make the walk to and from the car park safer after dark', 'Mar-28'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual(['Library roof renewal', 'Staff car park lighting'])
    expect(plan.actions[0]?.description).toMatch(/^To keep the reading rooms dry/)
    expect(plan.actions[1]?.target.due).toBe('2028-03-31')
  })

  it('keeps the objective the action beside a longer project column', () => {
    const profileOf = (c: number) => ({ averageWords: c === 0 ? 20 : 6 }) as ColumnProfile
    const view = {
      fields: new Map([['title', 1] as const]),
      headers: ['Project', 'Objective'],
      profileOf,
      cellsOf: () => [],
      free: [0],
    }
    expect(actionColumnChoice('descriptionBesideName', view)).toBe(null)
  })

  it('keeps the description the action when the name column is the longer one', () => {
    const profileOf = (c: number) => ({ averageWords: c === 0 ? 20 : 4 }) as ColumnProfile
    const headers = ['Project name', 'Description']
    const fields = new Map([['title', 1] as const])
    const view = { fields, headers, profileOf, cellsOf: () => [], free: [0] }
    expect(actionColumnChoice('descriptionBesideName', view)).toBe(null)
    const shorter = (c: number) => ({ averageWords: c === 0 ? 3 : 18 }) as ColumnProfile
    expect(actionColumnChoice('descriptionBesideName', { ...view, profileOf: shorter })).toEqual({
      action: 0,
      headed: 1,
      gives: 'description',
    })
  })

  it.each([
    ['Project Name', true],
    ['Work item title', true],
    ['Name', true],
    ['Owner name', false],
    ['Full name', false],
    ['Job title', false],
    ['Surname', false],
    ['Name of the project lead and deputy', false],
  ])('namesItem(%j) is %j', (header, expected) => {
    expect(namesItem(header)).toBe(expected)
  })
})

describe('stepsBesideItems: prose items under a ref-like header, beside the column saying how', () => {
  const cases: { name: string; rows: string[][]; want: [string | null, string, string][] }[] = [
    {
      name: '"Item" over the things to be made better, "Action" over the steps',
      rows: [
        ['Item', 'Action', 'When'],
        ['Step-free route to the science labs', 'Ramp fitted at the side door and rails added', 'June 2026'],
        ['Quiet room for students who need one', 'Spare office cleared and furnished', 'Completed'],
      ],
      want: [
        [null, 'Step-free route to the science labs', 'Ramp fitted at the side door and rails added'],
        [null, 'Quiet room for students who need one', 'Spare office cleared and furnished'],
      ],
    },
    {
      name: 'an unlabelled first column of numbered requirements under numbered sub-headings',
      rows: [
        ['', 'Action', 'Responsibility', 'Timescale'],
        ['2.1. Supporting technical careers', '', '', ''],
        [
          '2.1.1. A clear route to promotion for technicians',
          'Publish the grade criteria online',
          'HR',
          'May 2026',
        ],
        [
          '2.1.2. Mentors for every new technician',
          'Pair each starter with a senior technician',
          'Lab Lead',
          'Sept 2026',
        ],
      ],
      want: [
        ['2.1.1', 'A clear route to promotion for technicians', 'Publish the grade criteria online'],
        ['2.1.2', 'Mentors for every new technician', 'Pair each starter with a senior technician'],
      ],
    },
  ]
  for (const { name, rows, want } of cases) {
    it(`reads the item as the action: ${name}`, () => {
      const { plan } = tableToPlan(rows)
      expect(plan.actions.map((a) => [a.ref, a.title, a.description])).toEqual(want)
    })
  }

  it('reads short item names as the actions when no header names the action column ("Item | What | By whom")', () => {
    const { plan } = tableToPlan([
      ['Open day checklist'],
      ['Due', 'Item', 'What', 'By whom', 'Progress'],
      ['', 'Catering', 'Book the caterers and agree a menu', 'Office', 'Done'],
      ['01/03/2031', 'Room plan', 'Agree which rooms each department uses', 'Head of Estates', 'Done'],
      ['15/03/2031', 'Welcome talk', 'Write and rehearse the welcome talk', 'Principal', ''],
      ['20/03/2031', 'Signs for the car park', 'Print the signs and put them up', 'Office', ''],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.description, a.target.due])).toEqual([
      [null, 'Catering', 'Book the caterers and agree a menu', null],
      [null, 'Room plan', 'Agree which rooms each department uses', '2031-03-01'],
      [null, 'Welcome talk', 'Write and rehearse the welcome talk', '2031-03-15'],
      [null, 'Signs for the car park', 'Print the signs and put them up', '2031-03-20'],
    ])
  })

  it('keeps short labelled numbers under a number header as they are ("Action #" beside "Description")', () => {
    const { plan } = tableToPlan([
      ['Topic', 'Raised', 'Action #', 'Description', 'Lead', 'Status'],
      ['Rooms', '05/03/31', 'Action 1', 'Collect the room bookings for the term', 'Registrar', 'Done'],
      [
        'Timetable',
        '05/03/31',
        'Action 2',
        'Send the timetable to the heads of department',
        'Registrar',
        'Done',
      ],
      ['Exams', '05/10/31', 'Action 1', 'Check the exam halls for the summer', 'Estates', 'Done'],
    ])
    expect(plan.actions.map((a) => a.title)).not.toContain('Action 2')
  })

  it('keeps a ref column that holds refs', () => {
    const { plan } = tableToPlan([
      ['Item', 'Action', 'When'],
      ['1', 'Fit a ramp at the side door', 'June 2026'],
      ['2', 'Clear a quiet room', 'May 2026'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Fit a ramp at the side door'],
      ['2', 'Clear a quiet room'],
    ])
  })
})

describe('names: an "Action" column of names beside prose items', () => {
  const cases: {
    name: string
    rows: string[][]
    want: { ref: string | null; title: string; owners: string[] }[]
  }[] = [
    {
      name: 'a club committee\'s list: "No. | Item | Year | Action | Done %"',
      rows: [
        ['Club committee priorities'],
        ['No.', 'Item', 'Year', 'Action', 'Done %'],
        ['1', 'Repaint the pavilion and replace the broken guttering', '2031', 'Secretary', '50'],
        ['2', 'Set up a junior section with two trained coaches', '2032', 'Chair + Treasurer', '0'],
        ['3', 'Agree a new lease for the lower field with the landowner', '2031', 'Treasurer', '100'],
      ],
      want: [
        { ref: '1', title: 'Repaint the pavilion and replace the broken guttering', owners: ['Secretary'] },
        {
          ref: '2',
          title: 'Set up a junior section with two trained coaches',
          owners: ['Chair', 'Treasurer'],
        },
        {
          ref: '3',
          title: 'Agree a new lease for the lower field with the landowner',
          owners: ['Treasurer'],
        },
      ],
    },
    {
      name: 'a "Task" column naming the people, the work under "Topic", no numbers',
      rows: [
        ['Topic', 'Task', 'By'],
        ['Move the shared drive to the new storage service', 'IT Manager', 'March 2030'],
        ['Write a short guide for new starters on booking rooms', 'Office Manager / Jo Bell', 'May 2030'],
      ],
      want: [
        { ref: null, title: 'Move the shared drive to the new storage service', owners: ['IT Manager'] },
        {
          ref: null,
          title: 'Write a short guide for new starters on booking rooms',
          owners: ['Office Manager', 'Jo Bell'],
        },
      ],
    },
    {
      name: 'minutes numbering each item over a wide gap, an unheaded item column beside "Action" initials',
      rows: [
        ['Notes of the pavilion group, 4 May'],
        ['', 'Action'],
        ['1.                    Summer fete: Stall holders have been contacted again.', 'RT'],
        [
          '2.                    Car park: The potholes by the gate were noted and quotes will be sought.',
          'KL\nRT',
        ],
        ['3.                    Tea rota: The rota for June was agreed with two new helpers.', 'All'],
      ],
      want: [
        { ref: '1', title: 'Summer fete: Stall holders have been contacted again.', owners: ['RT'] },
        {
          ref: '2',
          title: 'Car park: The potholes by the gate were noted and quotes will be sought.',
          owners: ['KL', 'RT'],
        },
        { ref: '3', title: 'Tea rota: The rota for June was agreed with two new helpers.', owners: ['All'] },
      ],
    },
    {
      name: 'minutes with "Item" over the numbers and the unheaded text, "Action" first names of those present',
      rows: [
        ['Allotment society committee'],
        ['Present: Maria Lopez, Tom Reed, Priya Shah'],
        ['Item', '', 'Action'],
        ['1.', 'Water troughs – two are leaking and need new valves before the summer', 'Tom'],
        ['2.', 'Open day – stalls booked, posters to go up in the library next week', 'Priya\nMaria'],
        ['3.', 'Rent review – the council proposes a small rise from next April', 'Maria / Tom'],
      ],
      want: [
        {
          ref: '1',
          title: 'Water troughs – two are leaking and need new valves before the summer',
          owners: ['Tom'],
        },
        {
          ref: '2',
          title: 'Open day – stalls booked, posters to go up in the library next week',
          owners: ['Priya', 'Maria'],
        },
        {
          ref: '3',
          title: 'Rent review – the council proposes a small rise from next April',
          owners: ['Maria', 'Tom'],
        },
      ],
    },
    {
      name: 'a club\'s minutes: "Item | Description | Action", the initials under "Action"',
      rows: [
        ['Committee minutes, May'],
        ['Item', 'Description', 'Action'],
        ['1', 'New nets for the practice pitch, the old ones are torn and unsafe', 'GH'],
        ['2', 'Summer tournament entries to be collected before the end of June', 'PL & GH'],
      ],
      want: [
        {
          ref: '1',
          title: 'New nets for the practice pitch, the old ones are torn and unsafe',
          owners: ['GH'],
        },
        {
          ref: '2',
          title: 'Summer tournament entries to be collected before the end of June',
          owners: ['PL', 'GH'],
        },
      ],
    },
  ]
  it.each(cases)('$name', ({ rows, want }) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => ({ ref: a.ref, title: a.title, owners: a.owners }))).toEqual(want)
  })

  it('keeps the "Action" column beside a "Description" when its cells are work, not names', () => {
    const { plan } = tableToPlan([
      ['Item', 'Description', 'Action'],
      ['1', 'The practice nets are torn and unsafe for juniors', 'Order new nets from the supplier'],
      ['2', 'Entries for the summer tournament are slow to come in', 'Remind the captains at training'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Order new nets from the supplier',
      'Remind the captains at training',
    ])
  })

  it('keeps an "Action" column of steps as the action when no column beside it is prose', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action', 'Lead'],
      ['1', 'Publish the timetable online', 'Registry'],
      ['2', 'Train the front desk on the new system', 'Estates'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Publish the timetable online', ['Registry']],
      ['Train the front desk on the new system', ['Estates']],
    ])
  })
})

describe('numbers: an action column of numbers beside the action text', () => {
  it('reads the "Title" column as the action when the "Activity" column only numbers the rows, the codes as refs', () => {
    const { plan } = tableToPlan([
      ['Our research programme is split into these strands:'],
      ['Activity', 'Package', 'Title', 'Lead partner', 'Outputs'],
      ['1', 'RS1000', 'Soil moisture sensing', 'Northfield University', 'R-1'],
      ['2', 'RS2000', 'Field trial design', 'Northfield University', 'R-2 and R-3'],
      ['3', 'RS3000', 'Drone survey of the test plots', 'AirMap Ltd', 'R-4'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['RS1000', 'Soil moisture sensing', ['Northfield University']],
      ['RS2000', 'Field trial design', ['Northfield University']],
      ['RS3000', 'Drone survey of the test plots', ['AirMap Ltd']],
    ])
  })

  it('keeps the row numbers as refs when no column holds codes', () => {
    const { plan } = tableToPlan([
      ['Task', 'Owner', 'Title'],
      ['1', 'Estates', 'Refit the east stores'],
      ['2', 'Library', 'Digitise the map room'],
      ['3', 'Estates', 'Replace the loading bay doors'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Refit the east stores'],
      ['2', 'Digitise the map room'],
      ['3', 'Replace the loading bay doors'],
    ])
  })

  it('reads an "Action Item | Description" table of item numbers as refs beside the actions', () => {
    const { plan } = tableToPlan([
      ['Working group notes, 3 June'],
      ['Action Item', 'Description'],
      ['12.1', 'Review the draft charter before the next call'],
      ['12.2', 'Collect the survey answers from each lab'],
      ['12.3', 'Send the budget summary to the steering group'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['12.1', 'Review the draft charter before the next call'],
      ['12.2', 'Collect the survey answers from each lab'],
      ['12.3', 'Send the budget summary to the steering group'],
    ])
  })

  it('reads refs with a capital letter after a dotted number ("3.2A") under a header spanning them and the text', () => {
    const { plan } = tableToPlan([
      ['Countryside partnership action plan'],
      ['Action', '', 'Milestones', 'Status'],
      ['3.2A', 'Survey the hedgerows along the river corridor', '2016', 'Ongoing'],
      ['3.2B', 'Restore two dry-stone walls with volunteer groups', '2017', ''],
      ['3.2C', 'Publish a guide to the traditional field barns', '2018', ''],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['3.2A', 'Survey the hedgerows along the river corridor'],
      ['3.2B', 'Restore two dry-stone walls with volunteer groups'],
      ['3.2C', 'Publish a guide to the traditional field barns'],
    ])
  })

  it('reads a tracker under a lone heading: numbers, a status word, then the text, each card on a row', () => {
    const { plan } = tableToPlan([
      ['Audit follow-up, spring visit'],
      ['Recommendations'],
      [
        '1',
        'Completed',
        'The auditors advise that the college should: publish its fire drill records each term',
        'Head of Estates',
      ],
      [
        '2',
        'Withdrawn',
        'The auditors advise that the college should: replace the ageing boiler in the east block',
        'Head of Estates',
      ],
      [
        '3',
        'Completed',
        'The auditors advise that the college should: train every porter in first aid by the summer',
        'Head of Security',
      ],
      [
        '4',
        'Completed',
        'The auditors advise that the college should: mark the fire exits in the library',
        'Head of Estates',
      ],
      [
        '5',
        'Completed',
        'The auditors advise that the college should: test the alarms in the sports hall monthly',
        'Head of Security',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 45), a.owners, a.status.state])).toEqual([
      ['1', 'The auditors advise that the college should: ', ['Head of Estates'], 'complete'],
      ['2', 'The auditors advise that the college should: ', ['Head of Estates'], 'cancelled'],
      ['3', 'The auditors advise that the college should: ', ['Head of Security'], 'complete'],
      ['4', 'The auditors advise that the college should: ', ['Head of Estates'], 'complete'],
      ['5', 'The auditors advise that the college should: ', ['Head of Security'], 'complete'],
    ])
  })
})

describe('numbersBesideUnheadedItems: a header of any word over numbers and the items beside them', () => {
  it('reads the items beside the numbers as the actions, the update column right of them as progress', () => {
    const { plan } = tableToPlan([
      ['Commitment 2: open up the grants register'],
      ['Progress to March 2026'],
      ['Key milestones', '', 'Latest news', 'Status'],
      [
        '1',
        'Agree the data fields with funders',
        'Held two sessions with the funders group in May and agreed a draft list',
        'Done',
      ],
      [
        '2',
        'Publish a first register',
        'The register went live in the autumn with the fields agreed earlier',
        'Done',
      ],
      [
        '3',
        'Collect feedback from users',
        'A short survey is open and a first summary of answers is due in spring',
        'In progress',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.status.state])).toEqual([
      ['1', 'Agree the data fields with funders', 'complete'],
      ['2', 'Publish a first register', 'complete'],
      ['3', 'Collect feedback from users', 'in-progress'],
    ])
  })
})

describe('actionColumnChoice: the table read directly', () => {
  const profile = (averageWords: number, refs: number): ColumnProfile =>
    ({ filled: 3, averageWords, refs }) as ColumnProfile

  it('gives the description column the action when no column names it', () => {
    const fields = new Map([
      ['ref', 0],
      ['description', 1],
    ] as const)
    const view = { fields, headers: ['Action ID', 'Action description'], ignored: new Set<never>() }
    expect(actionColumnChoice('description', view)).toEqual({ action: 1, headed: 1, gives: 'title' })
  })

  it('gives the numbers under the action header the ref, or extra beside a ref column', () => {
    const headers = ['Action', '', 'Lead']
    const profileOf = (c: number) => (c === 0 ? profile(1, 1) : profile(9, 0))
    const fields = new Map([['title', 0] as const])
    expect(actionColumnChoice('numbers', { fields, headers, profileOf })).toEqual({
      action: 1,
      headed: 0,
      gives: 'ref',
    })
  })

  describe('numbersBesideUnheadedItems', () => {
    const fields = new Map()
    const items = (refs: number, averageWords: number, filled = 4): ColumnProfile =>
      ({ filled, refs, dates: 0, statuses: 0, averageWords }) as ColumnProfile
    const profiles = [items(1, 1), items(0, 4), items(0, 15)]
    const choose = (
      headers: string[],
      columns: readonly ColumnProfile[] = profiles,
      namesOtherField: (header: string) => boolean = () => false,
    ) =>
      actionColumnChoice('numbersBesideUnheadedItems', {
        fields,
        headers,
        profileOf: (c) => columns[c]!,
        namesOtherField,
      })

    it('finds a header over a number column and the headerless items beside it', () => {
      expect(choose(['Stages', '', 'News'])).toEqual({ action: 1, headed: 0, gives: 'ref' })
    })

    it('needs the numbers, a blank header beside them, and items that are words', () => {
      expect(choose(['Stages', 'Owner', 'News'])).toBeNull()
      expect(choose(['Stages', '', 'News'], [items(0.5, 1), ...profiles.slice(1)])).toBeNull()
      expect(choose(['Stages', '', 'News'], [profiles[0]!, items(0, 1), profiles[2]!])).toBeNull()
      expect(choose(['No.', '', 'News'], profiles, (h) => h === 'No.')).toBeNull()
    })
  })
})

describe('stepsBesideWhat: a "What" column beside an "Actions" column of the steps taken on each item', () => {
  const rows = [
    ['Open day plan'],
    ['What', 'When', 'Status', 'Actions'],
    [
      'Printed programme for visitors',
      '12 May 2031',
      'Done',
      'Leila to draft the text\nPrint room to print 500',
    ],
    ['Campus tours every hour', '19 May 2031', '', 'Student union to find guides'],
    ['Signs from the station', '', 'On hold', 'Estates to ask the council'],
  ]

  it('reads the "What" cells as the actions and the steps as their description', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.description, a.target.due, a.status.state])).toEqual([
      [
        'Printed programme for visitors',
        'Leila to draft the text\nPrint room to print 500',
        '2031-05-12',
        'complete',
      ],
      ['Campus tours every hour', 'Student union to find guides', '2031-05-19', 'unknown'],
      ['Signs from the station', 'Estates to ask the council', null, 'on-hold'],
    ])
  })

  it('leaves an "Actions" column the action when no column is headed "What"', () => {
    const { plan } = tableToPlan(rows.map((row, i) => (i === 1 ? ['Background', ...row.slice(1)] : row)))
    expect(plan.actions[0]!.title).toBe('Leila to draft the text Print room to print 500')
  })
})
