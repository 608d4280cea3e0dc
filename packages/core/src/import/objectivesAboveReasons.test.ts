import { describe, expect, it } from 'vitest'
import { objectivesAboveReasons } from './objectivesAboveReasons'
import { tableToPlan } from './tableToPlan'

const lines = (...texts: string[]) => texts.map((text) => [text])

describe('objectivesAboveReasons', () => {
  it.each([
    [
      'an objective sentence under its heading',
      lines(
        'Objective One',
        'To raise the attendance of every pupil group',
        'Why have we chosen this objective?',
        'Attendance fell.',
      ),
      [1],
    ],
    [
      'an objective labelled with its number',
      lines(
        'Objective 2: Widen the clubs pupils with SEND join',
        'Why did we pick this objective:',
        '- Few join clubs',
      ),
      [0],
    ],
    [
      'a heading of under four words',
      lines('Objective One', 'Why have we chosen this objective?', 'Attendance fell.'),
      [],
    ],
    ['a lead-in', lines('Our reasons are given below:', 'Why this objective?', 'Attendance fell.'), []],
    [
      'a line with no reason label below it',
      lines('To raise the attendance of every pupil group', 'Office to phone home'),
      [],
    ],
  ])('%s', (_, table, rows) => {
    expect(objectivesAboveReasons(table, 0)).toEqual(rows)
  })

  it('imports the actions under an objective, not the objective', () => {
    const { plan, issues } = tableToPlan(
      lines(
        'Equality objectives',
        'Objective One',
        'To raise the attendance of every pupil group to the national average',
        'Why have we chosen this objective?',
        'Attendance of pupils on free school meals fell last year and is now below that of their classmates.',
        'Office to phone home on the first day of any absence.',
        'Head teacher to meet each family whose child misses a week.',
      ),
    )
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Office to phone home on the first day of any absence.',
      'Head teacher to meet each family whose child misses a week.',
    ])
    expect(issues.filter((issue) => issue.code === 'list-not-actions').map((issue) => issue.row)).toContain(3)
  })
})
