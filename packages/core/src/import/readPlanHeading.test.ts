import { describe, expect, it } from 'vitest'
import { readPlanHeading } from './readPlanHeading'

describe('readPlanHeading', () => {
  it('takes the line naming a plan as the title, and the institution and period from any line', () => {
    expect(
      readPlanHeading(['University of Glasgow', 'The Technician Commitment: Action Plan November 2018-20']),
    ).toEqual({
      title: 'The Technician Commitment: Action Plan November 2018-20',
      institution: 'University of Glasgow',
      period: { text: 'November 2018-20', start: '2018-11-01', end: '2020-12-31' },
    })
  })

  it('reads "X University", "University of the West of England" and academic years', () => {
    expect(readPlanHeading(['Cardiff University action plan 2018 - 2020'])).toMatchObject({
      institution: 'Cardiff University',
      period: { text: '2018 - 2020', start: '2018-01-01', end: '2020-12-31' },
    })
    expect(readPlanHeading(['University of the West of England']).institution).toBe(
      'University of the West of England',
    )
    expect(readPlanHeading(['Plan for 2019/20']).period).toEqual({
      text: '2019/20',
      start: '2019-08-01',
      end: '2020-07-31',
    })
  })

  it('skips headings ending in a colon, lines too long to be titles, and years that are no range', () => {
    expect(readPlanHeading(['Technician Commitment Aims:', 'x'.repeat(400)])).toEqual({
      title: null,
      institution: null,
      period: null,
    })
    expect(readPlanHeading(['Reviewed 2020-2019']).period).toBeNull()
  })
})
