import { describe, expect, it } from 'vitest'
import { pageLines } from './oneColumnRecords'
import { readMembersTaskedInMinutes } from './readMembersTaskedInMinutes'
import { tableToPlan } from './tableToPlan'

const minutes = [
  'Repair cafe organisers, 9 May',
  'Present: Ines, Kofi, Mara, Olu; Apologies: none',
  'How the first session went',
  'Kofi: about thirty visitors, most with lamps and toasters. Would like more sewing volunteers.',
  'Mara: the hall was too cold; we should ask about the heating.',
  'Next session',
  'Keep it to the first Saturday of the month',
  'Agreed to try a second table for bikes. Olu to ask the bike shop for a volunteer.',
  'Ines, Kofi and Mara to put up the posters in the library and the school.',
  'Mara to ask the caretaker about the heating',
].map((line) => [line])

describe('minutes that give work to the members present in plain sentences among the notes', () => {
  it('reads each sentence tasking someone on the roll as an action, the rest as discussion', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Olu to ask the bike shop for a volunteer.', ['Olu']],
      ['Ines, Kofi and Mara to put up the posters in the library and the school.', ['Ines', 'Kofi', 'Mara']],
      ['Mara to ask the caretaker about the heating', ['Mara']],
    ])
  })

  it('needs a roll naming the people tasked, and three tasked sentences', () => {
    const withoutRoll = minutes.filter((row) => !row[0]!.startsWith('Present'))
    expect(readMembersTaskedInMinutes(withoutRoll, pageLines(withoutRoll))).toBeNull()
    const strangers = minutes.map((row) => [
      row[0]!.replace('Present: Ines, Kofi, Mara, Olu', 'Present: Ana, Tom'),
    ])
    expect(readMembersTaskedInMinutes(strangers, pageLines(strangers))).toBeNull()
    const two = minutes.slice(0, 9)
    expect(readMembersTaskedInMinutes(two, pageLines(two))).toBeNull()
  })

  it('finds the work where the names open a clause, by title and surname or office, and work given to no one', () => {
    const { plan } = tableToPlan(
      [
        'Village green committee, 3 June',
        'Nadia Holt, Leon Brook, Irene Vale, Owen Pike',
        '1. Apologies: none.',
        '2. The bench by the pond. Quotes were discussed, L. Brook to ask the carpenter for a price.',
        'Footpath. All agreed Owen P to walk the route first. Signs to be ordered after the walk.',
        '3. Grants. Cllr Vale to write to the trust. Clerk to check the deadline.',
        '4. The council to discuss the car park in July.',
        '5. Accounts. Registrar to file the annual return.',
      ].map((line) => [line]),
    )
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['L. Brook to ask the carpenter for a price.', ['L. Brook']],
      ['Owen P to walk the route first.', ['Owen P']],
      ['Signs to be ordered after the walk.', []],
      ['Cllr Vale to write to the trust.', ['Cllr Vale']],
      ['Clerk to check the deadline.', ['Clerk']],
      ['Registrar to file the annual return.', ['Registrar']],
    ])
  })

  // A society's notes: topics numbered in an outline, discussion lines under them, a few closed by who takes them.
  const discussion = [
    'last year about forty visitors came',
    'the hall has tables but no screens',
    'parking behind the library is free after six',
    'the school may lend us its robot arena',
    'most members prefer a Saturday',
    'the local paper ran a piece on us in May',
    'coffee and biscuits went down well',
    'we still have leaflets from the spring',
    'the treasurer says the float is enough',
    'a second room could host the younger ones',
    'badges were popular with the children',
    'the arena needs two people to carry it',
    'the website lists the old date',
    'photos can go on the noticeboard',
  ]
  const society = [
    'Robotics society meeting',
    'Roll call: Ines, Marek P., Sol, Tara Quint',
    '1.0 Open day',
    ...discussion.slice(0, 7),
    'find volunteers for the afternoon (Ines)',
    'banner? leaflets? (Marek P.)',
    '2.0 Workshop (Sol)',
    ...discussion.slice(7),
    'Soldering kits (Sol / Quint)',
    'ask the hall about a projector (Oxfam)',
    'kits cost too much (2031)',
    'someone to check the fire exits (TBC)',
  ].map((line) => [line])

  it('reads a note closed by a bracket naming members on the roll as work given to them', () => {
    const { plan } = tableToPlan(society)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['find volunteers for the afternoon (Ines)', ['Ines']],
      ['banner? leaflets? (Marek P.)', ['Marek P']],
      ['Soldering kits (Sol / Quint)', ['Sol', 'Quint']],
    ])
  })

  it('reads "is going to" and "is gonna" as "will", the title in the minutes\' own words', () => {
    const { plan } = tableToPlan(
      [
        'Film club committee',
        'Present: Ines, Kofi, Mara',
        'Kofi is going to ask the cinema about a matinee',
        'Projector fixed. Mara is gonna collect the spare bulbs.',
        'Ines will print the season tickets',
        'The sound is going to be better in the new room',
        'The bar is gonna stay open later',
      ].map((line) => [line]),
    )
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Kofi is going to ask the cinema about a matinee', ['Kofi']],
      ['Mara is gonna collect the spare bulbs.', ['Mara']],
      ['Ines will print the season tickets', ['Ines']],
    ])
  })

  it('reads a roll written one name a line under its headings, an office allowed after the name', () => {
    const club = [
      'Friends of the lido',
      'Committee Present',
      'Hana Chair',
      'Oskar Vice Chair',
      'Pim',
      'Apologies',
      'Rui',
      'Plans for the open day',
      'Hana to ask the council about parking.',
      'Pim to bake the scones. Rui to bring the urn.',
    ].map((line) => [line])
    expect(tableToPlan(club).plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Hana to ask the council about parking.', ['Hana']],
      ['Pim to bake the scones.', ['Pim']],
      ['Rui to bring the urn.', ['Rui']],
    ])
    // A heading over a single name, or over lines that are no names, is no roll.
    const lone = club.filter((row) => !['Oskar Vice Chair', 'Pim', 'Apologies', 'Rui'].includes(row[0]!))
    expect(readMembersTaskedInMinutes(lone, pageLines(lone))).toBeNull()
    const prose = club.map((row) => (row[0] === 'Hana Chair' ? ['the committee met at the pool'] : row))
    expect(readMembersTaskedInMinutes(prose, pageLines(prose))).toBeNull()
  })

  it('reads no bracket as owners when the roll does not name them, nor on a page of mostly owned lines', () => {
    const strangers = society.map((row) => [
      row[0]!.replace('Roll call: Ines, Marek P., Sol, Tara Quint', 'Roll call: Ana, Bo'),
    ])
    expect(readMembersTaskedInMinutes(strangers, pageLines(strangers))).toBeNull()
    const list = [
      'Robotics society meeting',
      'Roll call: Ines, Marek P., Sol, Tara Quint',
      'Things to bring',
      'extension leads (Ines)',
      'spare batteries (Sol)',
      'a laptop (Tara)',
      'the arena',
    ].map((line) => [line])
    expect(readMembersTaskedInMinutes(list, pageLines(list))).toBeNull()
  })

  it('leaves minutes that label their actions to the readers of the labels', () => {
    const labelled = [...minutes, ['ACTION – Book the hall for June']]
    expect(readMembersTaskedInMinutes(labelled, pageLines(labelled))).toBeNull()
  })

  it('reads "will" sentences, an update naming someone after its topic, and a volunteer list dated by its lead-in', () => {
    const { plan } = tableToPlan(
      [
        'Garden club committee, 14 March 2031',
        'Present: Lena Ortiz, Marcus Webb, Pia Novak and Rosa Lind',
        '1. Updates:',
        'Greenhouse – Marcus will be phoning the glazier about the cracked panes. Marcus will ask for two quotes.',
        'Seed swap – Tomas will be collecting the seed packets from the library.',
        'Rosa will be resigning from the committee in the summer.',
        '2. The open day is on May 9th. Members offered to look after the following:',
        'Plant stall – Lena',
        'Teas and cakes – Pia, Rosa',
        'Raffle - Marcus',
        '3. Other business:',
        'Pia will print the posters for the open day.',
      ].map((line) => [line]),
    )
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Marcus will be phoning the glazier about the cracked panes.', ['Marcus'], null],
      ['Tomas will be collecting the seed packets from the library.', ['Tomas'], null],
      ['Plant stall', ['Lena'], '2031-05-09'],
      ['Teas and cakes', ['Pia', 'Rosa'], '2031-05-09'],
      ['Raffle', ['Marcus'], '2031-05-09'],
      ['Pia will print the posters for the open day.', ['Pia'], null],
    ])
  })

  it('reads no volunteer list under an agenda, nor names after a dash that are not on the roll', () => {
    const { plan } = tableToPlan(
      [
        'Garden club committee, 14 March 2031',
        'Present: Lena Ortiz, Marcus Webb, Pia Novak and Rosa Lind',
        'Lena will book the hall. Pia will order the compost. Rosa will write to the council.',
        'The agenda of the annual meeting on May 9th will be as follows:',
        "Chair's report – Lena",
        'Accounts – Pia',
        'Speaker:',
        'Pruning fruit trees – Oskar',
      ].map((line) => [line]),
    )
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Lena will book the hall.',
      'Pia will order the compost.',
      'Rosa will write to the council.',
    ])
  })

  it('dates a volunteer list in the year of the meeting, the next year when its month comes earlier', () => {
    const { plan } = tableToPlan(
      [
        'Garden club',
        'Minutes of the committee held on November 20, 2031',
        'Present: Lena Ortiz, Marcus Webb, Pia Novak',
        'Lena will book the hall. Marcus will write to the council.',
        'The winter social is on January 9th. Members offered to look after the following:',
        'Music – Marcus',
        'Mulled apple juice – Pia, Lena',
      ].map((line) => [line]),
    )
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Lena will book the hall.', null],
      ['Marcus will write to the council.', null],
      ['Music', '2032-01-09'],
      ['Mulled apple juice', '2032-01-09'],
    ])
  })

  it('reads work given by "will", "would", "was asked to" or initials, late, with a deadline in the meeting year', () => {
    const page = [
      'Orchard group committee, Monday 3rd October 2011',
      'Present: R. Okafor, M. Lund (chair), Patricia Hale',
      'Apologies: Wendy Marsh',
      'The shed roof leaks again. RO was asked to get two quotes for the felt.',
      'The grant form came back and ML would now fill in the second part.',
      'Patricia will write to the council about the hedges (by 4th November).',
      'Wendy is requested to check the rota. The bins will be emptied on Friday.',
      'Pat reported that the apples sold well. It was agreed the stall would be kept on.',
      'The bank are to close the old account by 2nd January.',
      'R. Okafor, M. Lund and Patricia are to continue.',
    ].map((line) => [line])
    // None of it is "Name to …": the early reading leaves the page to the readers of more marked layouts.
    expect(readMembersTaskedInMinutes(page, pageLines(page))).toBeNull()
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((action) => [action.title, action.owners, action.target.due])).toEqual([
      ['RO was asked to get two quotes for the felt.', ['RO'], null],
      ['ML would now fill in the second part.', ['ML'], null],
      ['Patricia will write to the council about the hedges (by 4th November).', ['Patricia'], '2011-11-04'],
      ['Wendy is requested to check the rota.', ['Wendy'], null],
      ['The bins will be emptied on Friday.', [], null],
    ])
  })

  it('knows a member by a short form of the name on the roll, and gives one action to all named in one sentence', () => {
    const { plan } = tableToPlan(
      [
        'Hall committee, 2 May',
        '1. Present',
        'Elizabeth Dunn (Secretary), Robert Shaw, Ana Ruiz',
        'Liz to book the caterer.',
        'If the quote is fair Rob will order the chairs, Ana will collect them.',
        'Ana to print the tickets.',
        'The PTA are to lend the urn.',
      ].map((line) => [line]),
    )
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Liz to book the caterer.', ['Liz']],
      ['Rob will order the chairs, Ana will collect them.', ['Rob', 'Ana']],
      ['Ana to print the tickets.', ['Ana']],
      ['PTA are to lend the urn.', ['PTA']],
    ])
  })

  it('reads minutes kept in two columns, a label beside each paragraph, and work named before "X to do"', () => {
    const page = [
      ['Allotment society committee', ''],
      ['Notes of the meeting of 4th May 2009', ''],
      ['Present', 'P. Marsh, D. Greene, L.Wood'],
      ['Finance', 'The bank statement was read. DG to pay the water bill, the rest to wait.'],
      ['Plots', 'Two plots are free. The notice board needs a new sign, LW to do.'],
      ['Shed', 'PM reported the lock is broken. PM to buy a new lock before the show.'],
    ]
    expect(readMembersTaskedInMinutes(page, null)).toBeNull()
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['DG to pay the water bill, the rest to wait.', ['DG']],
      ['The notice board needs a new sign', ['LW']],
      ['PM to buy a new lock before the show.', ['PM']],
    ])
  })

  it('takes members who sent apologies onto the roll, and no body named by initials after a topic', () => {
    const page = [
      'Garden club committee, 14 March 2031',
      'Present: Lena Ortiz, Marcus Webb, Pia Novak',
      'Apologies: Rosa Lind',
      'Lena will book the hall. Pia to order the compost.',
      'Marcus will write to the council. Rosa is requested to check the rota.',
      'Compost – GHS will deliver the bags in spring.',
    ].map((line) => [line])
    expect(
      readMembersTaskedInMinutes(page, pageLines(page))
        ?.rows.slice(2)
        .map((row) => [row[0], row[1]]),
    ).toEqual([
      ['Lena will book the hall.', 'Lena'],
      ['Pia to order the compost.', 'Pia'],
      ['Marcus will write to the council.', 'Marcus'],
      ['Rosa is requested to check the rota.', 'Rosa'],
    ])
  })

  it('knows a member with a double-barrelled surname by its three initials, on a roll that lists apologies on its line', () => {
    const page = [
      'Allotment society committee, 2 June 2031',
      'Present: Gwen Tull, Omar Hale- Jones; Bea Rusk Apologies for absence: Kit Marr-Evans',
      'Water butts. The butts by the gate leak. OHJ to ask the supplier for new taps.',
      'Paths: GT to order bark for the main path. KME to book the skip for July.',
      'Hedges: BR to cut the hedge by the road.',
      'Sheds: XYZ to paint the sheds.',
    ].map((line) => [line])
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['OHJ to ask the supplier for new taps.', ['OHJ']],
      ['GT to order bark for the main path.', ['GT']],
      ['KME to book the skip for July.', ['KME']],
      ['BR to cut the hedge by the road.', ['BR']],
    ])
  })

  it('knows a surname with a capital inside, initials in square brackets, and a committee named by its work', () => {
    const page = [
      'Orchard group committee, 9 June 2031',
      'Present: Rona MacLeod (Chair) [RM], Ewan DeSouza [ED], Ira Pell',
      'Trees. RM to order the new stakes. ED to book the chipper.',
      'Events committee to plan the apple day and to price the stalls.',
      'Fencing: IP to mend the gap by the road.',
      // Near miss: a committee named with no work after it.
      'Events committee met twice since the last meeting.',
    ].map((line) => [line])
    expect(
      readMembersTaskedInMinutes(page, pageLines(page), 'any')
        ?.rows.slice(2)
        .map((row) => [row[0], row[1]]),
    ).toEqual([
      ['RM to order the new stakes.', 'RM'],
      ['ED to book the chipper.', 'ED'],
      ['Events committee to plan the apple day and to price the stalls.', 'Events committee'],
      ['IP to mend the gap by the road.', 'IP'],
    ])
  })

  it('leaves work given in lettered items to the readers of lists, as in numbered ones', () => {
    const page = [
      'Orchard group committee, 9 June 2031',
      'Present: Rona Mace, Ewan Dale, Ira Pell',
      'Constitution',
      'a) RM to number the clauses',
      'b) RM to add the new aims',
      'c) ED to check the wording',
      'Trees. IP to order the new stakes.',
    ].map((line) => [line])
    expect(readMembersTaskedInMinutes(page, pageLines(page), 'any')).toBeNull()
  })

  it('reads work given by initials after a topic label, under numbered headings, and leaves numbered items to lists', () => {
    const agm = [
      'Residents annual meeting, 4 May 2031',
      'Present: Nora Quill, Felix Braun, Ada Marsh',
      'Apologies: Tom Ilsley',
      '1. Accounts',
      'The accounts were accepted and the auditor thanked.',
      '2. Officers',
      'The officers were re-elected for another year.',
      '3. Any other business',
      'Gutters. The gutters overflow again. NQ to ask the roofer for a price.',
      'Bins: FB to order a second bin. AM to move the old one.',
      'Steps to the cellar: NQ and TI to get quotes for new treads.',
    ].map((line) => [line])
    const { plan } = tableToPlan(agm)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['NQ to ask the roofer for a price.', ['NQ']],
      ['FB to order a second bin.', ['FB']],
      ['AM to move the old one.', ['AM']],
      ['NQ and TI to get quotes for new treads.', ['NQ', 'TI']],
    ])
    // The same work written in numbered items, one an item: each item is read whole by the readers of lists.
    const items = [
      ...agm.slice(0, 3),
      ['1. Gutters overflow again. NQ to ask the roofer for a price.'],
      ['2. Bins. FB to order a second bin.'],
      ['3. Steps to the cellar. NQ and TI to get quotes for new treads.'],
    ]
    expect(readMembersTaskedInMinutes(items, pageLines(items))).toBeNull()
  })
})

describe('a roll that gives each member their initials in brackets, and work offered or promised', () => {
  const minutes = [
    'Minutes of the Harbour Trust meeting, Tuesday 3 June 2031',
    'Orla Dunmore (ODM) chair, Piet Varga (PV), Wendy Osei (WO) treasurer & Lise',
    'Harbour wall',
    'The engineer found two cracks in the wall and will send a report. The repair may need a grant.',
    'PV to ask the council about grants',
    'Slipway',
    'The slipway is slippery in winter and two boats were damaged.',
    'ODM to get quotes for a new surface',
    'Lise to update at the next meeting',
    'Marta & Ivo Brandt have volunteered to clear the weed, WO has also offered to help.',
    'WO said she would check the insurance (next week)',
  ].map((line) => [line])

  it('knows members by the initials the roll gives them, and reads offers and reported promises as work', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['PV to ask the council about grants', ['PV']],
      ['ODM to get quotes for a new surface', ['ODM']],
      ['Lise to update at the next meeting', ['Lise']],
      ['Marta & Ivo Brandt have volunteered to clear the weed', ['WO']],
      ['WO said she would check the insurance (next week)', ['WO']],
    ])
  })

  it('does not take initials in brackets that are not the name’s for a roll', () => {
    const lines = minutes.map((row) => [
      row[0]!.replace('(ODM)', '(TR)').replace('(PV)', '(XY)').replace('(WO)', '(ZZ)'),
    ])
    const { plan } = tableToPlan(lines)
    expect(plan.actions.some((action) => action.owners.includes('ODM'))).toBe(false)
  })
})

describe('bulleted notes and initials told apart by a letter in lower case', () => {
  const minutes = (bulleted: readonly string[]) =>
    [
      'Walking group committee, 2 June',
      'Attendees: Rosa Kent (RK), Sam Lowe (SL), Jo Carr (JCa), Jim Cole (JCo), Mina Ode (MO)',
      'Routes',
      'RK will walk the coast route first.',
      'SL will print the new maps.',
      ...bulleted,
    ].map((line) => [line])

  it("reads a bulleted line's work after its bullet, and initials the roll gives with a last lower-case letter", () => {
    const table = minutes([
      '· JCa and MO will write to the farmer about the stile.',
      '· JCo will check the first aid kit.',
    ])
    const read = readMembersTaskedInMinutes(table, pageLines(table), 'any')
    expect(read?.rows.slice(read.headerRow).map((row) => row.slice(0, 2))).toEqual([
      ['RK will walk the coast route first.', 'RK'],
      ['SL will print the new maps.', 'SL'],
      ['JCa and MO will write to the farmer about the stile.', 'JCa, MO'],
      ['JCo will check the first aid kit.', 'JCo'],
    ])
  })

  it('takes no initials in lower case the roll does not give, and no page from its bullets alone', () => {
    const table = minutes(['· JCb will check the first aid kit.', 'MO will book the minibus.'])
    const read = readMembersTaskedInMinutes(table, pageLines(table), 'any')
    expect(read?.rows.slice(read.headerRow).map((row) => row[1])).toEqual(['RK', 'SL', 'MO'])
    const bulletsOnly = [
      'Walking group committee, 2 June',
      'Attendees: Rosa Kent (RK), Sam Lowe (SL), Mina Ode (MO)',
      '• RK will walk the coast route first.',
      '• SL will print the new maps.',
      '• MO will write to the farmer.',
    ].map((line) => [line])
    expect(readMembersTaskedInMinutes(bulletsOnly, pageLines(bulletsOnly), 'any')).toBeNull()
  })
})

describe('minutes with a table of the work agreed set into them', () => {
  it('reads the table, not the sentences above it that give the same work', () => {
    const page = [
      ...[
        'Allotment society, 3 March',
        'Present: Bea, Cal, Dev',
        'Discussion',
        'The water butts leak again.',
        'Bea and Cal will ask the council about a skip.',
        'Dev will price new felt for the shed roof.',
        'Cal will book the skip.',
        'Agreed work:',
      ].map((line) => [line]),
      ['Task', 'Person responsible', 'Deadline'],
      ['Ask the council about a skip', 'Bea, Cal', '3/10/2031'],
      ['Price new felt', 'Dev', '3/14/2031'],
      ['Book the skip', 'Cal', '3/20/2031'],
      ['Next meeting in April.'],
    ]
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Ask the council about a skip', ['Bea', 'Cal']],
      ['Price new felt', ['Dev']],
      ['Book the skip', ['Cal']],
    ])
    expect(plan.actions[0]?.target).toMatchObject({ kind: 'due', due: '2031-03-10' })
  })

  it('reads a minutes table whose action column gives initials: rows with initials are the actions', () => {
    const page = [
      ['Choir committee, 12 June 2031'],
      ['Present: Ada Kerr, Ben Ode, Cleo Ray'],
      ['Minutes', 'Actions', 'Status'],
      ['Concerts'],
      ['The summer concert sold out.'],
      ['Ada will book the church for the carol service', 'AK'],
      ['The printer has sent the proofs for the programme', 'BO', 'Completed'],
      ['Music library'],
      ['Scores are missing from the loan box'],
      ['Cleo to list the missing scores', 'CR', 'Outstanding'],
    ]
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((action) => [action.title, action.owners, action.status.state])).toEqual([
      ['Ada will book the church for the carol service', ['AK'], 'unknown'],
      ['The printer has sent the proofs for the programme', ['BO'], 'complete'],
      ['Cleo to list the missing scores', ['CR'], 'not-started'],
    ])
  })
})
