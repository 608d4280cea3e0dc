import { describe, expect, it } from 'vitest'
import { readTitleDate } from './readTitleDate'
import { tableToPlan } from './tableToPlan'

describe('a plan dated in its title reads relative targets from that date', () => {
  it('finds the month and year a title names', () => {
    expect(readTitleDate('Technician Plan draft 4, October 2023')).toBe('2023-10-01')
    expect(readTitleDate('Green Plan (rev. Jan. 2024)')).toBe('2024-01-01')
    expect(readTitleDate('Athena Swan Plan 2024')).toBeNull()
    expect(readTitleDate(null)).toBeNull()
  })

  it('reads the day a title opens with, written year first, as minutes are titled', () => {
    expect(readTitleDate('2016-04-21 TSC minutes')).toBe('2016-04-21')
    expect(readTitleDate('2016 04 21 Board notes')).toBe('2016-04-21')
    expect(readTitleDate('2016 13 21 notes')).toBeNull()
  })

  it('reads a day written year first with dashes anywhere in the title, so "tomorrow" counts from the meeting', () => {
    expect(readTitleDate('Minutes 2016-04-21')).toBe('2016-04-21')
    expect(readTitleDate('Open meeting (2021-11-03) notes')).toBe('2021-11-03')
    expect(readTitleDate('Release 2016-04-219 notes')).toBeNull()
    expect(readTitleDate('Ref A2016-04-21 notes')).toBeNull()
    const { plan } = tableToPlan([
      ['Garden club meeting 2018-05-09 minutes'],
      ['Action', 'Owner'],
      ['Order compost for the raised beds tomorrow', 'Sam'],
    ])
    expect(plan.dateContext.referenceDate).toBe('2018-05-09')
  })

  it('dates "next April" from the title, and says so', () => {
    const { plan, issues } = tableToPlan([
      ['Technician Plan draft 4, October 2023'],
      ['Action', 'Lead', 'When'],
      ['Run a careers fair for technicians', 'HR', 'In time for next April'],
    ])
    expect(plan.dateContext.referenceDate).toBe('2023-10-01')
    expect(plan.actions[0]!.target.due).toBe('2024-04-30')
    expect(issues.find((issue) => issue.code === 'reference-date-read')?.row).toBe(1)
  })

  it('leaves a title that names the plan period to the period', () => {
    const { plan } = tableToPlan([
      ['Technician Plan October 2023-25'],
      ['Action', 'Lead', 'When'],
      ['Run a careers fair for technicians', 'HR', 'June 2024'],
    ])
    expect(plan.dateContext.referenceDate).toBeUndefined()
  })
})
