import { describe, expect, it } from 'vitest'
import { readTaskListItems } from './readTaskListItems'
import { tableToPlan } from './tableToPlan'

describe('a task list of checkbox items, grouped under the members who took them on', () => {
  const rows = [
    ['Library working group: notes of the June call'],
    ['Date:', '12/06/2025'],
    ['Agenda'],
    ['- Actions from the last call'],
    ['- Opening hours'],
    ['Actions from the last call'],
    ['Estates'],
    ['- [x] book the seminar room for July'],
    ['- [ ] to quote for new shelving'],
    ['HR and IT'],
    ['- [X] set up accounts for the two new starters'],
    ['Comms to draft'],
    ['- [ ] the summer opening-hours notice'],
    ['Notes'],
    ['The call ended early.'],
  ]

  it('reads each item as an action, ticked boxes complete, owned by the label above its group', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['book the seminar room for July', ['Estates'], 'complete'],
      ['to quote for new shelving', ['Estates'], 'not-started'],
      ['set up accounts for the two new starters', ['HR', 'IT'], 'complete'],
      ['the summer opening-hours notice', ['Comms'], 'not-started'],
    ])
  })

  it('reads the owner each item names as its subject when no label or handle names one', () => {
    const { plan } = tableToPlan([
      ['Parish council: actions from the May meeting'],
      ['Agreed actions'],
      ['- [ ] Lena Ward to ask the county about the bus shelter'],
      ['- [ ] Clerk will renew the hall insurance'],
      ['- [x] Tidy the noticeboard by the shop'],
      ['- [ ] Litter pick to be arranged for June'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Lena Ward to ask the county about the bus shelter', ['Lena Ward']],
      ['Clerk will renew the hall insurance', ['Clerk']],
      ['Tidy the noticeboard by the shop', []],
      ['Litter pick to be arranged for June', []],
    ])
  })

  it('gives no owner when the label names what the items are, not who does them', () => {
    const { plan } = tableToPlan([
      ['Roadmap'],
      ['Next steps'],
      ['- [x] Publish the draft'],
      ['- [ ] Collect comments'],
      ['- [ ] Agree the final text'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.section])).toEqual([
      ['Publish the draft', [], 'Next steps'],
      ['Collect comments', [], 'Next steps'],
      ['Agree the final text', [], 'Next steps'],
    ])
  })

  it('needs at least three checkbox items', () => {
    expect(readTaskListItems([['Plan'], ['- [x] One'], ['- [ ] Two']])).toBeNull()
  })
})

describe('a roadmap kept as a task list, each item dated by a quarter in square brackets', () => {
  const rows = [
    ['Parser roadmap 2024 into 2025'],
    ['2. Features'],
    ['[x] Stream large files (PR #88) [2024-Q2]'],
    ['[ ] Read nested tables [2024-Q3 → 2025-Q1]'],
    ['[ ] Remove the old API [2024-Q4 (first week of December 2024)]'],
    ['[ ] Write the migration guide [draft]'],
  ]

  it('takes the bracketed quarter as the target and ends the title before it', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due, a.status.state])).toEqual([
      ['Stream large files (PR #88)', [], '2024-06-30', 'complete'],
      ['Read nested tables', [], '2025-03-31', 'not-started'],
      ['Remove the old API', [], '2024-12-31', 'not-started'],
      ['Write the migration guide [draft]', [], null, 'not-started'],
    ])
  })
})

describe('a roadmap kept as a task list under a heading per quarter', () => {
  const rows = [
    ['Archive viewer roadmap'],
    ['What we mean to ship this year.'],
    ['Q3 2031'],
    ['[x] Show scanned letters side by side'],
    ['[ ] Export a box list as a spreadsheet [2031-Q4]'],
    ['[ ] Search inside handwritten notes'],
    ['2032 Q1:'],
    ['[ ] Let readers order copies online'],
    ['Tuesday 9 September 2031'],
    ['[ ] Agree the colour scheme'],
  ]

  it('dates each item by the quarter above it unless it gives its own, and never by a single day', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due, a.status.state])).toEqual([
      ['Show scanned letters side by side', '2031-09-30', 'complete'],
      ['Export a box list as a spreadsheet', '2031-12-31', 'not-started'],
      ['Search inside handwritten notes', '2031-09-30', 'not-started'],
      ['Let readers order copies online', '2032-03-31', 'not-started'],
      ['Agree the colour scheme', null, 'not-started'],
    ])
  })
})

describe("a task list under a report's key/value header block", () => {
  it('reads the list when the header block is long against it', () => {
    const { plan } = tableToPlan([
      ['Booking system outage review'],
      ['Incident', 'Room bookings lost'],
      ['Services', 'Booking site, calendar feed'],
      ['Started', '2031-02-03 09:10'],
      ['Ended', '2031-02-03 11:45'],
      ['Lead', 'RM'],
      ['Follow-up work'],
      ['[x] Restore the lost bookings from the nightly copy'],
      ['[ ] Add an alert when the calendar feed stops'],
      ['[x] Tell the affected room owners'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Restore the lost bookings from the nightly copy', 'complete'],
      ['Add an alert when the calendar feed stops', 'not-started'],
      ['Tell the affected room owners', 'complete'],
    ])
    expect(plan.title).toBe('Booking system outage review')
  })

  it('reads an open box as not started, unless the item ends in a status of its own', () => {
    const { plan } = tableToPlan([
      ['Working group actions'],
      ['- [ ] Sam to draft the terms of reference'],
      ['- [ ] Priya to share the survey slides when the board is ready. (Deferred)'],
      ['- [x] Lee to book the June meeting'],
      ['- [ ] Ahmed to move the archive to the new server (in progress)'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual([
      'not-started',
      'on-hold',
      'complete',
      'in-progress',
    ])
  })

  it('leaves a page whose rows above the list fill three cells to the table readers', () => {
    expect(
      readTaskListItems([
        ['Ref', 'Item', 'Lead'],
        ['1', 'Rooms', 'RM'],
        ['2', 'Feeds', 'JT'],
        ['3', 'Alerts', 'JT'],
        ['Checks'],
        ['[x] One check'],
        ['[ ] Two checks'],
        ['[x] Three checks'],
      ]),
    ).toBeNull()
  })
})

describe('a task list with an item whose box was left out', () => {
  const rows = [
    ['Steering group minutes, 2 June'],
    ['Action items'],
    ['* [ ] Priya to send the revised budget to the board'],
    ['* [ ] Tom (and team) to:'],
    ['    * draft the onboarding guide'],
    ['    * pick a date for the launch'],
    ['* [x] Ines to book the venue for the open day'],
    ['* Carried over: agree the licence for the shared datasets - on hold'],
  ]

  it('reads a bullet with the items’ mark and indent as one more item, and a deeper bullet as a note', () => {
    const titles = tableToPlan(rows).plan.actions.map((a) => a.title)
    expect(titles).toEqual([
      'Priya to send the revised budget to the board',
      'Tom (and team) to:',
      'Ines to book the venue for the open day',
      expect.stringMatching(/^Carried over: agree the licence for the shared datasets/),
    ])
  })

  it('leaves out a plain bullet that is not followed by another item or the end of the page', () => {
    const followed = [...rows, ['Next meeting'], ['* 14 July, room 2']]
    const titles = readTaskListItems(followed)?.rows.map((row) => row[0])
    expect(titles?.some((title) => title?.startsWith('Carried over'))).toBe(false)
    expect(titles?.some((title) => title?.startsWith('14 July'))).toBe(false)
  })
})

describe('a task list whose items name their owners in brackets at the end', () => {
  it.each([
    {
      item: '- [x] Move the style guide to the shared wiki (Ines)',
      title: 'Move the style guide to the shared wiki',
      owners: ['Ines'],
    },
    {
      item: '- [ ] Draft the onboarding checklist (Ravi and Mona)',
      title: 'Draft the onboarding checklist',
      owners: ['Ravi', 'Mona'],
    },
    {
      item: '- [x] Park the budget line in the right place (Ines) (left as it was)',
      title: 'Park the budget line in the right place (left as it was)',
      owners: ['Ines'],
    },
    {
      item: '- [ ] Collect worked examples (a gallery) for the site',
      title: 'Collect worked examples (a gallery) for the site',
      owners: [],
    },
    {
      item: '- [ ] Write the release notes (see the template)',
      title: 'Write the release notes (see the template)',
      owners: [],
    },
  ])('$item', ({ item, title, owners }) => {
    const { plan } = tableToPlan([
      ['Docs group call'],
      ['Open items'],
      ['- [x] Agree the review rota'],
      [item],
      ['- [ ] Book the next call'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual(['Agree the review rota', title, 'Book the next call'])
    expect(plan.actions[1]?.owners).toEqual(owners)
  })
})

describe('a checklist exported with round boxes, each item opening with its owner in brackets', () => {
  const rows = [
    ['Spring release look-back'],
    ['What we will change'],
    ['( ) (Nadia) Freeze the translations a week before the release.'],
    ['(x) (Everyone) Write the release notes as the work lands.'],
    ['( ) (Omar and Lee) Move the smoke tests into the nightly build:'],
    ['Tests that need a live payment account'],
    ['( ) (Draft) Agree who signs off the final build.'],
  ]

  it('reads each round box as a task, the opening bracket of names as its owners', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Freeze the translations a week before the release.', ['Nadia'], 'not-started'],
      ['Write the release notes as the work lands.', ['Everyone'], 'complete'],
      ['Move the smoke tests into the nightly build:', ['Omar', 'Lee'], 'not-started'],
      ['(Draft) Agree who signs off the final build.', [], 'not-started'],
    ])
  })

  it('needs three round boxes, as it needs three square ones', () => {
    expect(readTaskListItems([['Notes'], ['( ) (Nadia) Freeze the strings'], ['(x) Ship it']])).toBeNull()
  })
})

describe("a staff meeting's running task list, each item's owners in a square bracket after its box", () => {
  it('reads the bracketed initials or the whole group as the owners, a remark after a name left out', () => {
    const { plan } = tableToPlan([
      ['Orchard project: team call'],
      ['## Open tasks'],
      ['- [ ] [MK, TS] Price the new ladders before the picking season'],
      ['- [x] [TS (to start it)] Write the volunteer welcome sheet'],
      ['- [ ] [all] Read the pruning guide before next call'],
      ['- [ ] [see notes] Fix the gate latch by the lane'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Price the new ladders before the picking season', ['MK', 'TS']],
      ['Write the volunteer welcome sheet', ['TS']],
      ['Read the pruning guide before next call', ['all']],
      ['[see notes] Fix the gate latch by the lane', []],
    ])
  })

  it('keeps a lone bracket as part of the title: one item tagged so names no one', () => {
    const { plan } = tableToPlan([
      ['Website fixes'],
      ['- [ ] [Docs] Fix the broken links on the help page'],
      ['- [ ] Move the contact form to the footer'],
      ['- [x] Renew the certificate'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['[Docs] Fix the broken links on the help page', []],
      ['Move the contact form to the footer', []],
      ['Renew the certificate', []],
    ])
  })
})

describe('a packing checklist naming who brings each thing after a dash', () => {
  const rows = [
    ['Open day preparation'],
    ['Packing list'],
    ['[ ] Welcome banner - tomas'],
    ['[x] Name badges - ines, tomas'],
    ['[ ] Extension cords - ines / kofi'],
    ['[x] Spare batteries'],
    ['~~[ ] Second projector~~ the hall has one'],
  ]

  it('reads the names after the dash as owners, and a struck open item as dropped', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Welcome banner - tomas', ['tomas'], 'not-started'],
      ['Name badges - ines, tomas', ['ines', 'tomas'], 'complete'],
      ['Extension cords - ines / kofi', ['ines', 'kofi'], 'not-started'],
      ['Spare batteries', [], 'complete'],
      ['Second projector', [], 'cancelled'],
    ])
  })

  it('takes a name after a single dash as a remark, not an owner', () => {
    const { plan } = tableToPlan([
      ['Packing list'],
      ['[ ] Welcome banner - tomas'],
      ['[x] Name badges'],
      ['[ ] Extension cords'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([[], [], []])
  })

  it('reads a signed item as its signer’s', () => {
    const { plan } = tableToPlan([
      ['To bring'],
      ['[ ] Welcome banner'],
      ['[x] Name badges [name=kofi]'],
      ['[ ] Extension cords'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([[], ['kofi'], []])
  })
})

describe("a meeting's action items kept as a task list, each naming its owner at its start", () => {
  it('reads the name before "to" or a colon as the owner', () => {
    const { plan } = tableToPlan([
      ['Team call notes'],
      ['Action items'],
      ['[x] Priya to send the slides round'],
      ['[ ] Tomasz: Draft the budget for the autumn'],
      ['[ ] Ola: check the room bookings'],
      ['[ ] Order new cables for the lab'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Priya to send the slides round', ['Priya']],
      ['Tomasz: Draft the budget for the autumn', ['Tomasz']],
      ['Ola: check the room bookings', ['Ola']],
      ['Order new cables for the lab', []],
    ])
  })

  it('leaves a roadmap’s labelled items to no one', () => {
    const { plan } = tableToPlan([
      ['Roadmap'],
      ['[x] Docs: rewrite the install guide'],
      ['[ ] Search: add paging to results'],
      ['[ ] Export: write CSV files'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([[], [], []])
  })
})

describe('a nested checklist: items with their own items indented beneath them', () => {
  it.each([
    {
      layout: 'bulleted, the owner a handle in brackets on the group',
      rows: [
        ['Docs team sync'],
        ['Open tasks:'],
        ['- [x] Website (@mira)'],
        ['  - [x] fix the broken footer links'],
        ['  - [ ] add the venue map'],
        ['- [ ] Newsletter'],
        ['  - [ ] collect three member stories (@tomas)'],
        ['  - [ ] send the spring issue'],
        ['- [x] Renew the domain name (@mira)'],
      ],
      expected: [
        ['fix the broken footer links', ['@mira'], 'complete'],
        ['add the venue map', ['@mira'], 'not-started'],
        ['collect three member stories (@tomas)', ['@tomas'], 'not-started'],
        ['send the spring issue', [], 'not-started'],
        ['Renew the domain name (@mira)', ['@mira'], 'complete'],
      ],
    },
    {
      layout: 'bare boxes two levels deep, the owner named in brackets',
      rows: [
        ['Allotment committee'],
        ['Open jobs:'],
        ['[x] Shed (Priya)'],
        ['  [x] Repairs'],
        ['    [x] replace the broken window pane'],
        ['    [x] oil the door hinges'],
        ['  [ ] order a new padlock'],
        ['[ ] print the plot rota'],
      ],
      expected: [
        ['replace the broken window pane', ['Priya'], 'complete'],
        ['oil the door hinges', ['Priya'], 'complete'],
        ['order a new padlock', ['Priya'], 'not-started'],
        ['print the plot rota', [], 'not-started'],
      ],
    },
  ])('reads the innermost items as the actions, owned by their group: $layout', ({ rows, expected }) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual(expected)
  })
})

describe('a checklist whose items are ticked off by their parts', () => {
  const checklist = [
    ['Launch checklist'],
    ['Checklist'],
    ['[ ] Style guide'],
    ['    [x] colours'],
    ['    [ ] icons'],
    ['[ ] Press kit'],
    ['    [ ] photos'],
    ['    [ ] logo files'],
    ['[x] Mailing list'],
    ['[ ] Launch party'],
  ]

  it('reads the outer items as the actions, in progress when a part is ticked, with the parts as description', () => {
    const { plan } = tableToPlan(checklist)
    expect(plan.actions.map((a) => [a.title, a.status.state, a.description ?? '', a.owners])).toEqual([
      ['Style guide', 'in-progress', 'colours; icons', []],
      ['Press kit', 'not-started', 'photos; logo files', []],
      ['Mailing list', 'complete', '', []],
      ['Launch party', 'not-started', '', []],
    ])
  })

  it('keeps the parts as the actions when they are longer than a few words', () => {
    const longer = checklist.map(([line]) => [
      line!.startsWith('    [') ? `${line} for the new product pages` : line!,
    ])
    expect(tableToPlan(longer).plan.actions.map((a) => a.title)).toEqual([
      'colours for the new product pages',
      'icons for the new product pages',
      'photos for the new product pages',
      'logo files for the new product pages',
      'Mailing list',
      'Launch party',
    ])
  })
})

describe('readTaskListItems: a ticked agenda above an action plan of dated items', () => {
  it('reads only the items under the action plan, each dated item as the action over its steps', () => {
    const { plan } = tableToPlan(
      [
        'Workshop planning call',
        'During meeting',
        '[x] Discuss the aims of the workshop',
        '  [x] List the ideas for the poster',
        '[x] Share out the roles',
        'Action Plan:',
        'Where to go next, and by when',
        '[ ] Add the new contacts to the sheet (Lena)',
        '[x] Contact the design team by (Wed 4/22)',
        '  [x] Send them the brief for the poster',
        '  [ ] Ask for a second draft',
        '[ ] Set up meetings with:',
        '  [x] Ana Ruiz (Thurs 4/23)',
        '    [x] Talk through the demos',
        '  [ ] The writing team (Fri 4/24)',
        '[ ] Everything ready before (Wed 4/29)',
        '  [ ] Poster printed',
      ].map((line) => [line]),
    )
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Add the new contacts to the sheet', ['Lena'], 'not-started'],
      ['Contact the design team by (Wed 4/22)', [], 'complete'],
      ['Ana Ruiz (Thurs 4/23)', [], 'complete'],
      ['The writing team (Fri 4/24)', [], 'not-started'],
      ['Everything ready before (Wed 4/29)', [], 'not-started'],
    ])
  })
})

describe('readTaskListItems: an action log whose items open with their code and owners, notes on the lines below', () => {
  const log = [
    ['Tooling group, 4 March'],
    ['New actions'],
    ['[ ] (0403-1 - Priya, Tom) Draft the release checklist'],
    ['[ ] (0403-2 - leads) Book the spring workshop'],
    ['Earlier actions'],
    ['[ ] (1802-1 - Ana) Migrate the wiki pages'],
    ['Ongoing, half of the pages are moved'],
    ['[x] (1802-2 - Tom) Archive the old mailing list'],
    ['In progress. Waiting for the host to reply.'],
    ['Host replied on 2 March.'],
    ['[ ] (B07) All : Review the style guide'],
    ['Ongoing'],
    ['[ ] (B09 - Ana) Collect proposals for short talks'],
    ['[x] Raj on the new linter (12 May)'],
    ['[ ] (B11 - Ana) Renew the domain'],
  ]

  it('reads each code as the ref and the names after it as the owners, the title starting after the bracket', () => {
    const { plan } = tableToPlan(log)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['0403-1', 'Draft the release checklist', ['Priya', 'Tom']],
      ['0403-2', 'Book the spring workshop', ['leads']],
      ['1802-1', 'Migrate the wiki pages', ['Ana']],
      ['1802-2', 'Archive the old mailing list', ['Tom']],
      ['B07', 'Review the style guide', ['All']],
      ['B09', 'Collect proposals for short talks', ['Ana']],
      ['B11', 'Renew the domain', ['Ana']],
    ])
  })

  it('gives an open item the state its note opens with; a ticked box stays complete; a box with no code is no action', () => {
    const { plan } = tableToPlan(log)
    expect(plan.actions.map((a) => [a.ref, a.status.state, a.section])).toEqual([
      ['0403-1', 'not-started', 'New actions'],
      ['0403-2', 'not-started', 'New actions'],
      ['1802-1', 'ongoing', 'Earlier actions'],
      ['1802-2', 'complete', 'Earlier actions'],
      ['B07', 'ongoing', 'Earlier actions'],
      ['B09', 'not-started', 'Earlier actions'],
      ['B11', 'not-started', 'Earlier actions'],
    ])
  })

  it('keeps a state alone between items as the label of the items below when no note says more', () => {
    const { plan } = tableToPlan(
      [
        'Sprint board',
        'To do',
        '- [ ] Write the install guide',
        '- [ ] Fix the nightly build',
        'In progress',
        '- [ ] Port the tests to the new runner',
        'Done',
        '- [x] Set up the CI runners',
      ].map((line) => [line]),
    )
    expect(plan.actions.map((a) => [a.title, a.status.state, a.section])).toEqual([
      ['Write the install guide', 'not-started', 'To do'],
      ['Fix the nightly build', 'not-started', 'To do'],
      ['Port the tests to the new runner', 'not-started', 'In progress'],
      ['Set up the CI runners', 'complete', 'Done'],
    ])
  })
})

describe('a project task list linking each item to its tracker issue', () => {
  it('reads the issue number closing every item, or before names after a dash, as its ref', () => {
    const { plan } = tableToPlan([
      ['# Website rebuild'],
      ['## 1. Content'],
      ['Pages and copy for the launch.'],
      ['- [x] Audit the old pages (#12) - Ines'],
      ['- [ ] Write the new about page (#31) - Ines, Tom'],
      ['- [ ] Move the blog archive (#7)'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners, a.status.state])).toEqual([
      ['#12', ['Ines'], 'complete'],
      ['#31', ['Ines', 'Tom'], 'not-started'],
      ['#7', [], 'not-started'],
    ])
    expect(plan.actions[1]!.title).toBe('Write the new about page - Ines, Tom')
  })

  it('reads no refs when only some items close with an issue number', () => {
    const { plan } = tableToPlan([
      ['Sprint checklist'],
      ['- [x] Audit the old pages (#12) - Ines'],
      ['- [ ] Write the new about page'],
      ['- [ ] Check the footer links (see #40 for the list)'],
      ['- [ ] Move the blog archive'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual([null, null, null, null])
  })
})

describe('a roll ticked off in boxes above the task list', () => {
  it.each([['Present:'], ['Attendees'], ['Présents :']])(
    'reads no member ticked under "%s" as a task',
    (label) => {
      const read = readTaskListItems([
        ['Choir committee, 4 March'],
        [label],
        ['- [x] Ana Cruz'],
        ['- [ ] Tom Reed'],
        ['- [x] Lee Shaw'],
        ['Actions'],
        ['- [ ] Book the church hall for the concert'],
        ['- [x] Print the programmes'],
        ['- [ ] Ask the vicar about the piano'],
      ])
      expect(read?.rows.slice(2).map((row) => [row[0], row[2]])).toEqual([
        ['Book the church hall for the concert', 'To do'],
        ['Print the programmes', 'Complete'],
        ['Ask the vicar about the piano', 'To do'],
      ])
    },
  )

  it('reads a roll alone as no task list', () => {
    expect(
      readTaskListItems([
        ['Choir committee'],
        ['Present:'],
        ['- [x] Ana Cruz'],
        ['- [ ] Tom Reed'],
        ['- [x] Lee Shaw'],
      ]),
    ).toBeNull()
  })

  it('still reads boxes under a label that is no roll ("Presentations")', () => {
    const read = readTaskListItems([
      ['Choir committee'],
      ['Presentations'],
      ['- [x] Ana Cruz on the tour'],
      ['- [ ] Tom Reed on the budget'],
      ['- [x] Lee Shaw on the website'],
    ])
    expect(read?.rows.slice(2).map((row) => row[0])).toEqual([
      'Ana Cruz on the tour',
      'Tom Reed on the budget',
      'Lee Shaw on the website',
    ])
  })
})

describe("one item's names after a dash, when the roll lists them", () => {
  const items = (tail: string) => [
    ['Board meeting, 3 May'],
    ['Asistencia: Ana, Pablo, Sara'],
    ['Acciones'],
    ['- [ ] Book the hall for the assembly'],
    [`- [ ] Meet the sponsors - ${tail}`],
    ['- [ ] Write the newsletter'],
  ]

  it('reads capitalised names after the dash as owners when one of them is on the roll', () => {
    const read = readTaskListItems(items('Ana, Lola'))
    expect(read?.rows.slice(3).map((row) => [row[0], row[1]])).toEqual([
      ['Book the hall for the assembly', ''],
      ['Meet the sponsors - Ana, Lola', 'Ana, Lola'],
      ['Write the newsletter', ''],
    ])
  })

  it('reads no owners from one tail naming no one on the roll ("- Apples, Pears")', () => {
    const read = readTaskListItems(items('Apples, Pears'))
    expect(read?.rows[2]).toEqual(['Action', 'Section', 'Status'])
  })
})
