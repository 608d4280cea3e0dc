import { describe, expect, it } from 'vitest'
import { type StatusAtEndReading, statusAtEnd } from './statusAtEnd'
import { tableToPlan } from './tableToPlan'

describe('statusAtEnd', () => {
  // [reading, line as written, text left, status as written, shape, state a marker reports ('' for none)]
  const read: ReadonlyArray<readonly [StatusAtEndReading, string, string, string, string, string]> = [
    // After an item: a spaced dash or a colon.
    ['item', 'Order the new signage - done', 'Order the new signage', 'done', 'dash', ''],
    ['item', 'Renew the hosting contract - open', 'Renew the hosting contract', 'Not started', 'dash', ''],
    [
      'item',
      'Refonte du formulaire de contact - En cours',
      'Refonte du formulaire de contact',
      'En cours',
      'dash',
      '',
    ],
    [
      'item',
      'Ask the vendor for a quote - call made, waiting for reply',
      'Ask the vendor for a quote',
      'call made, waiting for reply',
      'dash',
      '',
    ],
    [
      'item',
      'Move the site to HTTPS - done. Not possible on the current host.',
      'Move the site to HTTPS',
      'done. Not possible on the current host.',
      'dash',
      '',
    ],
    ['item', 'Refresh the member list: in progress', 'Refresh the member list', 'in progress', 'colon', ''],
    // A status word between the last two dashes, a note after it, in a review of last meeting's actions.
    [
      'itemWithNote',
      'Mo: Ask the printer for proofs - done - they arrive on Friday',
      'Mo: Ask the printer for proofs',
      'done - they arrive on Friday',
      'betweenDashes',
      'complete',
    ],
    ['itemWithNote', 'Mo: Renew the domain - ongoing', 'Mo: Renew the domain', 'ongoing', 'dash', ''],
    // Closing a reviewed action's update, after the item's own shapes.
    ['update', 'Sam to book the hall - done', 'Sam to book the hall', 'done', 'dash', ''],
    [
      'update',
      'Jo to order the spare lamps. Two were ordered in May. Closed',
      'Jo to order the spare lamps. Two were ordered in May.',
      'Closed',
      'statusSentences',
      '',
    ],
    [
      'update',
      'Sam to renew the licence for the plate reader. Done. Closed',
      'Sam to renew the licence for the plate reader.',
      'Done. Closed',
      'statusSentences',
      '',
    ],
    [
      'update',
      'Ana to book the training room. Ongoing.',
      'Ana to book the training room.',
      'Ongoing.',
      'statusSentences',
      '',
    ],
    [
      'update',
      'Ana to book the training room. Ongoing Estates have not replied yet.',
      'Ana to book the training room.',
      'Ongoing Estates have not replied yet.',
      'stateThenNote',
      '',
    ],
    [
      'update',
      'Tom to log the fault with the vendor, reported as ticket https://example.org/tickets/88 Closed',
      'Tom to log the fault with the vendor, reported as ticket https://example.org/tickets/88',
      'Closed',
      'gluedState',
      '',
    ],
    // Opening the round bracket that closes the update, a note after it or not.
    [
      'update',
      'Move the old repositories to the archive (Done - the team finds them under the archive org)',
      'Move the old repositories to the archive',
      'Done',
      'bracketState',
      '',
    ],
    [
      'update',
      'Jo to update the website with the charter (Done, on the home page)',
      'Jo to update the website with the charter',
      'Done',
      'bracketState',
      '',
    ],
    [
      'update',
      'Jo to ask the bank about the card (ongoing)',
      'Jo to ask the bank about the card',
      'ongoing',
      'bracketState',
      '',
    ],
    // A marker one action sets off from itself: a last sentence, with where the work landed or when.
    [
      'marker',
      'Alert the on-call channel when the booking API stops answering. DONE in PR #214',
      'Alert the on-call channel when the booking API stops answering.',
      'DONE in PR #214',
      'markerSentence',
      'complete',
    ],
    [
      'marker',
      'Rotate the archive keys every quarter. Done.',
      'Rotate the archive keys every quarter.',
      'Done.',
      'markerSentence',
      'complete',
    ],
    [
      'marker',
      'Move the room bookings to the new calendar. Completed March 2021.',
      'Move the room bookings to the new calendar.',
      'Completed March 2021.',
      'markerSentence',
      'complete',
    ],
    [
      'marker',
      'Check the form names the right cohort. PR exists',
      'Check the form names the right cohort.',
      'PR exists',
      'markerSentence',
      'in-progress',
    ],
    [
      'marker',
      'Add a retry to the nightly export. Pull request merged',
      'Add a retry to the nightly export.',
      'Pull request merged',
      'markerSentence',
      'complete',
    ],
    [
      'marker',
      'Stop the sync job writing to the wrong bucket. Fixed in #812',
      'Stop the sync job writing to the wrong bucket.',
      'Fixed in #812',
      'markerSentence',
      'complete',
    ],
    [
      'marker',
      'Write the handover notes for the night team. In progress.',
      'Write the handover notes for the night team.',
      'In progress.',
      'markerSentence',
      'in-progress',
    ],
    [
      'marker',
      'Replace the lab fridges. Not yet started',
      'Replace the lab fridges.',
      'Not yet started',
      'markerSentence',
      'not-started',
    ],
    [
      'marker',
      'Open a second quiet room. On hold.',
      'Open a second quiet room.',
      'On hold.',
      'markerSentence',
      'on-hold',
    ],
    [
      'marker',
      'Pilot a weekend library bus. Cancelled',
      'Pilot a weekend library bus.',
      'Cancelled',
      'markerSentence',
      'cancelled',
    ],
    [
      'marker',
      'Upgrade the staff wiki. Merged in release 4.2',
      'Upgrade the staff wiki.',
      'Merged in release 4.2',
      'markerSentence',
      'complete',
    ],
    // …a spaced dash,
    [
      'marker',
      'Update the signage in the east wing – done',
      'Update the signage in the east wing',
      'done',
      'markerSentence',
      'complete',
    ],
    [
      'marker',
      'Survey the part-time staff - ongoing',
      'Survey the part-time staff',
      'ongoing',
      'markerSentence',
      'ongoing',
    ],
    // …"on going" spaced, as minute-takers write it; a title merely ending in "going" is no status.
    [
      'marker',
      'Mend the fence along the car park - on going',
      'Mend the fence along the car park',
      'on going',
      'markerSentence',
      'ongoing',
    ],
    [
      'marker',
      'Agree the new rota with the porters — deferred',
      'Agree the new rota with the porters',
      'deferred',
      'markerSentence',
      'on-hold',
    ],
    [
      'marker',
      'Publish the carers guide - completed 12 May 2025',
      'Publish the carers guide',
      'completed 12 May 2025',
      'markerSentence',
      'complete',
    ],
    [
      'marker',
      'Hire two data stewards - PR #31 open',
      'Hire two data stewards',
      'PR #31 open',
      'markerSentence',
      'in-progress',
    ],
    // …a closing bracket,
    [
      'marker',
      'Run the accessibility audit of the main hall (completed March 2021)',
      'Run the accessibility audit of the main hall',
      'completed March 2021',
      'markerBracket',
      'complete',
    ],
    [
      'marker',
      'Translate the welcome pack (in progress)',
      'Translate the welcome pack',
      'in progress',
      'markerBracket',
      'in-progress',
    ],
    [
      'marker',
      'Renew the parking permits (done).',
      'Renew the parking permits',
      'done',
      'markerBracket',
      'complete',
    ],
    [
      'marker',
      'Fit hearing loops in lecture theatres (started 2024)',
      'Fit hearing loops in lecture theatres',
      'started 2024',
      'markerBracket',
      'in-progress',
    ],
    [
      'marker',
      'Move payroll to the new supplier (postponed)',
      'Move payroll to the new supplier',
      'postponed',
      'markerBracket',
      'on-hold',
    ],
    // …work in progress abbreviated, alone or with a note after a colon,
    [
      'marker',
      'Write the loader for the archive files (WIP)',
      'Write the loader for the archive files',
      'WIP',
      'markerBracket',
      'in-progress',
    ],
    [
      'marker',
      'Move the test servers to the new rack (WIP: two of five moved)',
      'Move the test servers to the new rack',
      'WIP: two of five moved',
      'markerBracket',
      'in-progress',
    ],
    [
      'marker',
      'Retire the old wiki (done: pages moved to the handbook)',
      'Retire the old wiki',
      'done: pages moved to the handbook',
      'markerBracket',
      'complete',
    ],
    // …a roadmap's "shipped" or "released", after an item's name of one word too,
    ['marker', 'SBOM (shipped)', 'SBOM', 'shipped', 'markerBracket', 'complete'],
    [
      'marker',
      'Offline mode for the field app (released)',
      'Offline mode for the field app',
      'released',
      'markerBracket',
      'complete',
    ],
    // …a status in capitals ending the item,
    [
      'marker',
      'Add the end-to-end checks to the release branch DONE',
      'Add the end-to-end checks to the release branch',
      'DONE',
      'capitals',
      'complete',
    ],
    [
      'marker',
      'Tidy the shared drive folders ONGOING',
      'Tidy the shared drive folders',
      'ONGOING',
      'capitals',
      'ongoing',
    ],
    // …or a tick at either edge.
    ['marker', 'Train the front desk staff ✅', 'Train the front desk staff', '✅', 'tick', 'complete'],
    ['marker', '✔ Label the chemical store', 'Label the chemical store', '✔', 'tick', 'complete'],
    ['marker', 'Send the minutes to members ✓', 'Send the minutes to members', '✓', 'tick', 'complete'],
    ['marker', '☑️ Book the summer venue', 'Book the summer venue', '☑', 'tick', 'complete'],
    // The plan-wide habit: a bare status word or two (with the day after it) or a bracketed one.
    [
      'habit',
      'Keep reviewing the templates completed',
      'Keep reviewing the templates',
      'completed',
      'habitWord',
      '',
    ],
    [
      'habit',
      'Pair on the flaky login tests in progress',
      'Pair on the flaky login tests',
      'in progress',
      'habitWord',
      '',
    ],
    [
      'habit',
      'Run a team workshop - completed 4/30',
      'Run a team workshop',
      'completed 4/30',
      'habitWord',
      '',
    ],
    ['habit', 'Rebuild the tracker (ongoing)', 'Rebuild the tracker', 'ongoing', 'habitBracket', ''],
    ['habit', 'Tidy the label list (todo)', 'Tidy the label list', 'todo', 'habitBracket', ''],
    // A roadmap's stage word in brackets, and a bracket glued to the last word.
    [
      'habit',
      'Draft the village design code (later)',
      'Draft the village design code',
      'Not started',
      'habitBracket',
      '',
    ],
    [
      'habit',
      'Count the traffic on the lane(in progress)',
      'Count the traffic on the lane',
      'in progress',
      'habitBracket',
      '',
    ],
    [
      'habit',
      'Agree how agendas are shared (done: we post them in the chat the day before each call)',
      'Agree how agendas are shared',
      'done',
      'habitBracket',
      '',
    ],
    // A tracker's Action, Status and Comments cells run together: the status capitalised where its cell began.
    [
      'habit',
      'Ravi offered to chase the printer quote Cancelled handed to Jo',
      'Ravi offered to chase the printer quote',
      'Cancelled handed to Jo',
      'habitComment',
      '',
    ],
    [
      'habit',
      'Jo to book the hall for the summer fair. Not done (ask again in June?)',
      'Jo to book the hall for the summer fair.',
      'Not done (ask again in June?)',
      'habitComment',
      '',
    ],
    [
      'habit',
      'Sam and Jo will draft the grant budget Doing... see the shared folder',
      'Sam and Jo will draft the grant budget',
      'Doing... see the shared folder',
      'habitComment',
      'in-progress',
    ],
  ]
  it.each(read)('%s reads %j', (reading, line, text, status, shape, state) => {
    expect(statusAtEnd(line, reading)).toEqual(
      state === '' ? { text, status, shape } : { text, status, shape, state },
    )
  })

  // Endings that are part of what is asked, name who does it, set a target or say nothing of the state.
  const notRead: ReadonlyArray<readonly [StatusAtEndReading, string]> = [
    ['item', 'Survey - staff and students'],
    ['item', 'Oversee post: Workshop at the conference'],
    ['item', 'Review the policy'],
    ['item', 'Ana to book the training room. Ongoing.'],
    ['update', 'Mark the ticket Done'],
    ['update', 'Review the policy. Then publish it on the intranet.'],
    ['update', 'Ana to book the room. Ongoing work on the estates plan is paused'],
    ['marker', 'Complete the survey by May'],
    ['marker', 'Review the induction. Complete the survey by May'],
    ['marker', 'Review the induction - done by HR'],
    ['marker', 'Review the induction. Done by HR'],
    ['marker', 'Check the fire doors (done by Estates)'],
    // A closing bracket ends the line: what it holds is the marker or there is none.
    ['marker', 'Fix the booking form - done in PR #5 (later)'],
    ['marker', 'Ensure 100% of staff trained'],
    ['marker', 'Train the wardens. 100% of staff trained'],
    ['marker', 'Mark every finished job done'],
    ['marker', 'Make sure the agenda is complete'],
    ['marker', 'Write the guidance. Ticket #3044'],
    ['marker', 'Provide guidance on team traffic (and advertise it to users)'],
    ['marker', 'Hold the launch event - delivered in partnership with the union'],
    ['marker', 'Publish the report. Completed reports go to the board each term.'],
    ['marker', 'Hold a workshop – started small, grow later'],
    ['marker', 'Review the IT, HR and FINANCE processes TBC'],
    ['marker', 'DONE'],
    ['marker', 'Done ✅'],
    ['marker', ''],
    ['marker', 'Agree the budget - PR team to advise'],
    ['marker', 'Ask the juniors how the season is going'],
    ['marker', 'Keep the club going - on going forward'],
    ['marker', 'Launch the scheme (closed to new members in 2019)'],
    ['marker', 'Close the gap in pay - Implement the new grades'],
    ['marker', 'Order the kit (see: the supplier list)'],
    ['marker', 'Done (done)'],
    ['marker', 'Q3 (shipped)'],
    ['marker', 'Book the rooms (done by: Estates)'],
    ['itemWithNote', 'Mo: Plan the trip - ask the school - then the parents'],
    ['habit', 'Governance'],
    ['habit', 'Mark done'],
    ['habit', 'Tidy the shelves done (see notes)'],
    ['habit', 'Done list to be shared'],
    ['update', 'Work with the comms team on the newsletter (comms agenda item)'],
    ['update', 'Set up a meeting with the hosting provider (provider ready)'],
    ['update', 'Ask the venues for quotes (completed venues first, then the others)'],
  ]
  it.each(notRead)('%s leaves %j', (reading, line) => {
    expect(statusAtEnd(line, reading)).toBeNull()
  })

  it('gives a list item its marked status and takes the marker out of the title, one item at a time', () => {
    const { plan, issues } = tableToPlan([
      ['Review actions'],
      ['- Provide guidance on sharing files between teams (and tell users) Ticket #301'],
      ['- Alert the on-call channel if the booking API is down for 2 minutes. DONE in PR #214'],
      ['- Fix the pipeline: check the cluster name before each run. PR exists'],
      ['- Created a ticket to move the cron jobs to the scheduler'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state, a.status.text])).toEqual([
      ['Provide guidance on sharing files between teams (and tell users) Ticket #301', 'unknown', ''],
      ['Alert the on-call channel if the booking API is down for 2 minutes.', 'complete', 'DONE in PR #214'],
      ['Fix the pipeline: check the cluster name before each run.', 'in-progress', 'PR exists'],
      ['Created a ticket to move the cron jobs to the scheduler', 'unknown', ''],
    ])
    expect(issues.filter((issue) => issue.code === 'status-at-end')).toHaveLength(2)
  })

  it('reads a bare status word ending most items of a retro list, and keeps a numbered item over its sub-item', () => {
    const { plan, issues } = tableToPlan([
      ['Retro action items - 12/03/2025'],
      ['1. Move the planning meeting to Tuesdays completed'],
      ['2. Pair on the flaky login tests in progress'],
      ['3. Tidy the backlog labels completed'],
      ['3.5 Add a "needs design" label - completed 3/14'],
      ['4. Ask the support team which reports they still use ongoing'],
      ['5. Book a room for the quarterly review'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.status.state])).toEqual([
      ['1', 'Move the planning meeting to Tuesdays', 'complete'],
      ['2', 'Pair on the flaky login tests', 'in-progress'],
      ['3', 'Tidy the backlog labels', 'complete'],
      ['3.5', 'Add a "needs design" label', 'complete'],
      ['4', 'Ask the support team which reports they still use', 'ongoing'],
      ['5', 'Book a room for the quarterly review', 'unknown'],
    ])
    expect(issues.filter((issue) => issue.code === 'status-at-end')).toHaveLength(5)
  })

  it('reads a bracketed status closing the items of a roadmap list', () => {
    const { plan } = tableToPlan([
      ['Service roadmap'],
      ['1. To make the service easier to find we will:'],
      ['- add a search box to every page (done)'],
      ['- rewrite the start page (ongoing)'],
      ['- list the service in the directory'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['add a search box to every page', 'complete'],
      ['rewrite the start page', 'ongoing'],
      ['list the service in the directory', 'unknown'],
    ])
  })

  it('reads the status and comment run on after most items of a tracker, the status cut from the title', () => {
    const { plan } = tableToPlan([
      ['Garden society committee, 2 May 2031'],
      ['Actions'],
      ['Ravi offered to chase the printer quote Cancelled handed to Jo'],
      ['Jo to book the hall for the summer fair. Not done (ask again in June?)'],
      ['Sam and Jo will draft the grant budget Doing... see the shared folder'],
      ['Ana to renew the website domain'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Ravi offered to chase the printer quote', 'cancelled'],
      ['Jo to book the hall for the summer fair.', 'not-started'],
      ['Sam and Jo will draft the grant budget', 'in-progress'],
      ['Ana to renew the website domain', 'unknown'],
    ])
  })

  it('leaves a list alone when only one or two items end in a status word', () => {
    const { plan } = tableToPlan([
      ['Lab tasks'],
      ['1. Mark every finished job done'],
      ['2. Label the cupboards'],
      ['3. Order the gloves'],
      ['4. Check the fire doors'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Mark every finished job done', 'unknown'],
      ['Label the cupboards', 'unknown'],
      ['Order the gloves', 'unknown'],
      ['Check the fire doors', 'unknown'],
    ])
  })
})

describe('a status written at the end of an item, against its wording', () => {
  it('reads "(todo)" as not started although the item says what has been done', () => {
    const { plan } = tableToPlan([
      ['Team call notes'],
      ['1. Sort the tracker now that we have archived the old board (todo)'],
      ['2. Share the call agenda on Mondays (done)'],
      ['3. Invite the new volunteers (done)'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Sort the tracker now that we have archived the old board', 'not-started'],
      ['Share the call agenda on Mondays', 'complete'],
      ['Invite the new volunteers', 'complete'],
    ])
  })
})

describe('minutes closing an item with "Action complete." or "Action continues."', () => {
  it('reads the closing sentence as the item marking off its own status', () => {
    expect(statusAtEnd('(4.2) Bench by the pond – Repainted in May. Action complete.', 'marker')).toEqual({
      text: '(4.2) Bench by the pond – Repainted in May.',
      status: 'Action complete.',
      state: 'complete',
      shape: 'markerSentence',
    })
    expect(statusAtEnd('(4.5) Grit bin on Mill Lane - Action continues.', 'marker')?.state).toBe(
      'in-progress',
    )
    expect(statusAtEnd('(4.6) Grit bin on Mill Lane - Action the clerk.', 'marker')).toBeNull()
  })

  it('takes the status off the title of a minute with an Action column', () => {
    const { plan } = tableToPlan([
      ['Min.', 'Matters arising', 'Action'],
      ['4.1', '(4.2) Bench by the pond – Repainted in May. Action complete.', ''],
      ['4.2', '(4.5) Grit bin on Mill Lane - Action continues.', 'JT'],
      ['4.3', '(4.7) Hedge at the school - JT to ask the county to cut it back.', 'JT'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'in-progress', 'unknown'])
  })
})

describe('minutes closing an item with the answer still awaited', () => {
  it('reads "– reply awaited" and "Further confirmation awaited." as the item under way', () => {
    expect(statusAtEnd('The broken gate was reported to the county – reply awaited;', 'marker')).toEqual({
      text: 'The broken gate was reported to the county',
      status: 'reply awaited',
      shape: 'awaitedAnswer',
      state: 'in-progress',
    })
    expect(
      statusAtEnd('Estates said they would repaint the railings. Further confirmation awaited.', 'marker')
        ?.state,
    ).toBe('in-progress')
  })

  it('leaves other lines ending in "awaited" alone', () => {
    expect(statusAtEnd('Publish the long awaited', 'marker')).toBeNull()
    expect(statusAtEnd('The new play area is eagerly awaited.', 'marker')).toBeNull()
  })
})

describe('a status after an item’s colon or dash with its reason run on ("Not done, too busy")', () => {
  it.each([
    ['Book the minibus: Not done, the driver was away', 'Book the minibus'],
    ['Book the minibus: Not done as the driver was away.', 'Book the minibus'],
    [
      'Renew the first-aid kit – Done, but the receipt is missing from the folder now',
      'Renew the first-aid kit',
    ],
  ])('reads %j', (line, text) => {
    expect(statusAtEnd(line, 'item')?.text).toBe(text)
  })

  it('gives the items of a review of last meeting’s actions their status', () => {
    const { plan } = tableToPlan([
      ['Riding club committee, 3 March'],
      ['Present: Jo, Sam, Priya'],
      ['Actions from last meeting:'],
      ['• Jo: Book the minibus for the show: Not done, the driver was away'],
      ['• Sam: Order the rosettes: Done'],
      ['• Priya: Ask the farm about parking: Not done as the farmer was ill.'],
      ['• Sam: Renew the first-aid kit: Done, but the receipt is missing'],
    ])
    expect(plan.actions.map((a) => [a.owners, a.status.state])).toEqual([
      [['Jo'], 'not-started'],
      [['Sam'], 'complete'],
      [['Priya'], 'not-started'],
      [['Sam'], 'complete'],
    ])
  })

  it.each([
    // An instruction's verb that is also a status, and a colon before the work itself, are no status.
    'Training: Complete, sign and return the consent form',
    'Website: Ongoing costs and hosting to be reviewed, as agreed',
    'Fundraising: Ask the shops, as last year',
  ])('leaves %j', (line) => {
    expect(statusAtEnd(line, 'item')).toBeNull()
  })
})
