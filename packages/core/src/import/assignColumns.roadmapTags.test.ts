import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a roadmap page whose items carry a coded stage tag and no header', () => {
  const roadmap = [
    ['Our roadmap', ''],
    ['Updated each quarter', ''],
    ['Let every branch library lend e-readers.', ''],
    ['recently-completed', 'Three branch libraries lend e-readers to card holders.'],
    ['working-on-now', 'Train the staff of the remaining branches to set up the devices.'],
    ['next', 'Offer a delivery service for readers who cannot travel.'],
    ['Open the archive to remote researchers.', ''],
    ['working-on-now', 'Scan the parish registers and publish them online.'],
    ['next', 'Book reading-room slots through the website.'],
  ]

  it('reads the tags as each item’s status, not as its owners', () => {
    const { plan } = tableToPlan(roadmap)
    expect(plan.actions.map((a) => [a.title.slice(0, 20), a.owners, a.status.state])).toEqual([
      ['Three branch librari', [], 'complete'],
      ['Train the staff of t', [], 'in-progress'],
      ['Offer a delivery ser', [], 'not-started'],
      ['Scan the parish regi', [], 'in-progress'],
      ['Book reading-room sl', [], 'not-started'],
    ])
  })
})
