import { describe, expect, it } from 'vitest'
import { statusFromRoadmapStage } from './statusFromRoadmapStage'
import { tableToPlan } from './tableToPlan'

describe('statusFromRoadmapStage', () => {
  it.each([
    ['Shipped', 'complete'],
    ['Recently released:', 'complete'],
    ['NOW', 'in-progress'],
    ["What we're working on now", 'in-progress'],
    ['Up next', 'not-started'],
    ['Later', 'not-started'],
    ['Soon', 'not-started'],
    ['Future plans', 'not-started'],
    ['Working on next', 'not-started'],
    ['Working on later:', 'not-started'],
    ['Near-term', 'not-started'],
    ['Public beta', 'in-progress'],
    ['Preview', 'in-progress'],
  ])('%s → %s', (heading, state) => {
    expect(statusFromRoadmapStage(heading)?.state).toBe(state)
  })

  it.each([
    'Future plans for the sports centre',
    'Next steps for the library',
    'Released staff time',
    'Roadmap',
    'Working on lifts',
  ])('%s is no stage', (heading) => {
    expect(statusFromRoadmapStage(heading)).toBeNull()
  })

  it('reads a status column of roadmap stages ("Future", "Preview", "Released") as the states they name', () => {
    const { plan } = tableToPlan([
      ['Feature', 'Owner', 'Status'],
      ['Print booking receipts', 'Sam Ortiz', 'Future'],
      ['Book rooms from the phone app', 'Ana Silva', 'In beta'],
      ['Cancel a booking by text message', 'Sam Ortiz', 'Released'],
      ['Share a booking with a colleague', 'Ana Silva', 'Near term'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual([
      'not-started',
      'in-progress',
      'complete',
      'not-started',
    ])
    expect(plan.actions[1]?.status.text).toBe('In beta')
  })

  it('reads "Working on now / next / later" headings over plain lines as the stages', () => {
    const { plan } = tableToPlan([
      ['Estates roadmap'],
      ['What the estates team is doing, and what it plans to do after that.'],
      ['Working on now'],
      ['Replace the boiler controls in the north wing.'],
      ['Working on next'],
      ['Survey the roofs of the three halls.'],
      ['Working on later'],
      ['Fit solar panels to the library roof.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Replace the boiler controls in the north wing.', 'in-progress'],
      ['Survey the roofs of the three halls.', 'not-started'],
      ['Fit solar panels to the library roof.', 'not-started'],
    ])
  })

  it('reads "Current activity" and "Planned work" headings as in progress and not started', () => {
    const { plan } = tableToPlan([
      ['Data team roadmap'],
      ['Current activity'],
      ['Move the nightly exports to the new warehouse'],
      ['Write a style guide for dashboards'],
      ['Planned work'],
      ['Retire the old reporting server'],
      ['Train the faculty analysts on the new tools'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Move the nightly exports to the new warehouse', 'in-progress'],
      ['Write a style guide for dashboards', 'in-progress'],
      ['Retire the old reporting server', 'not-started'],
      ['Train the faculty analysts on the new tools', 'not-started'],
    ])
  })

  it('gives each bullet of a roadmap page its stage, past the lead-in and release sentences', () => {
    const { plan } = tableToPlan([
      ['Library systems roadmap'],
      ['Last updated 3 March 2025.'],
      ['Recently shipped'],
      ['We moved the catalogue to the new search service in January.'],
      ["We've also:"],
      ['- added a dark mode to the room booking pages'],
      ['- fixed the renewals email for distance learners'],
      ['Working on now'],
      ["We're:"],
      ['- testing the self-issue kiosks in the science library'],
      ['Coming up next'],
      ['We plan to:'],
      ['- retire the old interlibrary loan form'],
    ])
    expect(plan.actions.map((action) => [action.title, action.status.state])).toEqual([
      ['added a dark mode to the room booking pages', 'complete'],
      ['fixed the renewals email for distance learners', 'complete'],
      ['testing the self-issue kiosks in the science library', 'in-progress'],
      ['retire the old interlibrary loan form', 'not-started'],
    ])
  })

  it('reads a Now / Soon / Later roadmap, each stage defined in a sentence above its bullets', () => {
    const { plan } = tableToPlan([
      ['Survey tool roadmap'],
      ['Now'],
      ['"Now" items have someone working on them:'],
      ['* export answers as spreadsheets'],
      ['Soon'],
      ['"Soon" items are agreed but nobody has picked them up yet. They move to "Now" when someone does.'],
      ['* translate the question editor'],
      ['Later'],
      ['"Later" items are ideas with no plan yet.'],
      ['* offline answering on tablets'],
    ])
    expect(plan.actions.map((action) => [action.title, action.status.state])).toEqual([
      ['export answers as spreadsheets', 'in-progress'],
      ['translate the question editor', 'not-started'],
      ['offline answering on tablets', 'not-started'],
    ])
  })

  it.each([
    ["What we're researching next", 'not-started'],
    ['Things we will look at later', 'not-started'],
    ['What we are building now', 'in-progress'],
    ['What we are planning soon:', 'not-started'],
  ])('reads the stage a "What we\'re …" heading names by its last word: %s', (heading, state) => {
    expect(statusFromRoadmapStage(heading)?.state).toBe(state)
  })

  it('leaves a time word without "What we\'re" before it, and a longer phrase before the time word', () => {
    expect(statusFromRoadmapStage('Ideas for later')).toBeNull()
    expect(statusFromRoadmapStage('Roll out now')).toBeNull()
    expect(statusFromRoadmapStage('What we are going to ask the board to fund next')).toBeNull()
  })

  it('gives each item the stage of its "What we …" heading on a page of three lists', () => {
    const { plan } = tableToPlan([
      ['Open data roadmap'],
      ['What we are doing now'],
      ['Publish the bus stop dataset'],
      ['What we have done'],
      ['Mapped every open dataset we hold'],
      ['What we are researching next'],
      ['A register of street works'],
      ['Live parking bay sensors'],
    ])
    expect(plan.actions.map((action) => [action.title, action.status.state])).toEqual([
      ['Publish the bus stop dataset', 'in-progress'],
      ['Mapped every open dataset we hold', 'complete'],
      ['A register of street works', 'not-started'],
      ['Live parking bay sensors', 'not-started'],
    ])
  })
})
