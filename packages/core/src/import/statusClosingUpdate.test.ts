import { describe, expect, it } from 'vitest'
import { statusClosingUpdate } from './statusClosingUpdate'

describe('statusClosingUpdate', () => {
  it.each([
    [
      'Jo to order the spare lamps. Two were ordered in May. Closed',
      'Jo to order the spare lamps. Two were ordered in May.',
      'Closed',
    ],
    [
      'Sam to renew the licence for the plate reader. Done. Closed',
      'Sam to renew the licence for the plate reader.',
      'Done. Closed',
    ],
    ['Ana to book the training room. Ongoing.', 'Ana to book the training room.', 'Ongoing.'],
    [
      'Ana to book the training room. Ongoing Estates have not replied yet.',
      'Ana to book the training room.',
      'Ongoing Estates have not replied yet.',
    ],
    [
      'Tom to log the fault with the vendor, reported as ticket https://example.org/tickets/88 Closed',
      'Tom to log the fault with the vendor, reported as ticket https://example.org/tickets/88',
      'Closed',
    ],
    // No state closes these: the text is left whole.
    ['Mark the ticket Done', 'Mark the ticket Done', ''],
    [
      'Review the policy. Then publish it on the intranet.',
      'Review the policy. Then publish it on the intranet.',
      '',
    ],
    [
      'Ana to book the room. Ongoing work on the estates plan is paused',
      'Ana to book the room. Ongoing work on the estates plan is paused',
      '',
    ],
  ])('%s', (line, text, status) => {
    expect(statusClosingUpdate(line)).toEqual({ text, status })
  })
})
