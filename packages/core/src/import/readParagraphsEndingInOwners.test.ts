import { describe, expect, it } from 'vitest'
import { readParagraphsEndingInOwners } from './readParagraphsEndingInOwners'
import { tableToPlan } from './tableToPlan'

describe('minutes whose paragraphs end with who is to act', () => {
  const rows = [
    ['Present: Cllr A. Hart (Chair), Cllrs P. Moss and T. Reed'],
    ['Apologies: none'],
    ['1. The minutes of the last meeting were approved and signed.'],
    ['2. Footpaths.'],
    ['The stile at Church Lane is broken and unsafe. Walkers have complained. Clerk'],
    ['b. The hedge along Mill Lane blocks the path. The owner will be written to. Clerk.'],
    ['3. Village hall.'],
    ['a. The boiler failed in March. Repairs cost £400 and were paid.'],
    ['b. The car park needs relining before the summer fair. Cllr Moss agreed to get quotes. Cllr Moss'],
    ['4. Play area.'],
    ['a. A parent reported a blocked drain by the swings. Anglian Water were called and will clear it.'],
    ['b. A request for a new bench.'],
    ['c. Litter bins. The bins overflow at weekends. Clerk will ask for an extra collection.'],
  ]

  it('reads each paragraph ending in an owner, and each saying who will act, under its item', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.section])).toEqual([
      [
        '2',
        'The stile at Church Lane is broken and unsafe. Walkers have complained.',
        ['Clerk'],
        'Footpaths',
      ],
      [
        'b',
        'The hedge along Mill Lane blocks the path. The owner will be written to.',
        ['Clerk'],
        'Footpaths',
      ],
      [
        'b',
        'The car park needs relining before the summer fair. Cllr Moss agreed to get quotes.',
        ['Cllr Moss'],
        'Village hall',
      ],
      [
        'a',
        'A parent reported a blocked drain by the swings. Anglian Water were called and will clear it.',
        ['Anglian Water'],
        'Play area',
      ],
      [
        'c',
        'Litter bins. The bins overflow at weekends. Clerk will ask for an extra collection.',
        ['Clerk'],
        'Play area',
      ],
    ])
  })

  it('reads initials and owners joined at the end', () => {
    const { plan } = tableToPlan([
      ['1. Finance.'],
      ['a. The audit is due in June. The papers are to be sent. RB'],
      ['b. Two quotes were received for the roof. Both are high. Clerk/Chairman'],
      ['c. The bank mandate is out of date. New forms are needed. RB and JP'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['RB'], ['Clerk', 'Chairman'], ['RB', 'JP']])
  })

  it('reads initials glued to the last full stop, and the whole committee named at the end', () => {
    const { plan } = tableToPlan([
      ['1. Grounds.'],
      ['a. New nets to be hung on the top pitch.KD/ML'],
      ['b. The fixture list to be sent to the league by Friday so the site can be updated. All'],
      ['c. The roller needs a new belt before the season. ML'],
      ['d. The shed padlock was replaced.Done'],
    ])
    expect(plan.actions.map((a) => a.owners).slice(0, 3)).toEqual([['KD', 'ML'], ['All'], ['ML']])
  })

  it('leaves minutes whose paragraphs end in a decision or a note, not an owner', () => {
    expect(
      readParagraphsEndingInOwners([
        ['1. Finance.'],
        ['a. The budget for next year was discussed at length. Agreed.'],
        ['b. The precept was set at the same level as last year. Carried.'],
        ['c. The audit papers have been sent to the auditor. Noted.'],
        ['d. A new bank account will be opened for the hall. TBC'],
      ]),
    ).toBeNull()
    expect(readParagraphsEndingInOwners(rows.slice(0, 6))).toBeNull()
  })

  it('reads an honorific only with a capitalised name after it, never "Councillors agreed"', () => {
    const read = readParagraphsEndingInOwners([
      ['Present: six members'],
      ['1. Allotments.'],
      ['a. The water trough leaks. Clerk'],
      ['b. Two plots are overgrown. Cllr Amos'],
      ['c. The rent review was discussed. Councillors agreed.'],
      ['2. Playground.'],
      ['a. The swing chains are worn. Clerk.'],
    ])
    expect(read?.rows.slice(2).map((row) => [row[0], row[1]])).toEqual([
      ['The water trough leaks.', 'Clerk'],
      ['Two plots are overgrown.', 'Cllr Amos'],
      ['The swing chains are worn.', 'Clerk'],
    ])
  })

  it('reads the owners after an "Action:" label closing a paragraph, with or without a full stop before it', () => {
    const { plan } = tableToPlan([
      ['Present: the vicar (VB), the wardens (KM, DW) and the treasurer (LT)'],
      ['1. Opening prayer'],
      ['2. Fabric'],
      ['The boiler was serviced in the autumn. A second quote for the roof is wanted. Action: KM'],
      ['The west door sticks in wet weather and the hinges need oiling Action: DW'],
      ['The organ will be tuned in the spring by the usual firm.'],
      ['3. Finance'],
      ['Giving is down on last year. LT suggests a leaflet on planned giving. Action: LT/VB'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['The boiler was serviced in the autumn. A second quote for the roof is wanted.', ['KM']],
      ['The west door sticks in wet weather and the hinges need oiling', ['DW']],
      ['Giving is down on last year. LT suggests a leaflet on planned giving.', ['LT', 'VB']],
    ])
  })

  it('leaves a paragraph whose "Action:" label is followed by work, not owners', () => {
    expect(
      readParagraphsEndingInOwners([
        ['1. Fabric'],
        ['The gate sticks. Action: oil the hinges'],
        ['The path is uneven. Action: get quotes'],
        ['The bins overflow. Action: ask the council'],
      ]),
    ).toBeNull()
  })

  it('reads owners tagged in square brackets after the label, "[Action PT]", closing each update', () => {
    const read = readParagraphsEndingInOwners([
      ['Cricket club committee, 3 November'],
      ['OUTSTANDING ACTIONS'],
      ['Nets – The new netting is on order and will be fitted before April. [Action RT]'],
      ['Scoreboard – Two quotes received. It was agreed to take the cheaper one. [Action LW/RT]'],
      ['Bar – Deferred to the spring. [Action KM]'],
      ['The hall has been booked for the dinner.'],
    ])
    expect(read?.rows.slice(3).map((row) => [row[0], row[1]])).toEqual([
      ['Nets – The new netting is on order and will be fitted before April.', 'RT'],
      ['Scoreboard – Two quotes received. It was agreed to take the cheaper one.', 'LW, RT'],
      ['Bar – Deferred to the spring.', 'KM'],
    ])
  })
})

describe("bulleted minutes closing each point with the roll's initials, with or without a stop", () => {
  const rows = [
    ['Present: Nora Platt (NP), Owen Reyes (OR), Kit Lamb (KL)'],
    ['Apologies: Dev Shah (DS)'],
    ['Summer fete (5 July)'],
    ['·  Raffle – prizes still wanted from the village shops. NP KL'],
    ['·  Bric-a-brac stall to be run as last year OR'],
    ['·  The vicar has agreed to open the fete'],
    ['·  Outside pitches to be booked:'],
    ['o  Pony rides DS'],
    ['o  Plant sale NP'],
    ['·  Funding bid sent to the NHS'],
  ]

  it('reads each point ending in members’ initials as theirs, the bullet left out, a point naming no one skipped', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Raffle – prizes still wanted from the village shops.', ['NP', 'KL']],
      ['Bric-a-brac stall to be run as last year', ['OR']],
      ['Pony rides', ['DS']],
      ['Plant sale', ['NP']],
    ])
  })

  it('reads no initials without a stop when the roll gives none in brackets', () => {
    const plain = rows.map((row) => [
      row[0]!.replace(/ \((?:NP|OR|KL|DS)\)/g, '').replace('Present:', 'Present: NP, OR, KL;'),
    ])
    expect(readParagraphsEndingInOwners(plain.slice(2))).toBeNull()
  })
})

describe("paragraphs closed by the mark and the owner's initials, the last sentence the owner's own work", () => {
  const rows = [
    ['Present: Nora Platt (NP), Owen Reyes (OR), Kit Lamb (KL)'],
    ['2. Welcome'],
    [
      'NP welcomed the new members. A former member has been unwell. OR to send flowers from the group. Action – OR',
    ],
    ['3. Open day'],
    ['3.1 Garden stall'],
    ['Plants were offered by two members. KL will price the plants the day before. Action KL'],
    ['Seeds are to be bought from the usual supplier. NP suggests a second table. Action – NP'],
  ]

  it("titles the paragraph by the owner's own sentence and numbers it by its sub-item", () => {
    const read = readParagraphsEndingInOwners(rows)
    const header = read!.rows[read!.headerRow - 1]!
    expect(
      read!.rows
        .slice(read!.headerRow)
        .map((row) => [
          row[header.indexOf('Action')],
          row[header.indexOf('Owner')],
          row[header.indexOf('Ref')],
        ]),
    ).toEqual([
      ['OR to send flowers from the group.', 'OR', '2'],
      ['KL will price the plants the day before.', 'KL', '3.1'],
      // "NP suggests …" is no work NP gives themselves: the paragraph stays whole, the mark left out.
      ['Seeds are to be bought from the usual supplier. NP suggests a second table.', 'NP', '3.1'],
    ])
    expect(read!.rows[read!.headerRow]![header.indexOf('Description')]).toBe(rows[2]![0])
  })
})
