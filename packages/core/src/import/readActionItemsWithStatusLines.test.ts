import { describe, expect, it } from 'vitest'
import { hasStatusLabelLines, readActionItemsWithStatusLines } from './readActionItemsWithStatusLines'
import { tableToPlan } from './tableToPlan'

describe('action items of meeting notes, each closed by its status line', () => {
  const notes = [
    ['Steering group 14.03.24 actions'],
    ['Priya to circulate the draft terms of reference:'],
    ['• to the faculty leads; and'],
    ['• to the student union officers.'],
    ['- Completed.'],
    ['Tomasz (b) to cost the new booking system against the current contract.'],
    ['- In progress.  Quote awaited from the supplier.'],
    ['Each panel member to:'],
    ['• read the two bids before the next meeting.'],
    ['(The bids are on the shared drive.)'],
    ['- Done'],
  ].map((line) => [line[0]!])

  it('takes each item as an action, its detail lines as the description and its status line as the status', () => {
    const { plan } = tableToPlan(notes)
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Priya to circulate the draft terms of reference:', ['Priya'], 'complete'],
      ['Tomasz (b) to cost the new booking system against the current contract.', ['Tomasz'], 'in-progress'],
      ['Each panel member to:', ['Each panel member'], 'complete'],
    ])
    expect(plan.actions[0]?.description).toBe('• to the faculty leads; and\n• to the student union officers.')
    expect(plan.title).toBe('Steering group 14.03.24 actions')
  })

  it('names no owner where most items do not open with one ("Continue to …" is an instruction)', () => {
    const { plan } = tableToPlan([
      ['Continue to monitor the budget'],
      ['- Ongoing'],
      ['Review the risk register'],
      ['- Done'],
      ['Agree the timetable'],
      ['- Completed.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Continue to monitor the budget', [], 'ongoing'],
      ['Review the risk register', [], 'complete'],
      ['Agree the timetable', [], 'complete'],
    ])
  })

  it('does not take a bullet that only mentions a figure for a status line', () => {
    expect(
      readActionItemsWithStatusLines([
        ['Governors report'],
        ['Attendance'],
        ['- Persistent absence below 10%'],
        ['Reading'],
        ['- Pupils reading at 80%'],
        ['Writing'],
        ['- Writing at 75%'],
        ['Maths'],
        ['- Maths at 70%'],
      ]),
    ).toBeNull()
  })

  it('leaves a list whose status lines are not status words, or too few items, to the other readers', () => {
    expect(readActionItemsWithStatusLines(notes.slice(0, 7))).toBeNull()
    expect(
      readActionItemsWithStatusLines([
        ['Ann to book the room'],
        ['- the large one'],
        ['Raj to write'],
        ['- a letter'],
      ]),
    ).toBeNull()
  })
})

describe('action items each followed by a line labelled "Status:"', () => {
  it('reads the labelled line as the status, and the owner after the item label', () => {
    const { plan } = tableToPlan([
      ['Working group notes, meeting 12'],
      ['Review of earlier actions'],
      ['ACTION 11.1: Priya Shah to draft the onboarding checklist.'],
      ['Status: Completed. Shared with the group on Monday.'],
      ['ACTION 11.2: Board to confirm the budget for the pilot'],
      ['Status: Will come back to this at the next meeting.'],
      ['ACTION 10.4: Tom Ellis to book the venue for the spring workshop'],
      ['Status: Complete.'],
      ['DECISION 11.3: The pilot runs in two departments.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners, a.status.state])).toEqual([
      ['11.1', ['Priya Shah'], 'complete'],
      ['11.2', ['Board'], 'unknown'],
      ['10.4', ['Tom Ellis'], 'complete'],
    ])
  })
})

describe('labelled action items each closed by a "Status:" line, some naming no owner', () => {
  const rows = [
    ['Working group call 14 notes'],
    ['Review of earlier actions'],
    ['ACTION 13.1: Check the test vectors against the draft'],
    ['Status: Will pick up at the next call.'],
    ['ACTION 13.2: Priya Shah to circulate the revised timeline.'],
    ['Status: Completed'],
    ['ACTION 12.4: Tooling team to publish the release checklist'],
    ['Status: Complete. Linked from the wiki.'],
    ['Action 12.5: Move the call to Thursdays'],
    ['Status: Done'],
  ]

  it('reads every item, not only those that open with an owner, each with its label as ref and its status', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 22), a.owners, a.status.state])).toEqual([
      ['13.1', 'Check the test vectors', [], 'unknown'],
      ['13.2', 'Priya Shah to circulat', ['Priya Shah'], 'complete'],
      ['12.4', 'Tooling team to publis', ['Tooling team'], 'complete'],
      ['12.5', 'Move the call to Thurs', [], 'complete'],
    ])
  })

  it('is not taken for a page whose status lines follow lines without an action label', () => {
    expect(hasStatusLabelLines(rows.map(([text]) => [text!.replace(/^action [\d.]+: /i, '')]))).toBe(false)
    expect(hasStatusLabelLines(rows)).toBe(true)
  })

  it('gives two people named in full and joined by "and" as two owners, and keeps a role holding "and" whole', () => {
    const { plan } = tableToPlan([
      ['Working group call 14'],
      ['ACTION 13.1: Maria Lopez Garcia and Ben Ode to compare the two drafts.'],
      ['Status: Completed'],
      ['ACTION 13.2: Head of Equality and Diversity to review the survey.'],
      ['Status: In progress'],
      ['ACTION 13.3: Sam Obi to book the room.'],
      ['Status: Done'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Maria Lopez Garcia', 'Ben Ode'],
      ['Head of Equality and Diversity'],
      ['Sam Obi'],
    ])
  })
})

describe('records of a strategy report: an action over its "Status:" line and labelled fields', () => {
  const page = [
    ['Our library will keep improving how it shares data with partners.'],
    ['The library will:'],
    ['Name someone to lead the open data work'],
    ['A data lead was named in the spring and reports to the board'],
    ['Status: Completed'],
    ['Success criteria: A named lead in post'],
    ['Publish the catalogue as open data'],
    ['Put the full catalogue on the open data portal'],
    ['Status: In progress'],
    ['Success criteria: The catalogue can be downloaded by anyone'],
    ['Branch managers will:'],
    ['Ask each branch to log the questions readers bring'],
    ['Status: Not started'],
    ['Success criteria: A shared log kept by every branch'],
  ]

  it('reads each line above a status line as the action, the lines between records as headings', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['A data lead was named in the spring and reports to the board', ['The library'], 'complete'],
      ['Put the full catalogue on the open data portal', ['The library'], 'in-progress'],
      ['Ask each branch to log the questions readers bring', ['Branch managers'], 'not-started'],
    ])
    expect(plan.actions[1]!.description).toMatch(/^Success criteria: The catalogue/)
  })
})

describe('readActionItemsWithStatusLines: each item opened by its label alone, its name on the line below', () => {
  const rows = [
    ['Skills register: progress at the spring review'],
    ['Milestone 1'],
    ['Agree the fields of the register with the staff forum'],
    ['- In progress.'],
    ['Milestone 2'],
    ['Load the training records of every faculty'],
    ['- Completed.'],
    ['Milestone 3'],
    ['Open the register to every technician'],
    ['- Not started.'],
  ]

  it('reads the label as the ref and the line below it as the title', () => {
    const read = readActionItemsWithStatusLines(rows)
    expect(read?.rows.slice(1)).toEqual([
      ['Action', 'Owner', 'Details', 'Status', 'Ref'],
      ['Agree the fields of the register with the staff forum', '', '', 'In progress.', '1'],
      ['Load the training records of every faculty', '', '', 'Completed.', '2'],
      ['Open the register to every technician', '', '', 'Not started.', '3'],
    ])
  })

  it('gives each action its label as its ref when the page is imported', () => {
    expect(tableToPlan(rows).plan.actions.map((a) => [a.ref, a.status.state])).toEqual([
      ['1', 'in-progress'],
      ['2', 'complete'],
      ['3', 'not-started'],
    ])
  })
})

describe('a flat bulleted list, each action bullet followed by its own status bullet', () => {
  const rows = [
    ['Notes of the volunteers call, 2 June'],
    ['Where last month’s actions stand:'],
    ['- Order the new banner'],
    ['- Done. Collected on Friday.'],
    ['- Move the rota to the shared calendar'],
    ['- In progress.'],
    ['- Ask the library about the meeting room'],
    ['- Left for the next call'],
    ['- Recruit two more drivers'],
    ['- Ongoing.'],
    ['(the rest of the notes are not shown)'],
  ]

  it('reads the bullets two by two: the action, then its status', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Order the new banner', 'complete'],
      ['Move the rota to the shared calendar', 'in-progress'],
      ['Ask the library about the meeting room', 'unknown'],
      ['Recruit two more drivers', 'ongoing'],
    ])
  })

  it('reads no pairs when the second bullets are not statuses', () => {
    const plain = [
      ['Ideas'],
      ['- Order the new banner'],
      ['- Move the rota'],
      ['- Ask the library'],
      ['- Recruit drivers'],
      ['- Paint the hall'],
      ['- Clean the van'],
    ]
    expect(readActionItemsWithStatusLines(plain)).toBeNull()
  })
})

describe('minutes reviewing actions, each followed by an "ACTION:" line of owners and their statuses', () => {
  const rows = [
    ['Trustees meeting, 3 March'],
    ['Actions carried forward from February:'],
    ['KM to renew the insurance and send the new schedule round.'],
    ['ACTION: KM Done'],
    ['RB will book the hall for the open day.'],
    ['ACTION: RB Carried forward'],
    ['LT to update the volunteer handbook; RB will check the safeguarding part.'],
    ['ACTION: LT Done; RB Carried forward'],
    ['KM will ask the council about parking, with JT and LT.'],
    ['ACTION: KM Carried forward JT, LT'],
  ]

  it('takes the owners from the "ACTION:" line and one status, partly done where they differ', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.owners, a.status.text, a.status.state])).toEqual([
      [['KM'], 'Done', 'complete'],
      [['RB'], 'Carried forward', 'in-progress'],
      [['LT', 'RB'], 'Partly done', 'in-progress'],
      [['KM'], 'Carried forward', 'in-progress'],
    ])
  })
})

describe('a page of short action titles over sentences of reasons, each closed by "Status:"', () => {
  const page = [
    ['What the library will change, and why'],
    ['Name one manager for each branch refurbishment'],
    ['Giving each branch one contact will stop builders and staff getting mixed messages.'],
    ['Status: complete'],
    ['Set up a readers panel'],
    ['To hear from readers before each branch reopens.'],
    ['Readers know best how the rooms are used, and the panel will meet every term.'],
    ['Status: complete'],
    ['Report to the trustees each quarter'],
    ['The head librarian reports the progress of each refurbishment to the trustees.'],
    ['Status: no update'],
    ['Publish a reopening calendar'],
    ['Readers asked to know when their branch will reopen.'],
    ['Status: in progress'],
  ].map((line) => [line[0]!])

  it('opens the first action at its short title, not at the sentence below it', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Name one manager for each branch refurbishment', 'complete'],
      ['Set up a readers panel', 'complete'],
      ['Report to the trustees each quarter', 'unknown'],
      ['Publish a reopening calendar', 'in-progress'],
    ])
  })
})

describe('initiatives each followed by a "Tracking:" line and a "Status:" line', () => {
  it('reads both labelled lines as one status, once each however often printed, and the owner the intro names', () => {
    const { plan } = tableToPlan([
      ['Campus access workstream'],
      [
        'This workstream covers step-free routes. The Director of Estates is responsible for this workstream.',
      ],
      ['Routes and entrances'],
      ['Survey every building entrance for step-free access.'],
      ['Tracking: On track'],
      ['Status: Surveys of the north campus are done'],
      ['Tracking: On track'],
      ['Status: Surveys of the north campus are done'],
      ['Fit automatic doors to the library and the student hub.'],
      ['Tracking: Behind'],
      ['Status: Waiting for the contractor'],
      ['Publish an accessible campus map online.'],
      ['Tracking: Complete'],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 24), a.owners, a.status.state])).toEqual([
      ['Survey every building en', ['Director of Estates'], 'in-progress'],
      ['Fit automatic doors to t', ['Director of Estates'], 'in-progress'],
      ['Publish an accessible ca', ['Director of Estates'], 'complete'],
    ])
    expect(plan.actions[0]?.status.text).toBe('On track; Surveys of the north campus are done')
  })
})

describe('items each closed by a line labelled with two status words joined by "and"', () => {
  it('reads "Progress and status:" and "Update and progress:" lines as the items\' statuses', () => {
    const { plan } = tableToPlan([
      ['Allotment committee actions'],
      ['Mend the fence along the lane.'],
      ['Progress and status: Complete'],
      ['Order compost for the spring beds.'],
      ['Progress and status: In progress, the supplier calls back on Friday'],
      ['Put up a new noticeboard by the gate.'],
      ['Update and progress: Not started'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Mend the fence along the lane.', 'complete'],
      ['Order compost for the spring beds.', 'in-progress'],
      ['Put up a new noticeboard by the gate.', 'not-started'],
    ])
  })
})
