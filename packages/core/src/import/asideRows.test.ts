import { describe, expect, it } from 'vitest'
import { asideRows } from './asideRows'
import { tableToPlan } from './tableToPlan'

// Minutes of a committee's away day, kept as one column: each session's decisions and tasks, a session that
// records none, and the note-taker's aside closing the page.
describe('asides and "nothing here" lines among minutes', () => {
  it('leaves them out of the actions', () => {
    const { plan } = tableToPlan([
      ['Allotment society away day, minutes'],
      ['Session one: the water supply'],
      ['Ask the council to mend the standpipe by the gate'],
      ['Write to plot holders about the hosepipe rota'],
      ['Session two: the accounts'],
      ['Held in private. No action items or decisions.'],
      ['Session three: the shed'],
      ['Order a new padlock for the tool shed'],
      ['(the afternoon sessions are not recorded here)'],
    ])
    const titles = plan.actions.map((a) => a.title)
    expect(titles).toContain('Order a new padlock for the tool shed')
    expect(titles).not.toContain('Held in private. No action items or decisions.')
    expect(titles).not.toContain('(the afternoon sessions are not recorded here)')
  })

  it.each([
    ['No action items or decisions.', true],
    ['No actions', true],
    ['Nothing to report.', true],
    ['Not minuted. No decisions.', true],
    ['(links to the full reports are below)', true],
    ['- nothing at this stage', true],
    ['Nothing to report at this time', true],
    ['Nothing further to report.', true],
    ['Nothing should block the release, so test it early', false],
    ['No action was taken on the leaking roof, so repair it before winter', false],
    ['(Estates) Repair the roof', false],
    ['Repair the roof (Estates)', false],
  ])('asideRows reads %j as an aside: %j', (line, want) => {
    expect(asideRows([['Minutes'], [line]], 1)).toEqual(want ? [1] : [])
  })
})

describe('a bullet indented under another that only cheers it on', () => {
  const page = [
    ['Club notes'],
    [' * Ana uploads the scanned forms today'],
    ['   * hurrah!'],
    [' * Bo sends the letter to the bank'],
    ['   * quick, quick!'],
    [' * Great news!'],
    ['   * Cy books the van for Saturday!'],
  ]

  it('passes over the reaction, and keeps a bullet at the same depth and a longer line with "!"', () => {
    expect(asideRows(page, 1)).toEqual([2, 4])
  })

  it('leaves the reactions out of the actions of the page', () => {
    const titles = tableToPlan(page).plan.actions.map((action) => action.title)
    expect(titles).not.toContain('hurrah!')
    expect(titles).not.toContain('quick, quick!')
    expect(titles).toContain('Cy books the van for Saturday!')
  })
})
