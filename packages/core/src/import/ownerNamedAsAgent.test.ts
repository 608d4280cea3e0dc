import { describe, expect, it } from 'vitest'
import { ownerNamedAsAgent } from './ownerNamedAsAgent'
import { tableToPlan } from './tableToPlan'

describe('owners written inside the action sentence of a table with no owners column', () => {
  const rows = [
    ['Need', 'Action and who does it', 'Status'],
    ['Safer stores', 'Label the solvent cupboards by Chemical Safety Adviser.', 'Done.'],
    ['Tidy workshop', 'Offcuts to be cleared weekly by Technician Team.', 'Ongoing.'],
    ['Training', 'Director of Technical Services and Facilities to book the courses.', 'Done.'],
    ['Induction', 'Health and Safety Coordinator to meet each new starter.', 'Done.'],
    ['Rota', 'Publish the rota by March.', 'Done.'],
  ]

  it('reads the role after a closing "by" and the role before "to" as the owner, and a deadline as no one', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Chemical Safety Adviser'],
      ['Technician Team'],
      ['Director of Technical Services and Facilities'],
      ['Health and Safety Coordinator'],
      [],
    ])
  })

  it('reads only the first sentence, and only a name ending in a role or a body', () => {
    expect(ownerNamedAsAgent('Check the taps by Estates Manager. Then report to HR.')).toEqual([
      'Estates Manager',
    ])
    expect(ownerNamedAsAgent('Finish the audit by Easter Monday.')).toEqual([])
    expect(ownerNamedAsAgent('Finish the audit by the end of term.')).toEqual([])
  })
})

describe("a committee's note handing each task to a member, in the passive or as a request", () => {
  const rows = [
    ['Allotment committee, brief note'],
    ['Main points are:'],
    ['1. Queries about the waiting list will be handled by Rosa Diaz'],
    ['2. Water troughs, taps etc. will be checked by Idris Khan'],
    ['3. The spring show will be organised by Mo and Petra Lang.'],
    ['4. Sunil Rao is requested to look at the fence by the top gate and report back.'],
    ['5. The new padlocks will be fitted by March.'],
  ]

  it('reads the people named in full after a passive "by", and the member asked to act', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
      ['1', ['Rosa Diaz']],
      ['2', ['Idris Khan']],
      ['3', ['Mo', 'Petra Lang']],
      ['4', ['Sunil Rao']],
      ['5', []],
    ])
  })

  it('reads no one from a month or a single word after the passive "by"', () => {
    expect(ownerNamedAsAgent('The hedges will be cut by Easter Monday.')).toEqual([])
    expect(ownerNamedAsAgent('The hedges will be cut by Friday')).toEqual([])
    expect(ownerNamedAsAgent('The hedges will be cut by Rosa')).toEqual([])
  })
})
