import { describe, expect, it } from 'vitest'
import { readBracketedStatusSteps } from './readBracketedStatusSteps'
import { tableToPlan } from './tableToPlan'

describe('readBracketedStatusSteps: steps that close on their state in brackets', () => {
  it('reads every line as a step, the first line too, its status the words in the brackets', () => {
    const { plan } = tableToPlan([
      ['Agree the boundary of the harbour area (complete)'],
      ['Recruit volunteers for the topic groups (complete)'],
      [
        'Evidence base: each policy will rest on facts gathered about housing, traffic and green space(underway)',
      ],
      ['Write the first draft of the policies (later)'],
      ['Public consultation on the draft (Regulation 14) (future)'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Agree the boundary of the harbour area', 'complete'],
      ['Recruit volunteers for the topic groups', 'complete'],
      [
        'Evidence base: each policy will rest on facts gathered about housing, traffic and green space',
        'in-progress',
      ],
      ['Write the first draft of the policies', 'not-started'],
      ['Public consultation on the draft (Regulation 14)', 'not-started'],
    ])
  })

  it('keeps the lines above the first step as the title rows', () => {
    const flat = readBracketedStatusSteps([
      ['Our key steps'],
      ['Form the forum (done)'],
      ['- Map the footpaths (in progress)'],
      ['- Hold the open day (next)'],
    ])
    expect(flat?.rows).toEqual([
      ['Our key steps'],
      ['Action', 'Status'],
      ['Form the forum', 'done'],
      ['Map the footpaths', 'in progress'],
      ['Hold the open day', 'Not started'],
    ])
  })

  it('reads the tasks under a stage whose name closes on its status, and leaves the introduction out', () => {
    const { plan } = tableToPlan([
      ['How we will work'],
      ['The forum will run the plan as a project, in stages, each with a clear milestone at its end.'],
      ['We will post the tasks of each stage here as we reach it.'],
      ['Phase 1'],
      ['Setting up (Done)'],
      ['Agree the terms of reference'],
      ['Open a bank account for the grant'],
      ['Phase 2: Listening to residents (Underway)'],
      ['Send a questionnaire to every home'],
      ['Run two drop-in afternoons (complete)'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state, a.section])).toEqual([
      ['Agree the terms of reference', 'complete', 'Setting up'],
      ['Open a bank account for the grant', 'complete', 'Setting up'],
      ['Send a questionnaire to every home', 'in-progress', 'Listening to residents'],
      ['Run two drop-in afternoons', 'complete', 'Listening to residents'],
    ])
  })

  it('needs three steps, each line from the first to the end closed by a status', () => {
    expect(readBracketedStatusSteps([['Paint the hall (done)'], ['Fix the lift (done)']])).toBeNull()
    expect(
      readBracketedStatusSteps([
        ['Paint the hall (done)'],
        ['Fix the lift (done)'],
        ['Mend the gate'],
        ['Sweep (done)'],
      ]),
    ).toBeNull()
  })

  it('needs a stage name closed by a status, and two tasks under every stage', () => {
    expect(
      readBracketedStatusSteps([['Stage 1'], ['Getting going'], ['Book the hall'], ['Print the flyers']]),
    ).toBeNull()
    expect(
      readBracketedStatusSteps([
        ['Step 1'],
        ['Getting going (done)'],
        ['Book the hall'],
        ['Step 2'],
        ['Next (later)'],
      ]),
    ).toBeNull()
    expect(
      readBracketedStatusSteps([['Stage left (done)'], ['Book the hall'], ['Print the flyers']]),
    ).toBeNull()
  })
})
