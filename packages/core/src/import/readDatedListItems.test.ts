import { describe, expect, it } from 'vitest'
import { dutiesClosedByCitations, readDatedListItems } from './readDatedListItems'
import { tableToPlan } from './tableToPlan'

describe('readDatedListItems: a bulleted timeline whose items open with their period', () => {
  const rows = [
    ['The technical manager set out the steps for the skills register:'],
    ['- Collect the current training records from each school by March 2025.'],
    ['- June/July - interview the workshop leads about gaps.'],
    ['- Ask the unions to comment on the register fields.'],
    ['- September-November piloting the register in two schools.'],
    ['- February 2026 - open the register to every technician.'],
    ['The forum thanked the manager for the update.'],
  ]

  it('reads each item as an action, its opening period the target and the words after it the title', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Collect the current training records from each school by March 2025.', '2025-03-31'],
      ['interview the workshop leads about gaps.', '2025-07-31'],
      ['Ask the unions to comment on the register fields.', null],
      ['piloting the register in two schools.', '2025-11-30'],
      ['open the register to every technician.', '2026-02-28'],
    ])
  })

  it('lends a period without a year the year last written above it, and says so', () => {
    const { issues } = tableToPlan(rows)
    const inferred = issues.filter((issue) => issue.code === 'period-inferred')
    expect(inferred.map((issue) => [issue.row, issue.severity])).toEqual([
      [3, 'info'],
      [5, 'info'],
    ])
    expect(inferred[0]?.message).toContain('June/July 2025')
  })

  it('skips the prose after the list and keeps the line as written', () => {
    const flattened = readDatedListItems(rows)
    expect(flattened?.skippedRows).toEqual([7])
    expect(flattened?.rows.at(-1)).toEqual([
      'open the register to every technician.',
      'February 2026',
      '',
      '- February 2026 - open the register to every technician.',
    ])
  })

  it('leaves a list alone when fewer than two items open with a period', () => {
    expect(
      readDatedListItems([
        ['Our steps:'],
        ['- Survey the technicians in March 2025.'],
        ['- May - publish the findings.'],
        ['- Hold a forum on the results.'],
      ]),
    ).toBeNull()
  })
})

describe('readDatedListItems: a timeline whose lines lost their bullets, each opening with a dated period', () => {
  const rows = [
    ['We are writing a new plan for the museum, and we want to hear from you.'],
    ['Here is what happens next.'],
    ['Our timeline'],
    ['May 2031: Trustees and staff start the planning work with an outside adviser'],
    ['June 2031: Visitor survey sent out, with a paper copy at the desk'],
    ['July 2031: Workshops with schools, volunteers and local groups'],
    ['September 2031 - Board approves the plan'],
    ['October 2031: Launch'],
  ]

  it('reads each line as an action, its period the target and the words after it the title', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Trustees and staff start the planning work with an outside adviser', '2031-05-31'],
      ['Visitor survey sent out, with a paper copy at the desk', '2031-06-30'],
      ['Workshops with schools, volunteers and local groups', '2031-07-31'],
      ['Board approves the plan', '2031-09-30'],
      ['Launch', '2031-10-31'],
    ])
  })

  it('needs three such lines: two are notes among other lines', () => {
    expect(
      readDatedListItems([
        ['Museum plan'],
        ['May 2031: Trustees start the planning work'],
        ['June 2031: Visitor survey sent out'],
        ['We will write to every member.'],
      ]),
    ).toBeNull()
  })

  it('needs the period to name its year', () => {
    expect(
      readDatedListItems([
        ['Museum plan'],
        ['May: Trustees start the planning work'],
        ['June: Visitor survey sent out'],
        ['July: Workshops with schools'],
      ]),
    ).toBeNull()
  })

  describe('among three dated lines, lines that lost more than their bullet', () => {
    const page = [
      ['Museum plan'],
      ['May 2031 – Trustees start the planning work'],
      ['June and July 2031 – Visitor survey sent out and read'],
      ['August 2031  Workshops held with schools and volunteers'],
      ['September 2031 – Board approves the plan'],
      ['October – The new displays open to visitors'],
    ]

    it('reads months joined, a line without its dash and a month without its year as items', () => {
      const rows = readDatedListItems(page)?.rows ?? []
      expect(rows.slice(2).map((row) => [row[0], row[1]])).toEqual([
        ['Trustees start the planning work', 'May 2031'],
        ['Visitor survey sent out and read', 'June and July 2031'],
        ['Workshops held with schools and volunteers', 'August 2031'],
        ['Board approves the plan', 'September 2031'],
        ['The new displays open to visitors', 'October 2031'],
      ])
    })

    it('does not count them towards the three', () => {
      expect(
        readDatedListItems([
          ['Museum plan'],
          ['May 2031 – Trustees start the planning work'],
          ['June 2031  Visitor survey sent out to members'],
          ['July – Workshops with schools'],
          ['August 2031 – Board approves the plan'],
        ]),
      ).toBeNull()
    })

    it('keeps a line whose words after the year are no work of their own', () => {
      const rows =
        readDatedListItems([...page.slice(0, 3), ['July 2031 Summer holidays'], ...page.slice(3)])?.rows ?? []
      expect(rows[4]).toEqual(['July 2031 Summer holidays', '', '', ''])
    })
  })
})

describe('readDatedListItems: lines one after another, each opening with a month and a colon, the first naming its year', () => {
  const page = [
    ['The library moves to its new building this year. Dates may shift; we will confirm each by email:'],
    ['January 2032: Removal firm appointed'],
    ['February – April: Books packed and labelled by floor'],
    ['May: Shelving fitted in the new stacks'],
    ['August: Reading rooms open to readers'],
  ]

  it('reads each line as an action, lending the year to the months that leave it out', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Removal firm appointed', '2032-01-31'],
      ['Books packed and labelled by floor', '2032-04-30'],
      ['Shelving fitted in the new stacks', '2032-05-31'],
      ['Reading rooms open to readers', '2032-08-31'],
    ])
  })

  it('reads a month range before the colon as one period, its dash no end of it', () => {
    const rows = readDatedListItems(page)?.rows ?? []
    expect(rows[3]?.slice(0, 2)).toEqual(['Books packed and labelled by floor', 'February – April 2032'])
  })

  it('needs the lines to follow one another', () => {
    expect(
      readDatedListItems([
        ['Library move'],
        ['January 2032: Removal firm appointed'],
        ['Readers will be told of each step.'],
        ['May: Shelving fitted in the new stacks'],
        ['August: Reading rooms open to readers'],
      ]),
    ).toBeNull()
  })
})

describe('readDatedListItems: an item led by its status or by a period joined with two hyphens', () => {
  const rows = [
    ['Steps for the new skills register'],
    ['- Under way: Survey of technicians in every faculty about their training'],
    ['- March 2032: Draft the register fields with the unions'],
    ['- April--July 2032: Pilot the register in two faculties'],
    ['- September 2032: Open the register to every technician'],
  ]

  it('reads the status word before the colon as the status, no part of the title', () => {
    const { plan } = tableToPlan(rows)
    expect([plan.actions[0]!.title, plan.actions[0]!.status.state]).toEqual([
      'Survey of technicians in every faculty about their training',
      'in-progress',
    ])
  })

  it('reads a month range joined with two hyphens before the colon as the target, cut from the title', () => {
    const { plan } = tableToPlan(rows)
    expect([plan.actions[2]!.title, plan.actions[2]!.target.due]).toEqual([
      'Pilot the register in two faculties',
      '2032-07-31',
    ])
  })

  it('does not take a code with dashes and a year before the colon for a period', () => {
    const coded = [
      ['Open items'],
      ['- June 2032: Agree the register fields with the unions'],
      ['- July 2032: Publish the register guidance for staff'],
      ['- Jun REG-TT-2031-04: Check the training records of each faculty'],
    ]
    const { plan } = tableToPlan(coded)
    expect(plan.actions.at(-1)!.title).toContain('REG-TT-2031-04')
  })
})

describe('readDatedListItems: a deliverables list, each line a code, then its month, then its title', () => {
  const page = [
    ['Board of the data project, 4 March 2031'],
    ['Deliverables status'],
    ['D2.1 - March 2031 - Data policy for the partners (drafted)'],
    ['D3.4 - June 2031 - Pilot report'],
    ['WP5: September 2031 – Training plan for the site teams'],
    ['Next meeting in April.'],
  ]

  it('reads each line as an action, its code the ref, its month the target and the rest the title', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => ({ ref: a.ref, title: a.title, due: a.target.due }))).toEqual([
      { ref: 'D2.1', title: 'Data policy for the partners (drafted)', due: '2031-03-31' },
      { ref: 'D3.4', title: 'Pilot report', due: '2031-06-30' },
      { ref: 'WP5', title: 'Training plan for the site teams', due: '2031-09-30' },
    ])
  })

  it('reads a day opening a line as its date, never as a code', () => {
    const rows = readDatedListItems([
      ['Timeline'],
      ['12 Feb — Send the draft to the leads'],
      ['15 Feb — Fold in the edits'],
      ['18 Feb — Publish the final text'],
    ])?.rows
    expect(rows?.slice(2).map((row) => [row[0], row[1], row.length])).toEqual([
      ['Send the draft to the leads', '12 Feb', 4],
      ['Fold in the edits', '15 Feb', 4],
      ['Publish the final text', '18 Feb', 4],
    ])
  })
})

describe('readDatedListItems: paragraphs of a timeline each opening with a whole date, no dash after it', () => {
  const rows = [
    ['Harmonogram wdrożenia regulaminu w 2031 r.'],
    ['Zespół ds. jakości kształcenia'],
    [
      '3 lutego 2031 r. przegląd sylabusów wszystkich kierunków (§ 4 ust. 2), dziekan przekazuje raport senatowi (§ 9).',
    ],
    ['28 lutego 2031 r. aktualizacja stron internetowych wydziałów w zakresie opłat (§ 12 ust. 1).'],
    ['30 września 2031 r. wdrożenie nowego systemu ankiet dla studentów studiów drugiego stopnia.'],
  ]

  it('reads each paragraph as work due on its date, the date and "r." cut from the title', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['przegląd sylabusów wszystkich kierunków (§ 4 ust. 2)', '2031-02-03'],
      ['dziekan przekazuje raport senatowi (§ 9)', '2031-02-03'],
      ['aktualizacja stron internetowych wydziałów w zakresie opłat (§ 12 ust. 1).', '2031-02-28'],
      ['wdrożenie nowego systemu ankiet dla studentów studiów drugiego stopnia.', '2031-09-30'],
    ])
  })

  it('does not read paragraphs of minutes that open with a date as a timeline when they are fewer than three', () => {
    expect(
      readDatedListItems([
        ['Minutes of the allotment committee'],
        ['12 March 2031 the committee met in the hall and discussed the water supply.'],
        ['Members agreed to meet again after Easter.'],
        ['The chair thanked everyone for coming.'],
      ]),
    ).toBeNull()
  })
})

describe('dutiesClosedByCitations: several duties on one line, each closed by its citation', () => {
  it.each([
    [
      'adapt the rules (art. 12), publish the register (art. 40).',
      ['adapt the rules (art. 12)', 'publish the register (art. 40)'],
    ],
    [
      'adapt the rules (art. 12 ust. 3; art. 14); publish it (s. 4(2))',
      ['adapt the rules (art. 12 ust. 3; art. 14)', 'publish it (s. 4(2))'],
    ],
    // Near misses: a bracket with no number, or a last part not closed by a citation, keeps the line whole.
    ['review the draft (2 weeks), then publish', ['review the draft (2 weeks), then publish']],
    ['buy paint (blue), buy brushes (soft)', ['buy paint (blue), buy brushes (soft)']],
    ['one duty (art. 5)', ['one duty (art. 5)']],
  ])('splits %s', (line, duties) => {
    expect(dutiesClosedByCitations(line)).toEqual(duties)
  })

  it('reads a long line of near misses whole', () => {
    const line = 'check the list (soon), '.repeat(2_000)
    expect(dutiesClosedByCitations(line)).toEqual([line])
  })
})
