import { describe, expect, it } from 'vitest'
import { statusKeyRows } from './statusKeyRows'
import { tableToPlan } from './tableToPlan'

describe("a page's key to its status marks", () => {
  it('finds key lines that list statuses, and leaves other lines', () => {
    expect(
      statusKeyRows(
        [
          ['Key: Done / Under way / Not begun / Delayed'],
          ['Status key - Complete | In progress | On hold'],
          ['Key: our partners, our staff, our students'],
          ['Legend of the old mill: a walk through history'],
        ],
        0,
      ),
    ).toEqual([0, 1])
  })

  it('reads no action from a key repeated between the groups of a dashboard', () => {
    const { plan } = tableToPlan([
      ['SERVICE DASHBOARD'],
      ['Make every service easy to reach, whether residents call, write, visit or go online.'],
      ['Key: Complete | On Track | At Risk | Not Started | Paused'],
      ['Customer Access'],
      ['Open a single contact centre'],
      ['Publish service standards online'],
      ['Key: Complete | On Track | At Risk | Not Started | Paused'],
      ['Workforce'],
      ['Launch a graduate scheme'],
      ['Review the hybrid working policy'],
      ['Work with colleges, the job centre and local employers to offer twenty apprenticeships a year'],
      ['Key: Complete | On Track | At Risk | Not Started | Paused'],
    ])
    expect(plan.actions.slice(1).map((a) => a.title)).toEqual([
      'Open a single contact centre',
      'Publish service standards online',
      'Launch a graduate scheme',
      'Review the hybrid working policy',
      'Work with colleges, the job centre and local employers to offer twenty apprenticeships a year',
    ])
  })
})
