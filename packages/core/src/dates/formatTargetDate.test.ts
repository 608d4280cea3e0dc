import { describe, expect, it } from 'vitest'
import { formatTargetDate } from './formatTargetDate'
import { parseTargetDate } from './parseTargetDate'

describe('formatTargetDate', () => {
  it.each([
    ['Aug. 18', { referenceDate: '2018-06-01' }, 'by 31 Aug 2018'],
    ['By end of March 2018', {}, 'by 31 Mar 2018'],
    ['16/04/18', {}, 'by 16 Apr 2018'],
    ['Q2 2019', {}, 'Apr–Jun 2019'],
    ['Q2', { yearLabels: { 'Year 1': 2019 }, column: 'Year 1' }, 'Apr–Jun 2019'],
    ['Winter 2020', {}, 'Dec 2020–Feb 2021'],
    ['Jan–Mar 2020', {}, 'Jan–Mar 2020'],
    ['2018 - 2020', {}, '2018–2020'],
    ['2019', {}, 'by end of 2019'],
    ['2019/20', {}, '2019/20 academic year'],
    ['Started June 2019. Work will be on-going', {}, 'ongoing since Jun 2019'],
    ['On-going', {}, 'ongoing'],
    ['Annually', {}, 'recurring'],
    ['Complete (16/04/18)', {}, 'completed 16 Apr 2018'],
    ['before 1 March 2018', {}, 'by 28 Feb 2018'],
    ['TBC', {}, 'undated'],
    ['<p>August 2020</p><p>On-going</p>', {}, 'by 31 Aug 2020; ongoing'],
  ] as const)('%s → %s', (text, context, expected) => {
    expect(formatTargetDate(parseTargetDate(text, context))).toBe(expected)
  })
})
