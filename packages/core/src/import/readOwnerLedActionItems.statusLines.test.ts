import { describe, expect, it } from 'vitest'
import { readOwnerLedActionItems } from './readOwnerLedActionItems'

// A board reviewing its open actions: each action on its line, its progress as a short sentence on the line below.
describe('a status sentence under each action item', () => {
  const page = [
    ['Rowing club board, 2 April'],
    ['Action item review'],
    ['Nadia will repaint the boathouse doors'],
    ['Ongoing.'],
    ['Nadia and the trailer permit'],
    ['Waiting. In progress.'],
    ['Kofi will renew the insurance'],
    ['Unable to continue until the broker replies. The quote is late.'],
    ['Kofi will order new oars'],
    ['Lena will book the spring regatta'],
  ]

  it('gives each item the status below it, and reads a short line over a status as an item', () => {
    const rows = readOwnerLedActionItems(page)?.rows.slice(-5)
    expect(rows?.map((row) => [row[1], row[2], row[3]])).toEqual([
      ['Nadia will repaint the boathouse doors', 'Nadia', 'Ongoing.'],
      ['Nadia and the trailer permit', 'Nadia', 'Waiting. In progress.'],
      [
        'Kofi will renew the insurance',
        'Kofi',
        'Unable to continue until the broker replies. The quote is late.',
      ],
      ['Kofi will order new oars', 'Kofi', ''],
      ['Lena will book the spring regatta', 'Lena', ''],
    ])
  })

  it('still reads a state word without a full stop as the heading of the items below it', () => {
    const rows = readOwnerLedActionItems([
      ['Rowing club board, 2 April'],
      ['Action items'],
      ['New'],
      ['Nadia will repaint the boathouse doors'],
      ['Ongoing'],
      ['Kofi will renew the insurance'],
      ['Lena will book the spring regatta'],
    ])?.rows.slice(-3)
    expect(rows?.map((row) => [row[1], row[3]])).toEqual([
      ['Nadia will repaint the boathouse doors', 'Not started'],
      ['Kofi will renew the insurance', 'Ongoing'],
      ['Lena will book the spring regatta', 'Ongoing'],
    ])
  })
})

describe('status sentences on a long page of near misses', () => {
  it('stays linear on 20,000 lines alternating a short line and a status sentence, in seconds', () => {
    // A wall-clock bound well above the ~70 ms of CPU the read takes: a busy machine took 1.6 s; a quadratic read, minutes.
    const page = Array.from({ length: 20_000 }, (_, i) => [i % 2 ? 'Ongoing.' : `Wren and the ${i} trailers`])
    const started = Date.now()
    readOwnerLedActionItems(page)
    expect(Date.now() - started).toBeLessThan(3_000)
  })
})
