import { describe, expect, it } from 'vitest'
import { minutesProcedureRows } from './minutesProcedureRows'
import { tableToPlan } from './tableToPlan'

describe('minutesProcedureRows: the lines by which minutes record their own procedure', () => {
  const minutes = [
    ['Allotment association committee, 3 March'],
    ['Present: Ana, Ben, Carys, Dev'],
    ['Apologies: Ed'],
    ['Minutes of the last meeting held in February were approved.'],
    ['Proposed by Ben and seconded by Carys'],
    ['Water supply'],
    ['Ana to ask the council to fix the standpipe on plot 12.'],
    ['The trough by the gate leaks and needs a new valve.'],
    ['Next meeting: 7 April at the pavilion'],
  ]

  it('finds who was there, the approval of the last minutes, the seconder and the next meeting', () => {
    expect(minutesProcedureRows(minutes, 1)).toEqual([1, 2, 3, 4, 8])
  })

  it("reads the lines after an agenda item's number too", () => {
    expect(
      minutesProcedureRows(
        [['Minutes'], ['1.PRESENT: Ana, Ben'], ['2. Apologies: Ed'], ['3. Ana to book the hall']],
        0,
      ),
    ).toEqual([1, 2])
  })

  it('leaves them out of the actions, and keeps the work', () => {
    const { plan } = tableToPlan(minutes)
    const titles = plan.actions.map((a) => a.title).join(' | ')
    expect(titles).toContain('Ana to ask the council to fix the standpipe')
    expect(titles).not.toContain('Present')
    expect(titles).not.toContain('Apologies')
    expect(titles).not.toContain('Proposed by')
    expect(titles).not.toContain('Next meeting')
  })

  it('reads nothing on a page with only one such line, nor a line that opens so as a task', () => {
    expect(
      minutesProcedureRows([['Plan'], ['Present the findings to the board'], ['Next meeting: May']], 0),
    ).toEqual([])
  })
})
