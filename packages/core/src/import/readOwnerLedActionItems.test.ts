import { describe, expect, it } from 'vitest'
import { readOwnerLedActionItems } from './readOwnerLedActionItems'
import { tableToPlan } from './tableToPlan'

describe('meeting action items that name their owner at the start', () => {
  it('reads each item as the title and its named person or group as the owner', () => {
    const { plan } = tableToPlan([
      ['Library systems group, notes of 9 March'],
      ['Attendees / Agenda / Action items'],
      ['Action items:'],
      ['Board: Approve the summer opening hours'],
      ['Nadia R: Send the survey results to the list'],
      ['Owen will draft the reading-room signage'],
      ['Kim Lowe volunteered to test the new catalogue search'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Approve the summer opening hours', ['Board']],
      ['Send the survey results to the list', ['Nadia R']],
      ['Owen will draft the reading-room signage', ['Owen']],
      ['Kim Lowe volunteered to test the new catalogue search', ['Kim Lowe']],
    ])
  })

  it("takes the owner before a colon out of a retro item's title, keeping the line as its description", () => {
    const { plan } = tableToPlan([
      ['Sprint 7 retro, 2-13 June'],
      ['Action items'],
      ['Maya: Move the stand-up to 9.45 so the support rota can join.'],
      ['All: tag every story with its epic before planning'],
      ['KB: ask the data team for the export schema'],
      ['Ravi will book the next show and tell'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.description])).toEqual([
      [
        'Move the stand-up to 9.45 so the support rota can join.',
        ['Maya'],
        'Maya: Move the stand-up to 9.45 so the support rota can join.',
      ],
      [
        'tag every story with its epic before planning',
        ['All'],
        'All: tag every story with its epic before planning',
      ],
      ['ask the data team for the export schema', ['KB'], 'KB: ask the data team for the export schema'],
      ['Ravi will book the next show and tell', ['Ravi'], null],
    ])
  })

  it('keeps the list number as the ref and reads the owner after an ACTION label', () => {
    const { plan } = tableToPlan([
      ['Agenda'],
      ['Review of open action items'],
      ['1. ACTION, Femi O: Book the room for the open day (carried over)'],
      ['2. ACTION: Jo P: Ask the estates team about the lift'],
      ['3. ACTION, all: Share the poster with your departments'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
      ['1', ['Femi O']],
      ['2', ['Jo P']],
      ['3', ['all']],
    ])
  })

  it('reads the "Owner: action" lines under each topic\'s "Resolved" or "Agreed" heading, dated from the meeting', () => {
    const { plan } = tableToPlan([
      ['Members meeting 2019-03-07 Notes'],
      ['19:00 Rent'],
      ['The landlord wants a two-year lease.'],
      ['Resolved'],
      ['Priya: Ask the landlord for a one-year break clause by March 28'],
      ['Tom/Ines: Compare two other spaces nearby tomorrow.'],
      ['19:15 Tools'],
      ['Should the drill press move upstairs?'],
      ['Agreed:'],
      ['Ines: Label every shelf in the tool room'],
      ['19:30 Close'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Ask the landlord for a one-year break clause by March 28', ['Priya'], '2019-03-28'],
      ['Compare two other spaces nearby tomorrow.', ['Tom', 'Ines'], null],
      ['Label every shelf in the tool room', ['Ines'], null],
    ])
  })

  it('needs an action heading and two owner-led items', () => {
    expect(
      readOwnerLedActionItems([['Minutes'], ['Priya: Book the audit'], ['Tom will order the rack']]),
    ).toBeNull()
    expect(
      readOwnerLedActionItems([['Next steps'], ['Priya: Book the audit'], ['Then we close.']]),
    ).toBeNull()
  })

  it('reads a bulleted list of labelled items with each status on an indented bullet beneath, the label out of the title', () => {
    const { plan } = tableToPlan([
      ['Estates forum call'],
      ['Actions from the last meeting'],
      ['See: minutes of 4 May'],
      ['- AI: Rosa to book the lift inspection'],
      ['  - DONE'],
      ['- AI: Dev: chase the quote for the ramp'],
      ['  - NOT DONE the supplier has not replied'],
      ['- AI: Omar to share the floor plans'],
      ['  - In progress. Two of five floors drawn.'],
      ['- AI: Rosa chase the lift engineer'],
      ['Any other business'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Rosa to book the lift inspection', ['Rosa'], 'complete'],
      ['chase the quote for the ramp', ['Dev'], 'not-started'],
      ['Omar to share the floor plans', ['Omar'], 'in-progress'],
      ['AI: Rosa chase the lift engineer', ['Rosa'], 'unknown'],
    ])
  })

  it('reads an owner bullet over its items, each ending in its status after a dash', () => {
    const { plan } = tableToPlan([
      ['Web team notes'],
      ['Action items from last meeting'],
      ['- Lena:'],
      ['  - Draft the cookie banner text - open'],
      ['  - Test the search page - done'],
      ['- Governance Group'],
      ['  - Approve the new colour palette - in progress'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Draft the cookie banner text', ['Lena'], 'not-started'],
      ['Test the search page', ['Lena'], 'complete'],
      ['Approve the new colour palette', ['Governance Group'], 'in-progress'],
    ])
  })

  it('reads "Owner: action" bullets', () => {
    const { plan } = tableToPlan([
      ['Action items'],
      ['* Noor: Renew the domain'],
      ['* Ben: Write the release notes'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Noor'], ['Ben']])
  })

  it('reads owners in brackets after bulleted next steps, and keeps an item naming none', () => {
    const { plan } = tableToPlan([
      ['Design team call'],
      ['Next steps'],
      ['- Book the usability sessions (Ravi)'],
      ['- Merge the colour tokens (Ines and Pat) once reviewed'],
      ['- Decide where the icons live'],
      ['Thanks'],
      ['- Ravi fixed the header bug'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Book the usability sessions (Ravi)', ['Ravi']],
      ['Merge the colour tokens (Ines and Pat) once reviewed', ['Ines', 'Pat']],
      ['Decide where the icons live', []],
    ])
  })
})

describe("minutes that review the last meetings' actions, each coded and closed by its state", () => {
  const rows = [
    ['Imaging facility users group, minutes of 4 March'],
    ['Review of actions from previous meetings'],
    [
      '1. Action 3.1: PK to ask the supplier about a service contract. Quote received and sent to finance. Closed',
    ],
    ['2. Action 3.2: LM/RT to draft the booking rules. Done. Closed'],
    ['3. Action 4.1: RT to test the new stage on the confocal. Ongoing Parts arrive in April.'],
    ['4. Action 4.2: PK to update the induction slides. Ongoing.'],
    ['New actions'],
    ['* 4.1: RT: Finish testing the new stage on the confocal'],
    ['* 5.1: LM to circulate the booking rules to all users'],
  ]

  it('reads the code after "Action" as the ref, the state closing each update as its status', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 26), a.owners, a.status.state])).toEqual([
      ['3.1', 'PK to ask the supplier abo', ['PK'], 'complete'],
      ['3.2', 'LM/RT to draft the booking', ['LM', 'RT'], 'complete'],
      ['4.1', 'RT to test the new stage o', ['RT'], 'ongoing'],
      ['4.2', 'PK to update the induction', ['PK'], 'ongoing'],
      ['4.1', 'Finish testing the new sta', ['RT'], 'unknown'],
      ['5.1', 'LM to circulate the bookin', ['LM'], 'unknown'],
    ])
    expect(plan.actions[0]?.description).toBe(rows[2]![0]!.slice(3))
    expect(plan.actions[2]?.status.text).toBe('Ongoing Parts arrive in April.')
  })
})

describe('action points labelled among the discussion of meeting minutes', () => {
  it('reads each line labelled as an action, its owner when one opens it, and nothing else', () => {
    const { plan } = tableToPlan([
      ['Digital board, 4 March'],
      ['Present: Ama Boateng (AB), Karl Novak (KN), Rita Sousa (RS)'],
      ['1. Accessibility review'],
      ['KN presented the audit findings. The board discussed the timetable.'],
      ['Action - KN to circulate the audit report before the next meeting.'],
      ['AB noted the cost of the contractor.'],
      ['2. Open data'],
      ['ACTION: AB/RS to list the datasets still unpublished.'],
      ['Action, RS: Ask the data team for a release date'],
      ['Action - The board will revisit the licence in June.'],
    ])
    // The last labelled line names no owner: the minute-taker marked it an action all the same.
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['KN to circulate the audit report before the next meeting.', ['KN']],
      ['AB/RS to list the datasets still unpublished.', ['AB', 'RS']],
      ['Ask the data team for a release date', ['RS']],
      ['The board will revisit the licence in June.', []],
    ])
    // The label leaves the title; the whole line, as the minutes word it, is kept as the description.
    expect(plan.actions.map((a) => a.description)).toEqual([
      'Action - KN to circulate the audit report before the next meeting.',
      'ACTION: AB/RS to list the datasets still unpublished.',
      'Action, RS: Ask the data team for a release date',
      'Action - The board will revisit the licence in June.',
    ])
    expect(plan.actions.map((a) => a.section)).toEqual([
      '1. Accessibility review',
      '2. Open data',
      '2. Open data',
      '2. Open data',
    ])
  })

  it('takes no action from a label holding only an office or a body, but still reads a label naming work', () => {
    const labels = (...marked: string[]) =>
      readOwnerLedActionItems([
        ['Site safety group, 4 May'],
        ...['Fire doors', 'Lost keys', 'Ladders'].flatMap((topic, at) => [
          [`${topic} – The group went through the report.`],
          ['The caretaker said the work would be done by half term.'],
          ['Members asked for a note of the cost.'],
          ['It was agreed to come back to it next time.'],
          [marked[at]!],
        ]),
      ])
    // Offices and bodies alone give the lines above them their owners: read by the reader of such labels.
    expect(labels('Action: Site Manager', 'Action: Finance Committee', 'Action: Deputy Head')).toBeNull()
    // "Bike Shed" and "Website Update" name work, not roles: the labelled lines stay actions.
    const read = labels('Action: Bike Shed', 'Action: Website Update', 'Action: Ladder Checks')
    expect(read?.rows.slice(read.headerRow).map((row) => row[1])).toEqual([
      'Bike Shed',
      'Website Update',
      'Ladder Checks',
    ])
  })

  it('numbers an action marked inside a line by the minute it stands under, or by its own', () => {
    const { plan } = tableToPlan([
      ['Parish council minutes'],
      ['12. Present: Cllrs Ada Moss, Tom Reed'],
      ['14. Questions from residents: the following were raised:'],
      ['- The bus shelter glass is cracked again. Action: To ask the county to replace it.'],
      ['- Posters about the litter pick were handed in. Action: To be put up in the shop.'],
      ['15. Minutes of the last meeting were approved and signed.'],
      ['16. The verge by the school has not been cut this year. Action: To write to the contractor.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['14', 'To ask the county to replace it.'],
      ['14', 'To be put up in the shop.'],
      ['16', 'To write to the contractor.'],
    ])
    // Minutes with no numbers give their marks none.
    const plain = tableToPlan([
      ['Parish council minutes'],
      ['Present: Cllrs Ada Moss, Tom Reed'],
      ['Questions from residents: the following were raised:'],
      ['- The bus shelter glass is cracked again. Action: To ask the county to replace it.'],
      ['- Posters about the litter pick were handed in. Action: To be put up in the shop.'],
      ['The verge by the school has not been cut this year. Action: To write to the contractor.'],
    ])
    expect(plain.plan.actions.map((a) => a.ref)).toEqual([null, null, null])
  })

  it('reads numbered labelled lines below a numbered agenda, the list number as ref, and owners of later sentences', () => {
    const { plan } = tableToPlan([
      ['Club committee, meeting 12'],
      ['Amira Khan'],
      ['Brendan Lowe'],
      ['1. Matters arising'],
      ['2. Summer fete'],
      ['3. Any other business'],
      ['Carried over'],
      ['1. ACTION: Amira to renew the hall insurance.'],
      ['2. ACTION: Brendan to chase the grant decision.'],
      ['1. ACTION: Amira to order the marquee. Brendan to arrange the volunteers for setting it up.'],
      ['2. ACTION: Amira and Brendan to write the newsletter, with a note on prizes to be collected.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['1', 'Amira to renew the hall insurance.', ['Amira']],
      ['2', 'Brendan to chase the grant decision.', ['Brendan']],
      [
        '1',
        'Amira to order the marquee. Brendan to arrange the volunteers for setting it up.',
        ['Amira', 'Brendan'],
      ],
      [
        '2',
        'Amira and Brendan to write the newsletter, with a note on prizes to be collected.',
        ['Amira', 'Brendan'],
      ],
    ])
  })

  it('gives a labelled line to the people its closing brackets name, whoever its subject is', () => {
    const { plan } = tableToPlan([
      ['Estates group, 9 May'],
      ['Heating'],
      ['The boiler survey was delayed again.'],
      ['Action: Group members to draft a heating policy (Omar Haddad/Lena Fischer).'],
      ['Signage'],
      ['Action: Estates to replace the lobby signs (see the plan of 2019).'],
      ['Action: Comms to publish the floor plans.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      [
        'Group members to draft a heating policy (Omar Haddad/Lena Fischer).',
        ['Omar Haddad', 'Lena Fischer'],
      ],
      ['Estates to replace the lobby signs (see the plan of 2019).', ['Estates']],
      ['Comms to publish the floor plans.', ['Comms']],
    ])
  })

  it('reads the status a progress note right below a labelled line opens with', () => {
    const { plan } = tableToPlan([
      ['Trustee actions, 2031'],
      ['1 Meeting of 3 March'],
      ['ACTION 1.1: KN to renew the insurance policy.'],
      ['Completed, the broker confirmed by letter on 9 April.'],
      ['ACTION 1.2: AB to draft a volunteer handbook.'],
      ['Worth asking the regional network for a template first.'],
      ['ACTION 1.3: RS to close the old savings account.'],
      ['Under way; the bank needs two signatures.'],
      ['ACTION 1.4: AB to book the venue'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners, a.status.state])).toEqual([
      ['1.1', ['KN'], 'complete'],
      ['1.2', ['AB'], 'unknown'],
      ['1.3', ['RS'], 'in-progress'],
      ['1.4', ['AB'], 'unknown'],
    ])
  })

  it('gives a labelled line naming no owner to the team line above it, and reads owner-led lines under a next-steps heading', () => {
    const { plan } = tableToPlan([
      ['Launch call, 2 June'],
      ['Present: Ama, Karl, Lena, Omar, Rita'],
      ['Working groups set up'],
      ['Outreach - Ama, Karl'],
      ['ACTION: Draft the partner mailing'],
      ['ACTION: Lena to share the contact list'],
      ['Budget and reporting - Omar and Rita'],
      ['ACTION: Open a cost-code request'],
      ['Further next steps:'],
      ['Karl to test the booking form'],
      ['The group thanked the hosts.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Draft the partner mailing', ['Ama', 'Karl']],
      ['Lena to share the contact list', ['Lena']],
      ['Open a cost-code request', ['Omar', 'Rita']],
      ['Karl to test the booking form', ['Karl']],
    ])
  })

  it('leaves an action written as a response under each numbered point to the readers of such pairs', () => {
    expect(
      readOwnerLedActionItems([
        ['Priorities'],
        ['1. Museums should widen their boards.'],
        ['ACTION: The museum will invite two community members.'],
        ['2. Museums should train volunteers.'],
        ['ACTION: RPM will open its courses to volunteers.'],
      ]),
    ).toBeNull()
  })

  it('reads outstanding actions tagged with the owner in brackets, each ending in its status, titled after the bracket', () => {
    const { plan } = tableToPlan([
      ['Board meeting 14'],
      ['2. Outstanding actions'],
      ['- [KD] Book the venue for the spring showcase - done'],
      ['- [RB] Draft the volunteer policy - in progress'],
      ['  - [TK] Collect examples from other societies'],
      ['- [All] Review the new web pages: done'],
      ['- [KD] Renew the domain - done. The old registrar has closed.'],
      ['- [TK] Think about a summer school'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Book the venue for the spring showcase', ['KD'], 'complete'],
      ['Draft the volunteer policy', ['RB'], 'in-progress'],
      ['Review the new web pages', ['All'], 'complete'],
      ['Renew the domain', ['KD'], 'complete'],
      ['Think about a summer school', ['TK'], 'unknown'],
    ])
  })

  it('takes an item\'s owner from an "Assigned:" bullet beneath it, and its status from another', () => {
    const { plan } = tableToPlan([
      ['Committee call, 2 June'],
      ['Action items from the previous call'],
      ['* Invite the treasurer to the call'],
      ['    * Assigned: Mira'],
      ['    * Done'],
      ['* Trial a new mailing list'],
      ['    * Assigned: Outreach Committee'],
      ['    * In progress, two lists compared'],
      ['* Budget Report'],
      ['    * Assigned to: Joel Price'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Invite the treasurer to the call', ['Mira'], 'complete'],
      ['Trial a new mailing list', ['Outreach Committee'], 'in-progress'],
      ['Budget Report', ['Joel Price'], 'unknown'],
    ])
  })

  it('reads "AIs" in a heading as action items: a bullet naming them in brackets, and a closing "AIs" line', () => {
    const { plan } = tableToPlan([
      ['Choir committee notes, 9 May'],
      ['Agenda:'],
      ['* Matters carried over (AIs from the spring meeting)'],
      ['  * Rhona to price the new folders'],
      ['  * Idris and Kemi to ask the hall about Sunday bookings'],
      ['AIs'],
      ['* Kemi to send the concert poster to the printer.'],
      ['* Rhona to book the tuner for June.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Rhona to price the new folders', ['Rhona']],
      ['Idris and Kemi to ask the hall about Sunday bookings', ['Idris', 'Kemi']],
      ['Kemi to send the concert poster to the printer.', ['Kemi']],
      ['Rhona to book the tuner for June.', ['Rhona']],
    ])
  })

  it('takes no action-item heading from "ais" in lower case', () => {
    const { plan } = tableToPlan([
      ['Garden group notes'],
      ['Notes on the ais of the walled garden'],
      ['  * Rhona to price the new folders'],
      ['  * Idris and Kemi to ask the hall about Sunday bookings'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([[], []])
  })
})

describe('next steps that name their owners after the item, in several ways', () => {
  const rows = [
    ['Editors’ meeting, 14 March'],
    ['Next steps'],
    ['We went through the notes and agreed these next steps:'],
    ['RFC to the style guide repo with the agreed spellings (Mia, Joe, Ravi, Lena)'],
    ['Pick a survey tool for readers (a form, or a poll?) - Mia to ask the web team'],
    ['Monthly check-in on the glossary, with the translators invited. (Joe to book)'],
    ['Open a ticket about the slow image uploads (Ravi)'],
    ['Start a thread in the editors’ forum for'],
    ['“Should captions carry credits?”'],
    ['We will come back to this after the spellings are agreed.'],
  ]

  it('reads each item’s owners from its closing bracket, a bracket tasking someone, or a dashed clause', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['RFC to the style guide repo with the agreed spellings', ['Mia', 'Joe', 'Ravi', 'Lena']],
      ['Pick a survey tool for readers (a form, or a poll?)', ['Mia']],
      ['Monthly check-in on the glossary, with the translators invited.', ['Joe']],
      ['Open a ticket about the slow image uploads', ['Ravi']],
      ['Start a thread in the editors’ forum for', []],
    ])
  })
})

describe('a labelled action point with an aside in brackets before its owner', () => {
  it('names the owner after the aside and keeps the aside in the title', () => {
    const { plan } = tableToPlan([
      ['Tennis club committee, 2 May 2031'],
      ['Present: Lena, Omar, Jo'],
      ['Courts'],
      ['The nets on court two are torn again.'],
      ['AP1: Omar to order two new nets'],
      ['AP2: (if the grant comes through) Lena to book the resurfacing'],
      ['AP3: (after AP2) Jo and Omar to tell the members'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['AP1', 'Omar to order two new nets', ['Omar']],
      ['AP2', '(if the grant comes through) Lena to book the resurfacing', ['Lena']],
      ['AP3', '(after AP2) Jo and Omar to tell the members', ['Jo', 'Omar']],
    ])
  })
})

describe('labelled action points with an arrow after the owner, and members named before a colon', () => {
  it('reads the owners before an arrow, and a line opening with a member given work elsewhere and a colon', () => {
    const { plan } = tableToPlan([
      ['Survey group, notes of 12 May'],
      ['Lena: Check the weights of the spring sample'],
      ['Fieldwork: the late returns came in on Friday.'],
      ['Omar: Send the open answers to the coders'],
      ['The tables still take a day to rebuild.'],
      ['Action: Lena/Omar -> Recode the open answers.'],
      ['We looked at the response rates by region.'],
      ['Action: Lena to draft the methods note.'],
      ['The next meeting moves to Thursday.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Check the weights of the spring sample', ['Lena']],
      ['Send the open answers to the coders', ['Omar']],
      ['Recode the open answers.', ['Lena', 'Omar']],
      ['Lena to draft the methods note.', ['Lena']],
    ])
    // A topic before a colon ("Fieldwork: …") names no one the minutes give work to, so it is no action.
    expect(plan.actions.map((a) => a.description)).toEqual([
      'Lena: Check the weights of the spring sample',
      'Omar: Send the open answers to the coders',
      'Action: Lena/Omar -> Recode the open answers.',
      'Action: Lena to draft the methods note.',
    ])
  })
})

describe('what a member said, before a colon, among labelled action points', () => {
  const actions = (rows: string[][]) =>
    readOwnerLedActionItems(rows)
      ?.rows.slice(2)
      .map((row) => [row[1], row[2]])

  it('leaves out a view or a reply of a member given work elsewhere', () => {
    expect(
      actions([
        ['Survey group, notes of 4 June'],
        ['Lena: Check the weights of the spring sample'],
        ['Omar: Send the late returns to the coders'],
        ['Lena: Rerun the tables with the new weights'],
        ['Omar: I think the response rate is too low to publish.'],
        ['Action: Lena to draft the methods note.'],
        ['The panel will meet again in July.'],
        ['Action: Omar to ask the field team for the late returns.'],
      ]),
    ).toEqual([
      ['Check the weights of the spring sample', 'Lena'],
      ['Send the late returns to the coders', 'Omar'],
      ['Rerun the tables with the new weights', 'Lena'],
      ['Lena to draft the methods note.', 'Lena'],
      ['Omar to ask the field team for the late returns.', 'Omar'],
    ])
  })

  it('reads no member line as work when the minutes report the discussion turn by turn', () => {
    expect(
      actions([
        ['Survey group, notes of 4 June'],
        ['Omar: I think the response rate is too low to publish.'],
        ['Lena: Agreed, the spring sample is thin.'],
        ['Omar: Hold the tables back until the late returns come in'],
        ['Action: Lena to draft the methods note.'],
        ['Action: Omar to ask the field team for the late returns.'],
      ]),
    ).toEqual([
      ['Lena to draft the methods note.', 'Lena'],
      ['Omar to ask the field team for the late returns.', 'Omar'],
    ])
  })
})

describe('action points coded with capitals and digits before their owner', () => {
  it('reads the code as the ref and the initials after it as the owner, not the status after the dash', () => {
    const { plan } = tableToPlan([
      ['Allotment society committee'],
      ['Notes of the meeting held on 3 June 2031'],
      ['Outstanding action points:'],
      ['AP41 RB to ask the council about a second water trough - ONGOING.'],
      ['AP44 KT to order the new shed padlocks, done - CLOSED'],
    ])
    expect(plan.actions.map((a) => ({ ref: a.ref, owners: a.owners, state: a.status.state }))).toEqual([
      { ref: 'AP41', owners: ['RB'], state: 'ongoing' },
      { ref: 'AP44', owners: ['KT'], state: 'complete' },
    ])
  })
})

describe('readOwnerLedActionItems: minutes closing each topic with an "Actions" list', () => {
  it('reads every list under the same bare heading once one names owners, and instructions naming no one', () => {
    const { plan } = tableToPlan(
      [
        'Garden society committee, 2 May',
        'Topic 1: Seed library',
        'The shelves are full and the labels are fading.',
        'Actions',
        'Replace the labels with printed ones from the new machine.',
        'Move the surplus seed packets to the hall cupboard',
        'Topic 2: Summer show',
        'The hall is booked but the judges are not.',
        'Actions',
        'Priya to ask the county society for two judges.',
        'Print posters for the library and the shop',
        'Tom to book the marquee for the weekend.',
        'Draft the class list for the show',
        'Topic 3: Website',
        'Actions',
        'Start a monthly news page',
      ].map((line) => [line]),
    )
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Replace the labels with printed ones from the new machine.', []],
      ['Move the surplus seed packets to the hall cupboard', []],
      ['Priya to ask the county society for two judges.', ['Priya']],
      ['Print posters for the library and the shop', []],
      ['Tom to book the marquee for the weekend.', ['Tom']],
      ['Draft the class list for the show', []],
      ['Start a monthly news page', []],
    ])
  })
})

describe('readOwnerLedActionItems: a checklist of action items with no bullets', () => {
  it('reads the box opening each plain line as its status and leaves it out of the title', () => {
    const { plan } = tableToPlan(
      [
        'Docs group kickoff',
        'Attendees',
        'Ana Ruiz, Cosmonic',
        'Ben Ode, Fermyon',
        'Action Items',
        '[ ] Fix the broken examples in the guide. (Ana)',
        '[x] Open the landing page project. (Ben)',
        '[ ] Grant rights to the co-chairs. (Ana and Ben)',
      ].map((line) => [line]),
    )
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Fix the broken examples in the guide.', ['Ana'], 'not-started'],
      ['Open the landing page project.', ['Ben'], 'complete'],
      ['Grant rights to the co-chairs.', ['Ana', 'Ben'], 'not-started'],
    ])
  })
})

describe('a period of the year opening an owner-led item', () => {
  it.each([
    ['Q3 JS to draft the budget for the hall', 'JS'],
    ['H1 CD to book the venue for the fair', 'CD'],
    ['FY32 AB to renew the insurance policy', 'AB'],
  ])('%s: the period is when it is due, not an action point code', (line, owner) => {
    const { plan } = tableToPlan([
      ['Residents association'],
      ['Notes of the meeting held on 3 June 2031'],
      ['Action items:'],
      [line],
      ['AP7 KT to order the new shed padlocks'],
    ])
    expect(plan.actions.map((a) => ({ ref: a.ref, owners: a.owners }))).toEqual([
      { ref: null, owners: [owner] },
      { ref: 'AP7', owners: ['KT'] },
    ])
  })
})

describe('readOwnerLedActionItems: Markdown minutes numbering every item "1.", each opening with its owners in square brackets', () => {
  const minutes = [
    ['Steering group minutes, 3 April'],
    ['Open action items'],
    ['1. [Priya] Ask the venues for quotes for the autumn meeting'],
    ['1. [Ola/Ben] work with the comms team on the newsletter - (comms agenda item)'],
    ['1. [Ana K, Tom R, Lee S, Mo D, Jo P] review the draft charter with the members'],
    ['1. [Ben] Move the old repositories to the archive (Done - the team finds them under the archive org)'],
    ['Completed action items'],
    ['1. [Ola] Update the website with the new charter (Done, on the home page)'],
    ['2. [Tom R] Book the room for the workshop (Done)'],
    ['Budget'],
    ['The treasurer went through the figures.'],
    ['ACTION: TR send the figures to the board after the audit (Done)'],
  ]

  it('reads no refs from the numbers, the owners from the brackets, the title after them', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      [null, 'Ask the venues for quotes for the autumn meeting', ['Priya']],
      [null, 'work with the comms team on the newsletter - (comms agenda item)', ['Ola', 'Ben']],
      [null, 'review the draft charter with the members', ['Ana K', 'Tom R', 'Lee S', 'Mo D', 'Jo P']],
      [null, 'Move the old repositories to the archive', ['Ben']],
      [null, 'Update the website with the new charter', ['Ola']],
      [null, 'Book the room for the workshop', ['Tom R']],
      [null, 'TR send the figures to the board after the audit', ['TR']],
    ])
  })

  it('reads the state opening a closing bracket, and an action point marked in the discussion after the lists', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((a) => a.status.state)).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'complete',
      'complete',
      'complete',
      'complete',
    ])
  })

  it('keeps the numbers as refs when the list counts up', () => {
    const { plan } = tableToPlan([
      ['Steering group minutes, 3 April'],
      ['Open action items'],
      ['1. [Priya] Ask the venues for quotes for the autumn meeting'],
      ['2. [Ben] Move the old repositories to the archive'],
      ['3. [Ola] Update the website with the new charter'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['1', '2', '3'])
  })
})

describe('a bracket giving the role of the person named right before it', () => {
  it('leaves the owner the line opens with, and still reads a bracket of names after the work', () => {
    const { plan } = tableToPlan([
      ['Parish council minutes, 9 October'],
      ['The allotment rents were reviewed and agreed.'],
      ['Action: Parish Clerk to write to the school in consultation with Ruth Porter (Footpaths Officer)'],
      ['The bus shelter roof is leaking again.'],
      ['Action: JB to ask the county about the repair.'],
      ['The footpath survey was discussed.'],
      ['Action: Parish Clerk to write up the survey findings (Ruth Porter)'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Parish Clerk'], ['JB'], ['Ruth Porter']])
  })

  it('still reads the owner in brackets after a body or a thing named in capitals ("the Finance Committee")', () => {
    const { plan } = tableToPlan([
      ['Village hall committee, 2 March'],
      ['The accounts were received.'],
      ['Action: send the accounts to the Finance Committee (Jo Bloggs)'],
      ['The roof is leaking again.'],
      ['Action: ask for a quote for the roof (Sam Ode)'],
      ['The survey was discussed.'],
      ['Action: post the survey to the county (Ana Lee)'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Jo Bloggs'], ['Sam Ode'], ['Ana Lee']])
  })
})

describe('minutes whose items carry their minute numbers, each answered by a labelled line', () => {
  const minutes = [
    ['Tennis club committee, April 2031'],
    ['Present: PA, RB, SC, TD'],
    ['3 Matters arising'],
    ['2031/02 – 07 Court nets'],
    ['Action: The nets to be replaced before the season.'],
    ['2031/03 – 04 Junior coaching'],
    ['Action: RB to find a second coach for the Saturday group.'],
    ['2031/03 – 09 Clubhouse'],
    ['a) Kitchen'],
    ['Action: Advice awaited from the council on the new fridge.'],
    ['b) 2nd changing room'],
    ['The quotes came in higher than expected.'],
    ['Action: SC/TD to ask two more builders to quote.'],
    ['4 Any other business'],
  ]

  it('reads every labelled line, owned or not, cited by the heading above it', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['2031/02 – 07', 'The nets to be replaced before the season.', []],
      ['2031/03 – 04', 'RB to find a second coach for the Saturday group.', ['RB']],
      ['a', 'Advice awaited from the council on the new fridge.', []],
      ['b', 'SC/TD to ask two more builders to quote.', ['SC', 'TD']],
    ])
  })

  it('leaves the heading numbers out when sub-items restart their letters under each agenda item', () => {
    const { plan } = tableToPlan([
      ...minutes.slice(0, 3),
      ['a) Court nets'],
      ['Action: PA to order the new nets.'],
      ['4 Clubhouse'],
      ['a) Kitchen'],
      ['Action: RB to price a new fridge.'],
      ['b) Changing room'],
      ['Action: The floor to be resealed.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      [null, 'PA to order the new nets.'],
      [null, 'RB to price a new fridge.'],
      [null, 'The floor to be resealed.'],
    ])
  })
})

describe('a running task list whose done actions are labelled "Actioned" and open ones "Action:"', () => {
  const minutes = [
    'Choir committee',
    'Spring concert',
    '1. Book the hall',
    'Actioned RB to book the hall for the dress rehearsal',
    'Actioned Someone to ask the caretaker for the keys',
    '1. Print tickets',
    'Action: MN to print the tickets',
    'Actioned design the ticket',
    '1. Publicity',
    'Actioned JT to put up posters in the library',
    'Action: JT to email the local paper',
    '1. Refreshments',
    'Nothing more to report this time',
  ].map((line) => [line])

  it('reads "Actioned" lines as actions done, "Action:" lines as open ones, and "Someone" as no owner', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.title, action.owners, action.status.state])).toEqual([
      ['RB to book the hall for the dress rehearsal', ['RB'], 'complete'],
      ['Someone to ask the caretaker for the keys', [], 'complete'],
      ['MN to print the tickets', ['MN'], 'unknown'],
      ['design the ticket', [], 'complete'],
      ['JT to put up posters in the library', ['JT'], 'complete'],
      ['JT to email the local paper', ['JT'], 'unknown'],
    ])
  })

  it('reads a task heading over a decision not to do it as an action cancelled, and no other heading', () => {
    const lines = [
      ...minutes.slice(0, 12),
      ['1. Sell programmes'],
      ['It was agreed we won’t do this year'],
      ['1. Raffle'],
      ['It was agreed the prizes are fine'],
      ['Action: MN to buy raffle tickets'],
    ]
    const { plan } = tableToPlan(lines)
    const read = plan.actions.map((action) => [action.title, action.status.state])
    expect(read).toContainEqual(['Sell programmes', 'cancelled'])
    expect(read.some(([title]) => title === 'Raffle' || title === 'Refreshments')).toBe(false)
  })

  it('does not read a line opening with "Actioned" as a label unless a space follows the word', () => {
    const lines = minutes.map((row) => [row[0]!.replace(/^Actioned /, 'Actionedness of ')])
    const { plan } = tableToPlan(lines)
    expect(plan.actions.some((action) => action.status.state === 'complete')).toBe(false)
  })
})

describe('owner-led items on long input', () => {
  // Timed at N and 8N in bench/importBadInput.ts; here what the long input reads as.
  it('reads a page of 20,000 short lines, lists of owner-led items under their headings', () => {
    const page = [['Allotment society, notes']]
    for (let i = 0; page.length < 20_000; i++)
      page.push([
        i % 10 === 0 ? 'Action items:' : `${i % 3 ? 'Rosa' : 'Dev'}: water bed ${i} before the show`,
      ])
    expect(readOwnerLedActionItems(page)?.rows.length).toBeGreaterThan(17_000)
  })

  it('reads an item of 20,000 characters among short ones', () => {
    const long = `Rosa: ${'weed the beds by the gate, (then) the shed - '.repeat(440)}`
    const page = [
      ['Allotment society, notes'],
      ['Action items:'],
      ['Dev: mend the fence'],
      [long],
      ['Ida will order seed'],
    ]
    const read = readOwnerLedActionItems(page)
    expect(read?.rows.slice(-3).map((row) => row[2])).toEqual(['Dev', 'Rosa', 'Ida'])
  })
})

describe('readOwnerLedActionItems: action points under the dates of the meetings that set them', () => {
  const review = [
    'Harbour trust board, 2 March 2031',
    '4. Matters arising',
    'Action points',
    'November 12th 2030',
    'AP3 Nia to ask the council for the slipway survey. Discharged',
    'January 8th 2031 [Special meeting]',
    'AP1 Treasurer to send the grant claim to the fund.Ongoing',
    'AP2 Nia to thank the volunteers who painted the shed.',
    'Discharged: letter sent in February.',
    'AP4 Chair to book the hall for the open day.',
  ].map((line) => [line])

  it('reads the date lines as the meetings over the items, and the state run on or under each item', () => {
    const { plan } = tableToPlan(review)
    expect(plan.actions.map((a) => [a.ref, a.owners, a.status.state])).toEqual([
      ['AP3', ['Nia'], 'complete'],
      ['AP1', ['Treasurer'], 'ongoing'],
      ['AP2', ['Nia'], 'complete'],
      ['AP4', ['Chair'], 'unknown'],
    ])
    expect(plan.actions[1]!.title).toBe('Treasurer to send the grant claim to the fund.')
  })

  it('leaves a date line over a line naming no owner as it was', () => {
    expect(
      readOwnerLedActionItems(
        ['Action points', 'November 12th 2030', 'The slipway survey was discussed at length.'].map((line) => [
          line,
        ]),
      ),
    ).toBeNull()
  })
})

describe('labelled minutes whose lines may close with the label and an owner alone', () => {
  it('gives the owner the work before the closing label, beside the lines opening with their owner', () => {
    const { plan } = tableToPlan([
      ['Parish council minutes, 4 March'],
      ['Present: Cllr A Hale, Cllr R Moss, Cllr T Ode.'],
      ['1. Apologies for absence.'],
      ['There were none.'],
      ["2. Clerk's update."],
      ['Bench by the pond. The bench is loose again. Action: Clerk to ask the contractor for a quote.'],
      ['Verge cutting. The verge was cut in May. Action: Clerk to pay the invoice.'],
      ["The dates of next year's meetings will be sent to members. Action: Clerk."],
      ['Hedges. The hedge was cut back in May. Action: soon.'],
      ['3. Planning.'],
      ['No applications had been received.'],
    ])
    // "Action: soon." names no one: its line stays discussion.
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Clerk to ask the contractor for a quote.', ['Clerk']],
      ['Clerk to pay the invoice.', ['Clerk']],
      ["The dates of next year's meetings will be sent to members.", ['Clerk']],
    ])
  })
})

describe('a list of actions headed as decided in the meeting', () => {
  it('reads the owner-led bullets under "Actions decided on tonight:"', () => {
    const { plan } = tableToPlan([
      ['Board members present: Ana Reyes, Bo Lind, Kit Moss'],
      ['Minutes: September minutes approved.'],
      ['Actions decided on tonight:'],
      ['• Ana will ask the hall about the spring dates.'],
      ['• Bo will draft a letter to the sponsors and send it round.'],
      ['• Kit working on a new members leaflet.'],
      ['Treasurer’s report'],
      ['• Subscriptions are up on last year.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Ana will ask the hall about the spring dates.', ['Ana']],
      ['Bo will draft a letter to the sponsors and send it round.', ['Bo']],
      ['Kit working on a new members leaflet.', ['Kit']],
    ])
  })
})

describe('carried actions labelled "ACTION:" with their state before a colon', () => {
  it('reads the state as the status and the initials after it as the owner', () => {
    const minutes = [
      'Allotment committee, review of actions',
      'The following points were carried over from the last meeting.',
      'ACTION: Ongoing: PK to ask the council about the water meter',
      'ACTION: Done: MW to order the new padlocks',
      'ACTION: Deferred: RS will price a second shed',
      'ACTION: Treasurer: report the balance at the next meeting',
    ].map((line) => [line])
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.title, action.owners, action.status.state])).toEqual([
      ['PK to ask the council about the water meter', ['PK'], 'ongoing'],
      ['MW to order the new padlocks', ['MW'], 'complete'],
      ['RS will price a second shed', ['RS'], 'on-hold'],
      ['report the balance at the next meeting', ['Treasurer'], 'unknown'],
    ])
  })

  it('numbers a labelled line by the sub-item right above it, not by a count opening a line', () => {
    const minutes = [
      'Allotment committee, review of actions',
      '12 members came; these points were carried over from the last meeting.',
      'ACTION: RS will price a second shed',
      '3.1 PK to ask the council about the water meter, as agreed in March',
      'ACTION: Ongoing: PK to ask the council about the water meter',
      '3.2 MW to order the new padlocks for both gates',
      'ACTION: MW to order the new padlocks',
    ].map((line) => [line])
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.ref, action.owners])).toEqual([
      [null, ['RS']],
      ['3.1', ['PK']],
      ['3.2', ['MW']],
    ])
  })
})
