import { describe, expect, it } from 'vitest'
import { ownerAtStart } from './ownerAtStart'
import { readBareActionMarks } from './readBareActionMarks'
import { tableToPlan } from './tableToPlan'

const notes = [
  'Garden group notes 4 March',
  'Present: Ines, Kofi, Mara',
  '1. Matters arising',
  '1. Seed swap went well, about forty people came and the library wants to host the next one.',
  '2. Signage - ACTION Kofi needs to ask the council about the new sign.',
  '3. ACTION Mara – add the compost rota to the next agenda',
  '2. Spring fair',
  'Stall: plants and tea. Ines will bring the urn if the hall has none.',
  'ACTION Ines will book the trestle tables. Kofi will print the price cards. Need to be done by the 20th.',
  'ACTIONs Mara to collect the plant pots from the allotments',
  '3. Money',
  '1. Bank account: forms signed by Ines and Kofi . ACTION Kofi will post them to the bank.',
].map((line) => [line])

describe('minutes marking their actions with a bare ACTION before the name of whoever takes each on', () => {
  it('reads each marked line as an action owned by the name after the mark, the discussion left out', () => {
    const { plan } = tableToPlan(notes)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Kofi needs to ask the council about the new sign.', ['Kofi']],
      ['add the compost rota to the next agenda', ['Mara']],
      [
        'Ines will book the trestle tables. Kofi will print the price cards. Need to be done by the 20th.',
        ['Ines'],
      ],
      ['Mara to collect the plant pots from the allotments', ['Mara']],
      ['Kofi will post them to the bank.', ['Kofi']],
    ])
  })

  it('gives the item numbers as refs when every marked line has one', () => {
    const numbered = readBareActionMarks([
      { index: 0, text: 'Notes' },
      { index: 1, text: '1. ACTION Ana will renew the domain.' },
      { index: 2, text: '2. Hall - ACTION Tom needs to book the hall.' },
      { index: 3, text: '3. ACTION Sam – print the flyers' },
    ])
    expect(numbered?.rows.slice(2).map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Ana will renew the domain.', 'Ana'],
      ['2', 'Tom needs to book the hall.', 'Tom'],
      ['3', 'print the flyers', 'Sam'],
    ])
  })

  it('leaves headings in capitals and too few marks to the other readers', () => {
    const headings = ['Plan', 'ACTION PLAN 2031', 'TAKE ACTION Now on waste', 'ACTION Areas for the year']
    expect(readBareActionMarks(headings.map((text, index) => ({ index, text })))).toBeNull()
  })

  it('reads "Need to …" as an instruction, not a person named Need', () => {
    expect(ownerAtStart('Need to be done by the 20th.', 'name-first')).toBeNull()
  })
})

describe('minutes marking their action items with one emoji before whoever takes each on', () => {
  const minutes = [
    'Workshop members meeting, 2 March 2031',
    'Present: Ana, Bo, Kit Moss, Lu',
    'Lu: the band saw keeps jamming.',
    '🔧 Bo offered to look at the band saw.',
    'Ana: the fire exit sign is out.',
    '🔧 (Kit Moss?) is asking the landlord about the sign',
    'Nobody took on the paint store.',
    'Kit: the kiln needs a new shelf.',
    '🔧 Ana is going to order a kiln shelf.',
    '🟢 Rota agreed for April',
  ].map((line) => [line])

  it('reads each line the emoji opens as an action owned by the name after it, the discussion left out', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Bo offered to look at the band saw.', ['Bo']],
      ['(Kit Moss?) is asking the landlord about the sign', ['Kit Moss']],
      ['Ana is going to order a kiln shelf.', ['Ana']],
    ])
  })

  it('never takes a coloured status shape as the mark', () => {
    const shapes = [
      'Board',
      '🟢 Ana will book the hall',
      '🟢 Bo will print',
      '🟢 Kit will post',
      'Other news',
    ]
    expect(readBareActionMarks(shapes.map((text, index) => ({ index, text })))).toBeNull()
  })
})

describe('plain notes flagging each action line with two asterisks', () => {
  it('reads each flagged line as an action owned by the name after the asterisks, one naming no one as well', () => {
    const { plan } = tableToPlan(
      [
        'Canal society committee, 9 May',
        'Ola, Femi, Dara, Ruth.',
        'The towpath clean-up went well and twelve people came,',
        'the bins by the lock were emptied afterwards.',
        '**Femi to write to the trust about the broken gate.',
        'The notice board by the bridge has been vandalised again and',
        '**Dara will ask the council for a lockable cover, and a quote',
        'for fitting it.',
        '**Ruth to book the boat for the summer trip.',
        '**Anyone with spare tools to bring them on Saturday.',
      ].map((line) => [line]),
    )
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Femi to write to the trust about the broken gate.', ['Femi']],
      ['Dara will ask the council for a lockable cover, and a quote', ['Dara']],
      ['Ruth to book the boat for the summer trip.', ['Ruth']],
      ['Anyone with spare tools to bring them on Saturday.', []],
    ])
  })

  it('takes no bold words closed on their line as the mark', () => {
    const bold = [
      'Board',
      '**Ana will book the hall**',
      '**Bo will print the flyers** today',
      '**Kit will post the letters**',
      'Other news',
    ]
    expect(readBareActionMarks(bold.map((text, index) => ({ index, text })))).toBeNull()
  })

  it('needs three flagged lines naming their owners, not lines naming no one', () => {
    const unowned = [
      'Board',
      '**Anyone with tools to bring them.',
      '**Someone to sweep the yard on Friday.',
      '**The gate to be painted before June.',
      '**Ana will book the hall.',
    ]
    expect(readBareActionMarks(unowned.map((text, index) => ({ index, text })))).toBeNull()
  })
})

describe('action marks written in other ways: a code after the mark, owners in brackets, a mark ending a paragraph', () => {
  it('reads "Action <code> <owner> to …" lines, the code as the ref', () => {
    const minutes = [
      'Village hall committee',
      'Min 3/31 Matters arising',
      'The hall needs a new boiler before winter, and two quotes have come in.',
      'Action 3/31/1 Mrs Okoro to ask for a third quote',
      'Action 3/31/2 Treasurer to check the reserves',
      'Action 3/31/3 All Trustees to visit the boiler room',
    ].map((line) => [line])
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.ref, action.title, action.owners])).toEqual([
      ['3/31/1', 'Mrs Okoro to ask for a third quote', ['Mrs Okoro']],
      ['3/31/2', 'Treasurer to check the reserves', ['Treasurer']],
      ['3/31/3', 'All Trustees to visit the boiler room', ['All Trustees']],
    ])
  })

  it('reads "ACTION (initials): …" lines, the initials in the bracket as the owners', () => {
    const minutes = [
      'Residents association notes',
      'Chair: Lena',
      'The lift broke twice this month and the landlord has not replied.',
      'ACTION (PK): write to the landlord about the lift',
      'ACTION (LM/TS): count the empty garages',
      'ACTION (DW): is the car park ours to fence? Ask the council',
    ].map((line) => [line])
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['write to the landlord about the lift', ['PK']],
      ['count the empty garages', ['LM', 'TS']],
      ['is the car park ours to fence? Ask the council', ['DW']],
    ])
  })

  it('reads bulleted "ACTION (initials): …" lines, owners joined by "+", a helper or the whole group', () => {
    const email = [
      'Choir committee call, notes',
      'We ran long on the concert budget, so thanks for staying on.',
      'Actions are:',
      '* ACTION (TB): ask the church about the April dates.',
      '* ACTION (NK + OS): price the new folders',
      '* ACTION (all): send the treasurer your expenses',
      '* ACTION (OS + with support from TB): draft the spring newsletter',
      '* ACTION (see minutes): tidy the music cupboard',
      '* Next call on the 3rd (all welcome)',
    ].map((line) => [line])
    const { plan } = tableToPlan(email)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['ask the church about the April dates.', ['TB']],
      ['price the new folders', ['NK', 'OS']],
      ['send the treasurer your expenses', ['all']],
      ['draft the spring newsletter', ['OS', 'TB']],
    ])
  })

  it('reads a mark tacked onto the end of a paragraph, in any case, set off or after a word in lower case', () => {
    const minutes = [
      'Makerspace board meeting',
      'Laser cutter - the tube is failing, quotes sought Action: Ines to order a new tube',
      'Rota - agreed by all Action - Kofi to update the rota',
      'Bins - the council will not collect them any more Action Mara to book a skip',
      'Climate Action Group to meet on Friday to plan the repair cafe.',
    ].map((line) => [line])
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Ines to order a new tube', ['Ines']],
      ['Kofi to update the rota', ['Kofi']],
      ['Mara to book a skip', ['Mara']],
    ])
  })

  it('does not read "Action" inside a name, or a code not followed by an owner, as a mark', () => {
    const lines = [
      'Notes',
      'The Climate Action Group to host the fair.',
      'Action 2/31/1 to be agreed at the next meeting',
      'Our Action Plan to be approved in May.',
    ]
    expect(readBareActionMarks(lines.map((text, index) => ({ index, text })))).toBeNull()
  })
})

const page = (lines: readonly string[]) => lines.map((text, index) => ({ index, text }))

describe('a mark closing a paragraph, followed only by whoever takes the work on', () => {
  const minutes = [
    'Bowls club committee, 9 May',
    '1. Green keeping',
    'The mower was serviced. A thank-you card is to go to the groundsman ACTION Rhea/Omar',
    '2. Kit',
    'New woods were priced. The committee agreed to wait, and Dana Kerr will ask for two more quotes. ACTION Dana',
    '3. Minutes',
    'Bar stock was counted. ACTION – TK to order the summer lager.',
    '31/014 - The council has not replied about the fence. It was agreed to write again. ACTION SECRETARY',
    'The tea urn has been fixed ACTION Done',
    'We thanked the Climate Action Group',
  ].map((line) => [line])

  it('gives the last sentence before the mark, or its clause naming the owner, to the names after it', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.ref, action.title, action.owners])).toEqual([
      [null, 'A thank-you card is to go to the groundsman', ['Rhea', 'Omar']],
      [null, 'Dana Kerr will ask for two more quotes.', ['Dana']],
      [null, 'TK to order the summer lager.', ['TK']],
      ['31/014', 'It was agreed to write again.', ['SECRETARY']],
    ])
    expect(plan.actions[3]?.description).toContain('The council has not replied')
  })

  it('reads no closing status word, no "Action" inside a name and no heading after "ACTION -" as a mark', () => {
    const lines = [
      'Notes',
      'The tea urn has been fixed ACTION Done',
      'We thanked the Climate Action Group',
      'ACTION - Order new woods',
      'ACTION - Green keeping rota',
    ]
    expect(readBareActionMarks(page(lines))).toBeNull()
  })
})

describe('minutes labelling their action points "AP:", "ACTION:" or "ACTION [x]" at the line start', () => {
  it.each([
    [
      'an "AP:" label before the owner\'s initials',
      [
        'Library users group, 2 June',
        'Relating to the reading room:',
        'The new chairs were liked by most, though the lamps are too dim for evening use.',
        'AP: RT to ask estates for brighter lamps',
        'AP: MK to put the survey results on the notice board.',
        'Relating to the loan limits:',
        'AP: JOS to draft a note on raising the limit for postgraduates.',
      ],
      [
        ['RT to ask estates for brighter lamps', 'RT', ''],
        ['MK to put the survey results on the notice board.', 'MK', ''],
        ['JOS to draft a note on raising the limit for postgraduates.', 'JOS', ''],
      ],
    ],
    [
      'a ticked box after "ACTION" and the owner in a closing bracket',
      [
        'Housing co-op meeting',
        'Compost: the bins are full again.',
        'ACTION [x] Rhea will order two more bins. (Rhea Moss)',
        'ACTION [ ] Tom will ask the farm for manure. (Tom Hale)',
        'ACTION [x] 3 pallets will be fetched for the new bay. (Nobody)',
      ],
      [
        ['Rhea will order two more bins.', 'Rhea Moss', 'Done'],
        ['Tom will ask the farm for manure.', 'Tom Hale', ''],
        ['3 pallets will be fetched for the new bay.', '', 'Done'],
      ],
    ],
    [
      'a label holding only the name, giving it the sentence above',
      [
        'School fete committee',
        '1.0 SUMMER FETE',
        'The hall is booked from noon.',
        'Priya to ask the scouts to run the tombola.',
        'ACTION: Priya',
        'ACTION: Everyone bring one raffle prize each!',
        'Owen to order the bunting from the usual shop.',
        'ACTION: Owen',
      ],
      [
        ['Priya to ask the scouts to run the tombola.', 'Priya', ''],
        ['Everyone bring one raffle prize each!', 'Everyone', ''],
        ['Owen to order the bunting from the usual shop.', 'Owen', ''],
      ],
    ],
    [
      'labels holding several owners or the whole group, giving them the last sentence of the paragraph above',
      [
        'Choir committee, 3 March',
        'Robes : several are torn. The Secretary said a repair day should be held before Easter.',
        'Action : Secretary',
        'Concert : the hall is booked. Tickets to be printed by the end of the month.',
        'Action: Chair , R Moss, T Hale',
        'Posters: These need to be put up',
        'Action : all',
        'Parking : this is likely to be a problem.',
      ],
      [
        ['The Secretary said a repair day should be held before Easter.', 'Secretary', ''],
        ['Tickets to be printed by the end of the month.', 'Chair, R Moss, T Hale', ''],
        ['Posters: These need to be put up', 'all', ''],
      ],
    ],
    [
      'notes and decisions, their own label left out, each closed by an owner after the label with or without a colon',
      [
        'Allotment society committee',
        '1. Open day',
        'Noted: The seed swap table was popular last year.',
        'Agreed: Leaflets for the open day would be printed at the library.',
        'Action: Priya',
        'Noted: The water butts need new taps before the summer.',
        'Action Tomasz',
        'Noted: Ruth will run the plant stall but wants a helper. Please tell her if you can help.',
        'Action all',
        'Action Plan',
      ],
      [
        ['Leaflets for the open day would be printed at the library.', 'Priya', ''],
        ['The water butts need new taps before the summer.', 'Tomasz', ''],
        ['Ruth will run the plant stall but wants a helper.', 'all', ''],
      ],
    ],
    [
      'offices and bodies alone on labels under topic paragraphs and numbered items',
      [
        'Site safety group, 4 May',
        'Fire doors – The caretaker said the new closers would be fitted by half term.',
        'Action: Site Manager',
        'Lost keys – The office reported two sets missing and the Bursar will look into it.',
        'Action: Finance Committee',
        'The group agreed the rota should be kept as it is.',
        'iv) Ladders: The Bursar would be asked to replace the old ladders.',
        'Action: Head',
      ],
      [
        ['Fire doors – The caretaker said the new closers would be fitted by half term.', 'Site Manager', ''],
        [
          'Lost keys – The office reported two sets missing and the Bursar will look into it.',
          'Finance Committee',
          '',
        ],
        ['The Bursar would be asked to replace the old ladders.', 'Head', ''],
      ],
    ],
  ])('reads %s', (_, lines, want) => {
    const read = readBareActionMarks(page(lines))
    const header = read!.rows[read!.headerRow - 1]!
    const at = (name: string) => header.indexOf(name)
    expect(
      read!.rows
        .slice(read!.headerRow)
        .map((row) => [row[at('Action')], row[at('Owner')], at('Status') < 0 ? '' : row[at('Status')]]),
    ).toEqual(want)
  })

  it.each([
    [
      'labels answering the numbered priorities above them',
      [
        'Our priorities',
        '1. Widen the pool of volunteers.',
        'ACTION: We will advertise at the college fair.',
        '2.Open the board to younger members.',
        'ACTION: Trustees will hold two open evenings.',
        '3. Share what works.',
        'ACTION: Staff will write a short guide.',
      ],
    ],
    [
      "labels giving the status of each person's work",
      [
        'Board minutes',
        'RB will book the hall for the open day.',
        'ACTION: RB Done',
        'LT to update the handbook.',
        'ACTION: LT Carried forward',
        'JS to renew the insurance.',
        'ACTION: JS Done',
      ],
    ],
    [
      'a label naming no one',
      [
        'Parish minutes',
        'ACTION: Ana to ask the county about the verge.',
        'ACTION: Tom to write to the bus company.',
        'ACTION: The Clerk to circulate the budget.',
        'ACTION: next agenda item.',
      ],
    ],
    [
      'a label holding a lower-case phrase or a list of words that are not names',
      [
        'Parish minutes',
        'The verge needs cutting.',
        'Action : Clerk',
        'The bus shelter is damaged.',
        'Action: none needed',
        'The bench is loose.',
        'Action: Noted, Agreed, Closed',
      ],
    ],
  ])('leaves %s to the other readers', (_, lines) => {
    expect(readBareActionMarks(page(lines))).toBeNull()
  })
})

describe('labels holding only an office under numbered items', () => {
  it("keeps each item's number as its ref, below an unnumbered one, and its topic out of the title", () => {
    const read = readBareActionMarks(
      page([
        'Friends of the common, 2 June',
        'It was agreed to ask the rangers to the next meeting.',
        'Action: Chair',
        'ii) The council would be asked to mend the stile by the pond.',
        'Action: Secretary',
        'iii) Benches: The Treasurer will price two new benches.',
        'Action: Treasurer',
      ]),
    )
    expect(read?.rows.slice(read.headerRow).map((row) => row.slice(0, 3))).toEqual([
      ['', 'It was agreed to ask the rangers to the next meeting.', 'Chair'],
      ['ii', 'The council would be asked to mend the stile by the pond.', 'Secretary'],
      ['iii', 'The Treasurer will price two new benches.', 'Treasurer'],
    ])
  })

  it('leaves an unnumbered topic before a colon in the title', () => {
    const read = readBareActionMarks(
      page([
        'Friends of the common, 2 June',
        'Benches: The Treasurer will price two new benches.',
        'Action: Treasurer',
        'Stile: The council would be asked to mend it.',
        'Action: Secretary',
        'The rangers are to be asked to the next meeting.',
        'Action: Chair',
      ]),
    )
    expect(read?.rows.slice(read.headerRow).map((row) => row[0])).toEqual([
      'Benches: The Treasurer will price two new benches.',
      'Stile: The council would be asked to mend it.',
      'The rangers are to be asked to the next meeting.',
    ])
  })
})

describe('labels closing a report under a numbered topic heading', () => {
  it('gives the topic to the owners the label names, the heading its ref and title', () => {
    const read = readBareActionMarks(
      page([
        'Tenants forum, 9 May',
        '2.1 Bin store lighting',
        'The Treasurer said the quote had come in and the work would be booked once the fund allowed.',
        'Action: Treasurer',
        'b. Hedge by the car park.',
        'Two residents had asked about the hedge. The landlord has been written to twice. Action: Chair',
        'c. Notice board',
        'The glass was replaced last week and the old posters were removed.',
        'ACTION: Cllrs Ross/Lee/Kerr',
      ]),
    )
    expect(read?.rows.slice(read.headerRow).map((row) => row.slice(0, 3))).toEqual([
      ['2.1', 'Bin store lighting', 'Treasurer'],
      ['b', 'Hedge by the car park', 'Chair'],
      ['c', 'Notice board', 'Cllrs Ross, Lee, Kerr'],
    ])
  })

  it("reads the matter's status from its report, and none from a report that says nothing of progress", () => {
    const { plan } = tableToPlan(
      [
        'Tenants forum, 9 May',
        '2.1 Bin store lighting',
        'The Treasurer said the rewiring was progressing well and would be finished by the summer.',
        'Action: Treasurer',
        '2.2 Hedge by the car park',
        'Two residents had asked about the hedge by the gate.',
        'Action: Chair',
        '2.3 Notice board',
        'The glass has a crack along the bottom edge. Action: Secretary',
      ].map((line) => [line]),
    )
    expect(plan.actions.map((action) => [action.ref, action.title, action.status.state])).toEqual([
      ['2.1', 'Bin store lighting', 'in-progress'],
      ['2.2', 'Hedge by the car park', 'unknown'],
      ['2.3', 'Notice board', 'unknown'],
    ])
  })

  it('keeps the sentence as the title under an agenda item, a line between, or a labelled note', () => {
    const read = readBareActionMarks(
      page([
        'Tenants forum, 9 May',
        '2.1 Bin store lighting',
        'The old lamps were removed in March.',
        'The Treasurer will book the electrician.',
        'Action: Treasurer',
        '2.2 Hedge',
        'Agreed: The landlord would be written to again.',
        'Action: Chair',
        '2.3 Notice board',
        'Noted: Ana will put up the summer rota.',
        'Action: Ana',
        '3. Grounds',
        'The gate was painted and the bench is loose again.',
        'Action: Caretaker',
      ]),
    )
    expect(read?.rows.slice(read.headerRow).map((row) => row[0])).toEqual([
      'The Treasurer will book the electrician.',
      'The landlord would be written to again.',
      'Ana will put up the summer rota.',
      'The gate was painted and the bench is loose again.',
    ])
  })
})

describe('readBareActionMarks on a long page of near misses', () => {
  // Timed at N and 8N in bench/importBadInput.ts; here the page must read as nothing.
  it('reads 20,000 lines that look like labels but name no owner as nothing', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      i % 2 ? `ACTION:${' '.repeat(30)}${'ab '.repeat(60)}` : `AP [ ${'Gwen '.repeat(30)}`,
    )
    expect(readBareActionMarks(page(lines))).toBeNull()
  })
})
