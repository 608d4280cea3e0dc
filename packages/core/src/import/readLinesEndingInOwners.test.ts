import { describe, expect, it } from 'vitest'
import { readLinesEndingInOwners } from './readLinesEndingInOwners'
import { tableToPlan } from './tableToPlan'

describe('a one-column plan whose lines end with their owners in brackets', () => {
  const rows = [
    ['Academy improvement plan 2031-32'],
    ['Our priorities this year'],
    ['TEACHING AND LEARNING'],
    ['Raise attainment in reading (JP)'],
    ['Review the homework policy with parents and pupils (AB/CD)'],
    ['Embed the new phonics scheme (English Leads Group)'],
    ['Widen the choice of clubs after school (KT)'],
    ['WELLBEING'],
    ['Cut persistent absence (RM)'],
  ]

  it('reads each line as an action owned by its bracket, under the heading above it', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.section])).toEqual([
      ['Raise attainment in reading', ['JP'], 'TEACHING AND LEARNING'],
      ['Review the homework policy with parents and pupils', ['AB', 'CD'], 'TEACHING AND LEARNING'],
      ['Embed the new phonics scheme', ['English Leads Group'], 'TEACHING AND LEARNING'],
      ['Widen the choice of clubs after school', ['KT'], 'TEACHING AND LEARNING'],
      ['Cut persistent absence', ['RM'], 'WELLBEING'],
    ])
  })

  it('leaves pages with fewer than three such lines, or brackets closing paragraphs of sentences', () => {
    expect(readLinesEndingInOwners(rows.slice(0, 5))).toBeNull()
    expect(
      readLinesEndingInOwners([
        ['Statement'],
        ['Known problems'],
        ['Some forms time out. This fails criterion 2.2.1 (Level A).'],
        ['Some links are vague. This fails criterion 2.4.4 (Level A).'],
        ['Some colours are faint. This fails criterion 1.4.3 (Level AA).'],
      ]),
    ).toBeNull()
  })

  it('reads a bracket of four full names closing a line', () => {
    const team = 'Priya Ramanathan, Oliver Brightwell, Fatima Al-Sayed, Tom Kowalczyk'
    const page = [
      ['Garden plan'],
      ['OUTDOORS'],
      ['Plant the sensory border (JP)'],
      [`Rebuild the raised beds with the parents (${team})`],
      ['Start a seed library (KT)'],
      ['Mend the pond fence (AB)'],
    ]
    expect(readLinesEndingInOwners(page)?.rows[3]).toEqual([
      'Rebuild the raised beds with the parents',
      team,
      'OUTDOORS',
    ])
  })

  it('reads a page of 10,000 such lines', () => {
    const page: string[][] = [['Plan']]
    for (let i = 0; i < 10_000; i++) page.push([`Improve the provision for group ${i} of pupils (AB/CD)`])
    expect(readLinesEndingInOwners(page)?.rows.length).toBe(10_001)
  })

  it('reads a page whose label rows, aims and closing facts surround the owned lines', () => {
    const { plan } = tableToPlan([
      ['Species plan: Water vole'],
      ['National lead body:', 'River Trust'],
      ['Keep the existing colonies on the canal.'],
      ['Reconnect the colonies of the upper valley.'],
      ['Survey every ditch of the levels for burrows. (Vole Survey Group)'],
      ['Agree a mink control scheme with landowners. (RT)'],
      ['Add vole habitat to the drainage board plans. (IDB)'],
      ['About 40 colonies are known in the county.'],
      ['Two reserves have been extended for the species.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Survey every ditch of the levels for burrows.', ['Vole Survey Group']],
      ['Agree a mink control scheme with landowners.', ['RT']],
      ['Add vole habitat to the drainage board plans.', ['IDB']],
    ])
  })

  it('keeps a closing line naming no one when it is an order, or when unowned lines sit among the owned', () => {
    const closingOrder = tableToPlan([
      ['Plan'],
      ['Survey every ditch (Vole Survey Group)'],
      ['Agree a mink control scheme (RT)'],
      ['Add vole habitat to the drainage plans (IDB)'],
      ['Publish the results of the survey each spring.'],
    ])
    expect(closingOrder.plan.actions.map((a) => a.title)).toContain(
      'Publish the results of the survey each spring.',
    )
    const mixed = tableToPlan([
      ['Plan'],
      ['Survey every ditch (Vole Survey Group)'],
      ['Train the volunteers who check the traps.'],
      ['Agree a mink control scheme (RT)'],
      ['Add vole habitat to the drainage plans (IDB)'],
      ['The county has forty known colonies of voles.'],
    ])
    expect(mixed.plan.actions.map((a) => a.title)).toContain('The county has forty known colonies of voles.')
  })

  it('reads user handles in the brackets, and ends the list at a heading after its last owned line', () => {
    const { plan } = tableToPlan([
      ['Sync call, 12 March'],
      ['present:'],
      ['@rho'],
      ['@tau-dev'],
      ['Follow-ups'],
      ['Draft the release checklist (@rho).'],
      ['Bench the parser on large inputs (@tau-dev, @rho)'],
      ['Write up the storage options for the wiki (@rho, @tau-dev - argues against)'],
      ['Open questions'],
      ['Could the nightly builds move to the new runners at some point this spring?'],
      ['Next call'],
      ['19 March 1500UTC (@rho to chair)'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Draft the release checklist', ['@rho']],
      ['Bench the parser on large inputs', ['@tau-dev', '@rho']],
      ['Write up the storage options for the wiki', ['@rho', '@tau-dev']],
    ])
  })
})

describe('a team’s work list sorted by person', () => {
  const rows = [
    ['Lab work for the spring term'],
    ['Assigned'],
    ['Priya'],
    ['Replace the fume cupboard filters. See the log (Priya)'],
    ['Order the new centrifuge rotors (Priya)'],
    ['Tom K'],
    ['Recalibrate the balances (e.g. the two in room 4) #118 (Tom K)'],
    ['Write the induction guide for new staff - Tom'],
    ['Amira'],
    ['Audit the chemical store (Amira/Tom K)'],
    ['Jon'],
    ['Check the backup generator (before the summer)'],
  ]

  it('gives a line with no owners of its own to the person heading it, and reads a lone item under a name', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, [...a.owners]])).toEqual([
      ['Replace the fume cupboard filters. See the log', ['Priya']],
      ['Order the new centrifuge rotors', ['Priya']],
      ['Recalibrate the balances (e.g. the two in room 4) #118', ['Tom K']],
      ['Write the induction guide for new staff - Tom', ['Tom K']],
      ['Audit the chemical store', ['Amira', 'Tom K']],
      ['Check the backup generator (before the summer)', ['Jon']],
    ])
  })

  it('leaves theme headings alone: a line naming no one under them has no owner', () => {
    const { plan } = tableToPlan([
      ['Plan'],
      ['TEACHING'],
      ['Raise attainment in reading (JP)'],
      ['Review the homework policy with parents and carers this year.'],
      ['WELLBEING'],
      ['Cut persistent absence (RM)'],
      ['Start a walking club (KT)'],
    ])
    expect(plan.actions.map((a) => [a.title, [...a.owners]])).toEqual([
      ['Raise attainment in reading', ['JP']],
      ['Review the homework policy with parents and carers this year.', []],
      ['Cut persistent absence', ['RM']],
      ['Start a walking club', ['KT']],
    ])
  })
})

describe('meeting notes kept as an indented outline', () => {
  const page = [
    ['Library steering group, Tue 4 March 2031'],
    ['Notes'],
    ['Reading room'],
    ['  early-Apr: new shelving (Ines)'],
    ['    measure the east wall'],
    ['    order the shelves from the usual supplier (Tom)'],
    ['  end-May: reopening (All)'],
    ['    posters in the foyer'],
    ['    invite the mayor'],
    ['Website'],
    ['  move the catalogue search to the home page (Kofi)'],
    ['  check the opening hours page (Kofi)'],
  ]

  it('reads the lines with nothing under them as the work, with the owners and period of the line they sit under', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['measure the east wall', ['Ines'], '2031-04-10'],
      ['order the shelves from the usual supplier', ['Tom'], '2031-04-10'],
      ['posters in the foyer', ['All'], '2031-05-31'],
      ['invite the mayor', ['All'], '2031-05-31'],
      ['move the catalogue search to the home page', ['Kofi'], null],
      ['check the opening hours page', ['Kofi'], null],
    ])
  })

  it('keeps a page without indents as lines ending in owners', () => {
    const flat = readLinesEndingInOwners(page.map(([line]) => [line!.trim()]))
    expect(flat?.rows.some((row) => row[0] === 'early-Apr: new shelving')).toBe(true)
  })

  it('reads an outline of 10,000 lines', () => {
    const long = [['Notes'], ['Group (Ana)']]
    for (let i = 0; i < 5_000; i++) long.push(['  Topic (Bo)'], ['    write the minutes'])
    expect(readLinesEndingInOwners(long)?.rows.length).toBeGreaterThan(5_000)
  })
})

describe('minutes whose attendance lines end with each member in brackets', () => {
  it('reads the people under "Attendees:" as who came, not as work given to them', () => {
    const rows = [
      ['Project team minutes'],
      ['Attendees:'],
      ['Supervisor (Grace Obi)'],
      ['Member 1 (Lena Park)'],
      ['Member 2 (Tariq Aziz)'],
      ['Member 3 (Hugo Brandt)'],
      ['Apologies'],
      ['Member 4 (Ines Moura) - away'],
    ]
    expect(readLinesEndingInOwners(rows)).toBeNull()
    expect(tableToPlan(rows).plan.actions.flatMap((a) => a.owners)).not.toContain('Lena Park')
  })

  it('still reads owned lines below the roll', () => {
    const rows = [
      ['Project team minutes'],
      ['Present'],
      ['Supervisor (Grace Obi)'],
      ['Member 1 (Lena Park)'],
      ['Actions'],
      ['Book the demo room (LP)'],
      ['Write the test plan (TA)'],
      ['Send the minutes to the client (GO)'],
    ]
    expect(tableToPlan(rows).plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Book the demo room', ['LP']],
      ['Write the test plan', ['TA']],
      ['Send the minutes to the client', ['GO']],
    ])
  })
})

describe('minutes numbered by agenda item, the points under the items closing on who does them', () => {
  const minutes = [
    ['Vorstandstreffen'],
    ['Anwesend'],
    ['Anna Berg, Jonas Keller, Mia Roth'],
    ['Tagesordnung'],
    ['1. Kasse'],
    ['Belege werden ab März digital abgelegt'],
    ['2. Sommerfest'],
    ['Wir fragen den Chor an'],
    ['Einkaufsliste'],
    ['Grillkohle (Jonas)'],
    ['Servietten (erledigt)'],
    ['Getränke (Mia & Anna)'],
    ['3. Werkstatt'],
    ['Neue Schraubzwingen bzgl. Holzkurs, sofern das Budget reicht (Jonas)'],
  ]

  it('reads every point under the items, its owners and its state from the bracket', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Belege werden ab März digital abgelegt', [], 'unknown'],
      ['Wir fragen den Chor an', [], 'unknown'],
      ['Grillkohle', ['Jonas'], 'unknown'],
      ['Servietten', [], 'complete'],
      ['Getränke', ['Mia', 'Anna'], 'unknown'],
      ['Neue Schraubzwingen bzgl. Holzkurs, sofern das Budget reicht', ['Jonas'], 'unknown'],
    ])
  })

  it('keeps the agenda items and the label over the owned points as sections', () => {
    expect(tableToPlan(minutes).plan.actions.map((a) => a.section)).toEqual([
      '1. Kasse',
      '2. Sommerfest',
      'Einkaufsliste',
      'Einkaufsliste',
      'Einkaufsliste',
      '3. Werkstatt',
    ])
  })
})

describe("a line going on after its owners' bracket with a dash and a note", () => {
  const minutes = [
    ['Residents association, April meeting'],
    ['Present:'],
    ['Ann Lowe (Chair)'],
    ['Action items'],
    ['Check the loose wiring on the back of block B (TK) – repair request raised with the landlord'],
    ['Ask the council about the broken bench (AL)'],
    ['Report the blocked drain by the bins (TK) – the council says it is cleared each month'],
    ['Print the posters for the summer fair (RB)'],
  ]

  it('reads the line as the action of the bracket, keeping the note', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.title, action.owners, action.notes])).toEqual([
      ['Check the loose wiring on the back of block B', ['TK'], 'repair request raised with the landlord'],
      ['Ask the council about the broken bench', ['AL'], null],
      ['Report the blocked drain by the bins', ['TK'], 'the council says it is cleared each month'],
      ['Print the posters for the summer fair', ['RB'], null],
    ])
  })
})

describe('the roll of minutes: full names with their initials or the body they come from', () => {
  it('reads no layout from a roll without a label, whatever else the page holds', () => {
    expect(
      readLinesEndingInOwners([
        ['Allotment society, committee notes'],
        ['Committee'],
        ['- Greta Olsen (GO)'],
        ['- Pavel Novak (PN)'],
        ['- Ines Duarte (IDu)'],
        ['- Kofi Mensah'],
        ['Water troughs'],
        ['GO to ask the council about the leaking tap'],
      ]),
    ).toBeNull()
    expect(
      readLinesEndingInOwners([
        ['Harbour fair planning'],
        ['Action items'],
        ['1. Greta - To ask the harbour master about the slipway'],
        ['• Greta Olsen (Harbour Residents Council)'],
        ['• Pavel Novak (Old Town Community Council)'],
        ['• Ines Duarte (Harbour Residents Council)'],
      ]),
    ).toBeNull()
  })

  it("still reads the work ending in owners below a roll, and a name that is not the bracket's initials", () => {
    const page = [
      ['Garden committee'],
      ['Greta Olsen (GO)'],
      ['Pavel Novak (PN)'],
      ['Mend the shed door (GO)'],
      ['Order the seed potatoes (PN)'],
      ['Water the new hedge (GO)'],
    ]
    expect(readLinesEndingInOwners(page)?.rows.map((row) => row[0])).toContain('Mend the shed door')
    // "Sweet Peas (KT)": two capitalised words, but not the initials of the bracket: a plot's crop given to KT.
    const crops = [['Plot jobs'], ['Sweet Peas (KT)'], ['Broad Beans (GO)'], ['Runner Beans (PN)']]
    expect(readLinesEndingInOwners(crops)?.rows.map((row) => row[0])).toEqual([
      'Action',
      'Sweet Peas',
      'Broad Beans',
      'Runner Beans',
    ])
  })
})

describe('a roll of members with their own initials in brackets', () => {
  it('reads no member of the roll as work given to them, and still reads work ending in initials', () => {
    const roll = [
      'Canal society committee minutes',
      'Ruth Ode (RO)',
      'Femi Adeyemi (FA)',
      'Ann-Marie Hale (AMH)',
      'Dara Quinn (DQ)',
    ]
    expect(readLinesEndingInOwners(roll.map((line) => [line]))).toBeNull()
    const work = [
      ...roll,
      'Paint the lock gates before the summer (RO)',
      'Ask the trust about the towpath (FA)',
      'Book the boat for the trip (DQ)',
      // A name whose initials the bracket is not is someone else's work, as a line of the list.
      'Ruth Ode (FA)',
    ]
    expect(
      readLinesEndingInOwners(work.map((line) => [line]))
        ?.rows.slice(1)
        .map((row) => row.slice(0, 2)),
    ).toEqual([
      ['Paint the lock gates before the summer', 'RO'],
      ['Ask the trust about the towpath', 'FA'],
      ['Book the boat for the trip', 'DQ'],
      ['Ruth Ode', 'FA'],
    ])
  })

  it('knows a roll entry by its shape wherever it stands: initials past a particle, or with a double letter', () => {
    const work = [
      'Paint the lock gates before the summer (RO)',
      'Ask the trust about the towpath (FA)',
      'Book the boat for the trip (DQ)',
    ]
    const roll = [
      'Canal society committee minutes',
      // A particle between the names is no initial; "Ll" is one Welsh letter written as two.
      '- Tom van Dale (TD)',
      '• Nia Lloyd (NLl)',
      // Near misses: a name the bracket is not the initials of, and work of capitalised words, are lines of the list.
      'Dara Quinn (FA)',
      'Tow Path Survey (RO)',
    ]
    expect(
      readLinesEndingInOwners([...roll, ...work].map((line) => [line]))
        ?.rows.slice(1)
        .map((row) => row.slice(0, 2)),
    ).toEqual([
      ['Dara Quinn', 'FA'],
      ['Tow Path Survey', 'RO'],
      ['Paint the lock gates before the summer', 'RO'],
      ['Ask the trust about the towpath', 'FA'],
      ['Book the boat for the trip', 'DQ'],
    ])
  })
})
