import { describe, expect, it } from 'vitest'
import { statusAtEnd } from './statusAtEnd'
import { tableToPlan } from './tableToPlan'

describe('a matter arising closed by its status word and who carries it on', () => {
  // [line as written, text left, state, owners ([] for none)]
  const read: ReadonlyArray<readonly [string, string, string, readonly string[]]> = [
    ['Hedge trimming – ongoing JT', 'Hedge trimming', 'ongoing', ['JT']],
    ['Noticeboard - ongoing RB & KL', 'Noticeboard', 'ongoing', ['RB', 'KL']],
    ['Bench repair – done PW', 'Bench repair', 'complete', ['PW']],
    ['Grit bins – ongoing DM to ask the county for two more.', 'Grit bins', 'ongoing', ['DM']],
    ['Newsletter item – ongoing re the parking on the green', 'Newsletter item', 'ongoing', []],
  ]
  it.each(read)('reads %j', (line, text, state, owners) => {
    const found = statusAtEnd(line, 'marker')
    expect(found?.text).toBe(text)
    expect(found?.state).toBe(state)
    expect(found?.owners ?? []).toEqual(owners)
  })

  // A status word that opens what is asked, or is followed by words that are neither initials nor "re".
  const notRead: readonly string[] = [
    'Hedge trimming – complete the survey',
    'Hedge trimming – ongoing problem with the contractor',
    'Hedge trimming – done by the county',
    'Done – ongoing JT',
    'Hedge trimming – Complete Jo to send',
  ]
  it.each(notRead)('leaves %j', (line) => {
    expect(statusAtEnd(line, 'marker')).toBeNull()
  })

  it('gives the items of minutes their status and owner and keeps the other lines as written', () => {
    const { plan } = tableToPlan([
      ['Parish hall committee minutes'],
      ['1. Apologies'],
      ['None received.'],
      ['2. Matters arising'],
      ['Hedge trimming – ongoing JT'],
      ['Grit bins – ongoing DM to ask the county for two more.'],
      ['Bench repair – see the quote from the joiner'],
      ['Noticeboard – ongoing re the new lock'],
      ['3. Treasurer’s report'],
      ['The accounts were circulated.'],
    ])
    const items = plan.actions.map((a) => [a.title, a.status.state, a.owners])
    expect(items).toContainEqual(['Hedge trimming', 'ongoing', ['JT']])
    expect(items).toContainEqual(['Grit bins', 'ongoing', ['DM']])
    expect(items).toContainEqual(['Bench repair – see the quote from the joiner', 'unknown', []])
    expect(items).toContainEqual(['Noticeboard', 'ongoing', []])
  })
})

describe('a bracket closing an item that opens with a status phrase and runs on into a note', () => {
  const read: ReadonlyArray<readonly [string, string, string]> = [
    [
      'D2.1 - June 2026 - Data catalogue (not started needs a lead)',
      'D2.1 - June 2026 - Data catalogue',
      'not-started',
    ],
    ['Replace the boiler (in progress with the plumbers)', 'Replace the boiler', 'in-progress'],
    ['Repaint the hall (on hold until the grant is paid)', 'Repaint the hall', 'on-hold'],
  ]
  it.each(read)('reads %j', (line, text, state) => {
    const found = statusAtEnd(line, 'marker')
    expect(found?.text).toBe(text)
    expect(found?.state).toBe(state)
  })

  it('leaves a bracket whose status word is the verb of its note', () => {
    expect(statusAtEnd('Check the fire doors (done by Estates last week)', 'marker')).toBeNull()
    expect(statusAtEnd('Replace the boiler (progress report due in May)', 'marker')).toBeNull()
  })
})
