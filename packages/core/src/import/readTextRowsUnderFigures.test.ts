import { describe, expect, it } from 'vitest'
import { readTextRowsUnderFigures } from './readTextRowsUnderFigures'
import { tableToPlan } from './tableToPlan'

describe('readTextRowsUnderFigures: each record a row of figures over a row of text', () => {
  const rows = [
    ['Findings still open'],
    ['Finding No.', 'Repeat finding', 'Cost at issue', 'Notes', ''],
    ['3', 'Yes', '£1,200', '', ''],
    [
      'We recommend that the Grants Office check every claim against its receipts before payment.',
      '',
      '',
      '',
      '',
    ],
    ['1', 'No', '£0', '', ''],
    [
      'We recommend that Estates and Facilities Management repair the fire doors in the east wing.',
      '',
      '',
      '',
      '',
    ],
    ['', '', '', '', ''],
    ['6', 'No', '£0', 'see annex', ''],
    ['We recommend that IT publish the backup schedule on the staff intranet.', '', '', '', ''],
  ]

  it('reads each pair as one action: the number its ref and the text below it its title', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 40)])).toEqual([
      ['3', 'We recommend that the Grants Office chec'],
      ['1', 'We recommend that Estates and Facilities'],
      ['6', 'We recommend that IT publish the backup '],
    ])
  })

  it('gives each recommendation the body it asks to act', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Grants Office'],
      ['Estates and Facilities Management'],
      ['IT'],
    ])
  })

  it('keeps the figures under their own header words', () => {
    expect(readTextRowsUnderFigures(rows)?.rows[1]).toEqual([
      'Ref',
      'Action',
      'Repeat finding',
      'Cost at issue',
      'Notes',
      '',
    ])
  })

  it('reads no other layout', () => {
    // A text row with no figures above it, figures with no text below, a long cell beside a number.
    expect(readTextRowsUnderFigures(rows.slice(0, 3).concat(rows.slice(4)))).toBeNull()
    expect(readTextRowsUnderFigures(rows.slice(0, 8))).toBeNull()
    expect(
      readTextRowsUnderFigures([
        ['Ref', 'Action', 'Lead'],
        ['1', 'Publish the backup schedule on the intranet', 'IT'],
        ['2', 'Repair the fire doors in the east wing', 'Estates'],
        ['3', 'Check every claim against its receipts', 'Grants Office'],
      ]),
    ).toBeNull()
  })

  it('leaves a table whose numbered rows hold the actions, each over a line of progress, to the other readers', () => {
    // The short instruction beside the number is the title; the line below it is a note, not the action.
    const progress = [
      ['No.', 'Task', 'Lead', 'Due'],
      ['1', 'Book the venue', 'Events', 'May 2031'],
      ['Update: two venues have quoted and one is on hold for us.', '', '', ''],
      ['2', 'Order the signage', 'Comms', 'June 2031'],
      ['Update: the artwork went to the printer on Friday afternoon.', '', '', ''],
      ['3', 'Brief the volunteers', 'Events', 'July 2031'],
      ['Update: the briefing pack is drafted and out for comment.', '', '', ''],
    ]
    expect(readTextRowsUnderFigures(progress)).toBeNull()
    expect(tableToPlan(progress).plan.actions.map((a) => a.title)).not.toContain(
      'Update: two venues have quoted and one is on hold for us.',
    )
  })
})
