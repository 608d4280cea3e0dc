import { describe, expect, it } from 'vitest'
import { peelCodedRef } from './peelCodedRef'
import { peelRef } from './peelRef'

describe('peelCodedRef: a code and a number before a dash or colon', () => {
  it.each([
    ['REC 3 - Publish the audit findings', { ref: 'REC 3', rest: 'Publish the audit findings' }],
    ['KLOE 12: Train every duty manager', { ref: 'KLOE 12', rest: 'Train every duty manager' }],
    ['AFI 4 – Review the fleet', { ref: 'AFI 4', rest: 'Review the fleet' }],
    ['NHS 111 service review', null],
    ['Lab 2 - move benches', null],
    ['REC 3 -', null],
    // A council's operational-plan code written against its number: focus area "HC", item 2.4.1.
    ['HC2.4.1 - Open the new youth hub', { ref: 'HC2.4.1', rest: 'Open the new youth hub' }],
    [
      'EG10.1: Review the business grants scheme',
      { ref: 'EG10.1', rest: 'Review the business grants scheme' },
    ],
    ['CO2 emissions fall each year', null],
    // An item word before a code of two or three capitals run into its number (a parish plan's theme codes).
    [
      'Action TR2.1 (by Lanes Group): survey the lanes',
      { ref: 'TR2.1', rest: '(by Lanes Group): survey the lanes' },
    ],
    ['Aim TR2 : To make the lanes safer', { ref: 'TR2', rest: 'To make the lanes safer' }],
    ['Walk TR2 - along the river', null],
    // A carried action point named by its code and the meeting that set it.
    [
      'AP4 – Meeting 7: The quotes are still awaited.',
      { ref: 'AP4 – Meeting 7', rest: 'The quotes are still awaited.' },
    ],
    ['AP12 - Mtg 3: Banner ordered', { ref: 'AP12 - Mtg 3', rest: 'Banner ordered' }],
    // Near misses: a meeting number with no code before it, or a code with no colon after the meeting.
    ['Meeting 7: The quotes are still awaited.', null],
    ['AP4 – meeting 7 was cancelled', { ref: 'AP4', rest: 'meeting 7 was cancelled' }],
    // A resolution numbered by its body's letters, its number and its year.
    [
      'C/14/2031: ask the minister to amend the act',
      { ref: 'C/14/2031', rest: 'ask the minister to amend the act' },
    ],
    ['BD/3/31 - Review the fees', { ref: 'BD/3/31', rest: 'Review the fees' }],
    // Near misses: a date, and a code with nothing after it.
    ['12/03/2031: the hall was booked', null],
    ['C/14/2031:', null],
  ])('%s', (text, want) => {
    expect(peelCodedRef(text)).toEqual(want)
  })

  it('is what peelRef falls back to', () => {
    expect(peelRef('REC 3 - Publish the audit findings')).toEqual({
      ref: 'REC 3',
      rest: 'Publish the audit findings',
    })
  })

  // Its time is measured by bench/importBadInput.ts, not asserted here: a regex that backtracked without bound
  // would not finish within the suite's timeout on this input.
  it('peels no code from a long hostile cell', () => {
    expect(peelCodedRef(`ABCDE ${'1'.repeat(3)} ${' '.repeat(200_000)}x`)).toBeNull()
  })
})
