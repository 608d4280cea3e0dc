import { describe, expect, it } from 'vitest'
import { readPhasedWorkstreams } from './readPhasedWorkstreams'
import { tableToPlan } from './tableToPlan'

// A museum's archive move, printed as its project office prints a timeline: an introduction naming the phases, then
// each phase over its window of time, over workstream headings and their tasks.
const archiveMove = [
  ['Archive move: project timeline'],
  ['The move runs in two phases:'],
  ['Phase 1: Survey (March-June 2031)'],
  ['Phase 2: Move (July-December 2031)'],
  ['Phase 1: Survey'],
  ['March-June 2031'],
  ['Map the Collections'],
  ['Count the boxes on every floor.'],
  ['List the items that need special crates.'],
  ['Choose a Removals Firm'],
  ['Phase 2: Move'],
  ['July 2031'],
  ['Book the Lifts'],
  ['To be confirmed once the firm is chosen.'],
  ['August-December 2031'],
  ['Move the Collections'],
  ['Move the rare books first.'],
  ['Check every box against the map.'],
  ['Phase 3: Settle'],
  ['January 2032 onwards'],
]

describe('a timeline of phases, windows and workstreams', () => {
  it('reads each task as an action due by the end of its window, and a workstream with no tasks as one', () => {
    const { plan } = tableToPlan(archiveMove)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Count the boxes on every floor.', '2031-06-30'],
      ['List the items that need special crates.', '2031-06-30'],
      ['Choose a Removals Firm', '2031-06-30'],
      ['Book the Lifts', '2031-07-31'],
      ['Move the rare books first.', '2031-12-31'],
      ['Check every box against the map.', '2031-12-31'],
    ])
  })

  it('reads a window left open in words of its own ("-Indefinitely") as the last window', () => {
    const read = readPhasedWorkstreams([
      ...archiveMove.slice(0, -1),
      ['January 2032-Indefinitely'],
      ['Care for the Store'],
      ['Log the humidity every week.'],
    ])
    expect(read?.rows.at(-1)).toEqual([
      'Log the humidity every week.',
      'January 2032-Indefinitely',
      'Care for the Store',
    ])
  })

  it('leaves the introduction as title rows and takes the workstream as the section', () => {
    const read = readPhasedWorkstreams(archiveMove)
    expect(read?.rows.slice(0, 5)).toEqual([...archiveMove.slice(0, 4), ['Action', 'Target date', 'Section']])
    expect(read?.rows.find((row) => row[0] === 'Count the boxes on every floor.')?.[2]).toBe(
      'Map the Collections',
    )
  })

  it('leaves other pages alone: no phase over a window, one window, work before any window, a long heading', () => {
    expect(readPhasedWorkstreams(archiveMove.filter((row) => !row[0]!.startsWith('Phase')))).toBeNull()
    expect(
      readPhasedWorkstreams([
        ['Phase 1: Survey'],
        ['March-June 2031'],
        ['Map the Collections'],
        ['Count the boxes.'],
        ['List the crates.'],
        ['Weigh the cabinets.'],
      ]),
    ).toBeNull()
    expect(
      readPhasedWorkstreams([
        ['Phase 1: Survey'],
        ['March-June 2031'],
        ['Map the Collections'],
        ['Count the boxes.'],
        ['Phase 2: Move'],
        ['Book the Lifts'],
        ['July 2031'],
        ['Move the books.'],
      ]),
    ).toBeNull()
    expect(
      readPhasedWorkstreams([
        ['Phase 1: Survey'],
        ['March-June 2031'],
        ['Map the Collections'],
        ['Count the boxes.'],
        ['July 2031'],
        [`Move ${'the collections and '.repeat(6)}the books`],
        ['Move the books.'],
      ]),
    ).toBeNull()
  })

  it('reads a long page', () => {
    const page: string[][] = [['Plan']]
    for (let phase = 1; phase <= 2_000; phase++) {
      page.push([`Phase ${(phase % 9) + 1}: Work`], ['March-June 2031'], ['Map the Collections'])
      for (let task = 0; task < 5; task++) page.push([`Count the boxes on floor ${task}.`])
    }
    expect(readPhasedWorkstreams(page)?.rows.length).toBe(10_002)
  })
})

// A choir's spring concert, planned as event organisers plan one: the months counted back to the concert, each over
// its workstreams (one word each) and their tasks, written without full stops.
const concertPlan = [
  ['Spring concert checklist'],
  ['Concert: Saturday 14 March 2032'],
  ['Planning stage'],
  ['Month -4: November 2031'],
  ['Venue'],
  ['Logistics'],
  ['Book the church hall'],
  ['Ask the caretaker about parking'],
  ['Tickets'],
  ['Set the ticket prices'],
  ['Open online sales'],
  ['Month -3 – December 2031'],
  ['Music'],
  ['Choose the programme: carols and madrigals'],
  ['First sectional rehearsal'],
]

describe('an event timeline counted in months to the event, its tasks written without full stops', () => {
  it('reads each task under its one-word workstream, due by the end of its counted month', () => {
    const { plan } = tableToPlan(concertPlan)
    expect(plan.actions.map((a) => [a.title, a.section, a.target.due])).toEqual([
      ['Book the church hall', 'Logistics', '2031-11-30'],
      ['Ask the caretaker about parking', 'Logistics', '2031-11-30'],
      ['Set the ticket prices', 'Tickets', '2031-11-30'],
      ['Open online sales', 'Tickets', '2031-11-30'],
      ['Choose the programme: carols and madrigals', 'Music', '2031-12-31'],
      ['First sectional rehearsal', 'Music', '2031-12-31'],
    ])
  })

  it('reads one counted month alone as a timeline, its headings never actions', () => {
    const read = readPhasedWorkstreams(concertPlan.slice(0, 11))
    expect(read?.rows.slice(0, 5)).toEqual([
      ...concertPlan.slice(0, 3),
      ['Action', 'Target date', 'Section'],
      ['Book the church hall', 'November 2031', 'Logistics'],
    ])
    expect(read?.rows.some((row) => row[0] === 'Venue' || row[0] === 'Tickets')).toBe(false)
  })

  it('reads a long counted timeline', () => {
    const page: string[][] = [['Checklist']]
    for (let month = 0; month < 2_000; month++) {
      page.push([`Month -${(month % 12) + 1}: March 2031`], ['Venue'])
      for (let task = 0; task < 5; task++) page.push([`Book room ${task}`])
    }
    expect(readPhasedWorkstreams(page)?.rows.length).toBe(10_002)
  })

  it('leaves a single window that is not counted to an event, and a count with no period', () => {
    expect(
      readPhasedWorkstreams([
        ['Checklist'],
        ['November 2031'],
        ['Venue'],
        ['Book the hall'],
        ['Ask the caretaker'],
        ['Open sales'],
      ]),
    ).toBeNull()
    expect(
      readPhasedWorkstreams([
        ['Checklist'],
        ['Month -4: the venue'],
        ['Venue'],
        ['Book the hall'],
        ['Ask the caretaker'],
        ['Open sales'],
      ]),
    ).toBeNull()
  })
})
