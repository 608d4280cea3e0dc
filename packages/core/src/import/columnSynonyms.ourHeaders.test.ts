import { describe, expect, it } from 'vitest'
import { matchColumnHeader } from './columnSynonyms'
import { tableToPlan } from './tableToPlan'

// A page written to its readers heads its table "Our priorities | What we're doing…": "our" before a column's word,
// and the work column asked as a sentence.
describe('headers written to the reader', () => {
  it.each([
    ['Our themes', 'pillars'],
    ['Our actions', 'title'],
    ['Our leads', 'owners'],
    ["What we're doing...", 'title'],
    ['What we are doing', 'title'],
    ['What we will do', 'title'],
    ['Our staff', null],
    ['Our objectives for 2031, agreed by the board.', null],
    ['Ourselves', null],
    ['What we are doing to make the site easier to use', null],
    ["What we're doing to improve access", null],
  ])('header %j names %s', (header, field) => {
    expect(matchColumnHeader(header)?.field ?? null).toBe(field)
  })

  it('reads the row as the header, not as a first action', () => {
    const { plan } = tableToPlan([
      ['Our workplace plan'],
      ['Our themes', "What we're doing..."],
      ['Greener offices', '• Swap the office lights for LEDs\nBy June 2031'],
      ['', '• Run a cycle-to-work week'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Swap the office lights for LEDs By June 2031',
      'Run a cycle-to-work week',
    ])
  })
})
