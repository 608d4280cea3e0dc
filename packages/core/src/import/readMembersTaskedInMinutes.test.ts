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
      ].map((line) => [line]),
    )
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['L. Brook to ask the carpenter for a price.', ['L. Brook']],
      ['Owen P to walk the route first.', ['Owen P']],
      ['Signs to be ordered after the walk.', []],
      ['Cllr Vale to write to the trust.', ['Cllr Vale']],
      ['Clerk to check the deadline.', ['Clerk']],
    ])
  })

  it('leaves minutes that label their actions to the readers of the labels', () => {
    const labelled = [...minutes, ['ACTION – Book the hall for June']]
    expect(readMembersTaskedInMinutes(labelled, pageLines(labelled))).toBeNull()
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
})
