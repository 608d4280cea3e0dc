import { describe, expect, it } from 'vitest'
import { targetFromProse } from './targetFromProse'

describe('targetFromProse: a deadline closing the text', () => {
  it('reads a closing "by <date>" alone, past an amount written with "by"', () => {
    const read = targetFromProse(
      { title: 'To increase applications from women for technical posts by 15 per cent by June 2026' },
      {},
    )
    expect(read?.target.due).toBe('2026-06-30')
    expect(read?.target.text).toBe('June 2026')
    expect(read?.field).toBe('title')
  })

  it('reads nothing from a text whose closing "by" names no date', () => {
    expect(targetFromProse({ title: 'To cut waste by 15 per cent by working with Estates' }, {})).toBeNull()
  })
})

describe('targetFromProse: a time label in square brackets closing the text', () => {
  it('reads "[2026 timeline]" alone, past a "before" in the sentence', () => {
    const read = targetFromProse(
      {
        title:
          'Pilot the new booking form and test it with users before launching it widely. [2026 timeline]',
      },
      {},
    )
    expect(read?.target.due).toBe('2026-12-31')
    expect(read?.target.text).toBe('2026 timeline')
  })
})

describe('targetFromProse: a deadline phrase inside a paragraph', () => {
  it.each([
    [
      'Within its first three months the new board will draft a travel policy. The board will publish the policy by April 30, 2031.',
      '2031-04-30',
    ],
    [
      'After the survey and while teams gather their figures, the office will write the reporting guide. The office will issue the guide no later than 1 September 2031.',
      '2031-09-01',
    ],
    [
      'Within two years of the start date (or by June 2032), the office shall report to the board, and annually thereafter.',
      '2032-06-30',
    ],
  ])('reads "%s" as due %s', (description, due) => {
    const read = targetFromProse({ description, title: 'Write the guide' }, {})
    expect(read?.target.due).toBe(due)
    expect(read?.field).toBe('description')
  })

  it('reads nothing from "by" before a name or an amount', () => {
    expect(
      targetFromProse(
        {
          description:
            'The guide will be written by Finance and reviewed by 12 members of the board in the first months.',
          title: 'Write the guide',
        },
        {},
      ),
    ).toBeNull()
  })

  it('reads a 1 MB paragraph in linear time', () => {
    const description = `${'by March 2031, by Ma '.repeat(50_000)}`
    expect(targetFromProse({ description, title: 'Write the guide' }, {})?.target.due).toBe('2031-03-31')
  })
})
