import { describe, expect, it } from 'vitest'
import { parseStatus } from '../status/parseStatus'
import { ragFromColourColumn } from './ragFromColourColumn'
import { tableToPlan } from './tableToPlan'

describe('ragFromColourColumn', () => {
  // [header, colour cell, status cell, rag, state]
  const rows: ReadonlyArray<readonly [string, string, string, string | null, string]> = [
    ['Colour Code', 'Green', 'The network met twice and has 40 members.', 'green', 'unknown'],
    ['Colour Code', 'A', 'Recruitment of buddies is slower than hoped.', 'amber', 'unknown'],
    ['RAG', 'R', '', 'red', 'unknown'],
    ['RAG status', 'Amber/Green', 'In progress', 'amber', 'in-progress'],
    ['BRAG', 'Blue', 'All rooms were refitted in the summer.', 'blue', 'complete'],
    ['Colour', 'G', 'On hold', 'green', 'on-hold'],
    ['Traffic light', 'amber', 'Delayed', 'amber', 'in-progress'],
    // The status cell's own colour stands; other columns and other words are not read.
    ['RAG', 'Red', 'Green - on track', 'green', 'in-progress'],
    ['Theme', 'Green', 'Travel plan agreed', null, 'unknown'],
    ['Colour Code', 'Green spaces', '', null, 'unknown'],
    ['Colour Code', 'See key', '', null, 'unknown'],
    ['Colour Code', '', 'Complete', null, 'complete'],
  ]
  it.each(rows)('%j %j beside %j → %s, %s', (name, value, text, rag, state) => {
    const read = ragFromColourColumn([{ name, value, column: 6 }], parseStatus(text))
    expect([read.reportedRag, read.state]).toEqual([rag, state])
  })

  it('reads the colour column beside a status column of prose', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead', 'Progress', 'RAG'],
      ['Run a carers network', 'HR', 'The network met twice and has 40 members.', 'Green'],
      ['Launch the buddy scheme', 'HR', 'Recruitment of buddies is slower than hoped.', 'Amber'],
      ['Refit the quiet room', 'Estates', 'The room reopened in September.', 'Blue'],
    ])
    expect(plan.actions.map((a) => [a.status.reportedRag, a.status.state])).toEqual([
      ['green', 'unknown'],
      ['amber', 'unknown'],
      ['blue', 'complete'],
    ])
  })
})
