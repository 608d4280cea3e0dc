import { describe, expect, it } from 'vitest'
import { readTimelineSteps } from './readTimelineSteps'
import { tableToPlan } from './tableToPlan'

describe('a one-column project timeline: numbered step markers with their state', () => {
  const page = [
    ['How the plan comes together'],
    ['• Stage 1 - complete'],
    ['Ask technicians what matters to them (2023 - 2024)'],
    ['"Over 200 replies shaped the first draft, see the 2022-2026 strategy."'],
    ['• Stage 2 - complete'],
    ['Agree the draft with the steering group'],
    ['The group signs it off on Tuesday 14 January 2025.'],
    ['• Stage 3 - active'],
    ['Run the showcase events (May - July 2025)'],
    ['• Stage 4 - upcoming'],
    ['Report to the board (Winter 2025)'],
    ['A short report on what changed.'],
  ].map((line) => [line[0]!])

  it('reads each step as an action: its number the ref, its state the status, its bracketed period the target', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due, a.status.state])).toEqual([
      ['1', 'Ask technicians what matters to them', '2024-12-31', 'complete'],
      ['2', 'Agree the draft with the steering group', '2025-01-14', 'complete'],
      ['3', 'Run the showcase events', '2025-07-31', 'in-progress'],
      ['4', 'Report to the board', '2026-02-28', 'not-started'],
    ])
    expect(plan.actions[0]?.description).toContain('Over 200 replies')
    expect(plan.title).toBe('How the plan comes together')
  })

  it('says how it read the page', () => {
    const { explanation } = tableToPlan(page)
    expect(explanation.columns.find((c) => c.field === 'title')?.evidence).toMatch(/timeline/)
  })

  it('reads nothing when the markers do not number one list, or carry no state', () => {
    const skipped = page.filter((_, i) => i !== 4 && i !== 5 && i !== 6)
    expect(readTimelineSteps(skipped)).toBeNull()
    const stateless = page.map((row) => [row[0]!.replace(/ - \w+$/, '')])
    expect(readTimelineSteps(stateless)).toBeNull()
    const mixed = page.map((row) => [row[0]!.replace('• Stage 3', '• Phase 3')])
    expect(readTimelineSteps(mixed)).toBeNull()
  })
})

describe('a one-column timeline of phases: each a heading with its period in brackets, then what it does', () => {
  const page = [
    'How the library refurbishment will run',
    'Scoping Stage (January-March 2031)',
    'Walk the building with the architects. Agree the brief.',
    'Consultation Stage 2.1 (April 2031)',
    'Readers and staff comment on the plans.',
    'Building Works (May-November 2031)',
    'The contractor refits the ground floor.',
    'The upper floors stay open throughout.',
    'Reopening and Review (December 2031 onwards)',
    'Services return to the ground floor and we ask readers how it went.',
  ].map((line) => [line])

  it('reads each phase as an action: its name the title, its period the target, the lines below it the description', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due])).toEqual([
      [null, 'Scoping Stage', '2031-03-31'],
      [null, 'Consultation Stage 2.1', '2031-04-30'],
      [null, 'Building Works', '2031-11-30'],
      [null, 'Reopening and Review', null],
    ])
    expect(plan.actions[2]?.description).toBe(
      'The contractor refits the ground floor.\nThe upper floors stay open throughout.',
    )
    expect(plan.title).toBe('How the library refurbishment will run')
  })

  it('leaves year labels over their work, bulleted lists and undescribed headings to the other readers', () => {
    const years = [
      ['Year 1 (2031-32)'],
      ['Open a reading room'],
      ['Year 2 (2032-33)'],
      ['Run a survey'],
      ['Year 3 (2033-34)'],
      ['Hire a curator'],
    ]
    expect(readTimelineSteps(years)).toBeNull()
    const bulleted = page.map((row) => [row[0]!.replace(/^The contractor/, '• The contractor')])
    expect(readTimelineSteps(bulleted)).toBeNull()
    const bare = page.filter((_, i) => i !== 2)
    expect(readTimelineSteps(bare)).toBeNull()
  })

  it('reads a page of ten thousand phases (a megabyte)', () => {
    const long = Array.from({ length: 10_000 }, (_, i) => [
      [`Stage number ${i} of the works (March ${2030 + (i % 50)})`],
      ['Finish the work of this stage and report on it to the board, with photographs of each room.'],
    ]).flat()
    expect(readTimelineSteps(long)?.rows).toHaveLength(10_001)
  })
})

describe('a one-column timeline of stages, each a name, what it does, then a line giving its date', () => {
  const page = [
    ['Our village plan – how we get there'],
    ['Everyone is welcome at the open evening on 3rd May.'],
    ['The stages'],
    ['Thanks to all who have helped so far.'],
    ['Door-to-door listening'],
    ['Completed end of Feb 2032'],
    ['Village survey - Have Your Say'],
    ['Mar 2nd – Mar 30th'],
    ['Priorities weekend'],
    ['Residents voted on the survey findings at the hall.'],
    ['12th-13th April'],
    ['Draft plan'],
    ['Written by the steering group from the votes.'],
    ['20th May'],
    ['Consultation on the draft'],
    ['Copies at the shop and online for three weeks.'],
    ['Plan agreed.'],
    ['Plan launch'],
    ['A summer fair for the launch.'],
    ['Launched July 2032'],
    ['Working groups'],
    ['Join a group to start the early actions!'],
    ['WE ARE HERE'],
  ].map((line) => [line[0]!])

  it('reads each stage as an action: its name the title, its date line the target, the marked stage in progress', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.target.due, a.status.state])).toEqual([
      ['Door-to-door listening', '2032-02-29', 'complete'],
      ['Village survey - Have Your Say', '2032-03-30', 'unknown'],
      ['Priorities weekend', '2032-04-13', 'unknown'],
      ['Draft plan', '2032-05-20', 'unknown'],
      ['Consultation on the draft', null, 'unknown'],
      ['Plan launch', '2032-07-31', 'unknown'],
      ['Working groups', null, 'in-progress'],
    ])
    expect(plan.actions[4]?.description).toBe('Copies at the shop and online for three weeks.\nPlan agreed.')
  })

  it('leaves pages whose names run together, or that date fewer than three stages, to the other readers', () => {
    const stacked = page.filter((_, i) => i !== 9 && i !== 10)
    expect(readTimelineSteps(stacked)).toBeNull()
    const fewDates = page.filter((_, i) => i !== 5 && i !== 7 && i !== 10)
    expect(readTimelineSteps(fewDates)).toBeNull()
  })

  it('reads a page of ten thousand stages (a megabyte)', () => {
    const long = Array.from({ length: 10_000 }, (_, i) => [
      [`Stage number ${i} of the works`],
      ['Finish the work of this stage and report on it to the board, with photographs of each room.'],
      [`${1 + (i % 28)}th March`],
    ]).flat()
    expect(readTimelineSteps(long)?.rows).toHaveLength(10_001)
  })
})
