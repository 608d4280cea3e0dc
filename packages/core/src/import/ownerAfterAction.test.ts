import { describe, expect, it } from 'vitest'
import { ownerAfterAction } from './ownerAfterAction'

describe('ownerAfterAction', () => {
  it.each([
    ['Circulate the minutes (Jane)', 'Circulate the minutes', 'Jane', '', ''],
    ['Update the risk register (JS, AK).', 'Update the risk register', 'JS, AK', '', ''],
    ['Update the risk register [JS/AK]', 'Update the risk register', 'JS, AK', '', ''],
    [
      'Circulate the minutes – Jane Smith – end of May',
      'Circulate the minutes',
      'Jane Smith',
      'end of May',
      '',
    ],
    ['Renew the subscriptions - Tom Reed - complete', 'Renew the subscriptions', 'Tom Reed', '', 'complete'],
    ['Book the venue – Ahmed Khan', 'Book the venue', 'Ahmed Khan', '', ''],
  ])('reads %j', (line, title, owner, due, status) => {
    expect(ownerAfterAction(line)).toEqual({ title, owner, due, status })
  })

  it.each([
    'Check the results (see the report)',
    'Publish the plan (June)',
    'Refresh the pages (Ongoing)',
    'Plan the review – Phase Two – see the annex for the full list of tasks',
    'Survey – Estates',
    'Jane',
  ])('names no one in %j', (line) => {
    expect(ownerAfterAction(line)).toBeNull()
  })
})
