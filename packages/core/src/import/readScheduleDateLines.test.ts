import { describe, expect, it } from 'vitest'
import { readScheduleDateLines } from './readScheduleDateLines'
import { tableToPlan } from './tableToPlan'

describe('readScheduleDateLines: a planning meeting closing on its schedule of dated steps', () => {
  const page = [
    ['Spring Fair Planning Meeting'],
    ['11/20/2030'],
    ['Present: the fair committee'],
    ['The stalls will be laid out as last year. Parking stays on the field.'],
    ['Key Dates'],
    ['Spring Fair: May 17th'],
    ['Stall forms due: January 10th by 5 pm'],
    ['Raffle sales: December 1st-May 9th'],
    ['Posters ready to put up from April 1st'],
    ['Opening Hours'],
    ['Fair: 10am-4pm'],
    ['Set-up Friday 6-8 pm & Saturday 7-9:30 am'],
    ['All prizes handed in by noon on Friday, May 16'],
    ['Helpers meet at the gate Sat. at 8am'],
  ]

  it('reads each step as an action due by its day, in the first year after the meeting', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Stall forms due', '2031-01-10'],
      ['Raffle sales', '2031-05-09'],
      ['Posters ready to put up from April 1st', null],
      ['Set-up Friday 6-8 pm & Saturday 7-9:30 am', '2031-05-17'],
      ['All prizes handed in by noon on Friday, May 16', '2031-05-16'],
      ['Helpers meet at the gate Sat. at 8am', '2031-05-17'],
    ])
  })

  it.each([
    ['no dates heading', (rows: string[][]) => rows.filter((row) => row[0] !== 'Key Dates')],
    [
      'a line that is neither step nor heading',
      (rows: string[][]) => [...rows, ['We thanked the caretaker for his help over the year.']],
    ],
    ['fewer than three dated steps', (rows: string[][]) => rows.slice(0, 8)],
    [
      'a label whose words are no date',
      (rows: string[][]) => [...rows, ['Prizes: ask the shops on the high street']],
    ],
  ])('reads no schedule with %s', (_label, edit) => {
    expect(readScheduleDateLines(edit(page))).toBeNull()
  })
})
