import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// A parish review's timetable with no header: stage label, what happens, how long, when.
const timetable = [
  ['Boundary review 2031 timetable', '', '', ''],
  ['Preliminary stage', 'Notice of the review is put up in every ward', 'One month', '1 to 31 March 2031'],
  ['Stage one', 'Residents send in their views on the wards', 'Two months', '1 April to 31 May 2031'],
  ['Stage two', 'The draft proposals are written up for the council', '6 weeks', '1 June to 12 July 2031'],
  ['Stage three', 'The council adopts the final proposals', 'One month later', '12 August 2031'],
]

describe('a timetable whose first column names each stage', () => {
  it('reads the stage labels as the refs, whole, and the durations as no owners', () => {
    const { plan } = tableToPlan(timetable)
    expect(plan.actions.map((a) => ({ ref: a.ref, owners: a.owners, due: a.target.due }))).toEqual([
      { ref: 'Preliminary stage', owners: [], due: '2031-03-31' },
      { ref: 'Stage one', owners: [], due: '2031-05-31' },
      { ref: 'Stage two', owners: [], due: '2031-07-12' },
      { ref: 'Stage three', owners: [], due: '2031-08-12' },
    ])
  })
})
