import { describe, expect, it } from 'vitest'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { profileColumn, refHeaderOverProse } from './assignColumns'
import { tableToPlan } from './tableToPlan'

describe('a column headed only by the item number, over sentences', () => {
  it.each([
    [
      'Item',
      ['Book the hall for the open day', 'Ask the parish council for a grant', 'Print the flyers'],
      true,
    ],
    ['No.', ['Repaint the changing rooms before the season', 'Order new nets for the practice pitch'], true],
    ['Item', ['1', '2', '3'], false],
    ['No.', ['A1', 'A2', 'B1'], false],
    ['Item', ['1. Book the hall', '2. Print the flyers', '3. Ask for a grant'], false],
    ['Task', ['Book the hall for the open day', 'Print the flyers'], false],
  ])('%s over %j holds the work: %s', (header, cells, expected) => {
    expect(refHeaderOverProse(header, profileColumn(cells, technicianCommitment))).toBe(expected)
  })

  it('reads the sentences as the actions and the date beside them as the target', () => {
    const { plan } = tableToPlan([
      ['Cricket club jobs for the spring'],
      ['When', 'Item'],
      ['2031-03-01', 'Repaint the changing rooms before the season'],
      ['2031-04-12', 'Order new nets for the practice pitch'],
      ['TBC', 'Ask the league about the fixture list'],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Repaint the changing rooms before the season', '2031-03-01'],
      ['Order new nets for the practice pitch', '2031-04-12'],
      ['Ask the league about the fixture list', null],
    ])
  })

  it('keeps a numbered item column as the refs beside the action column', () => {
    const { plan } = tableToPlan([
      ['Item', 'Action', 'Who'],
      ['1', 'Repaint the changing rooms before the season', 'Ravi'],
      ['2', 'Order new nets for the practice pitch', 'Lena'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Repaint the changing rooms before the season'],
      ['2', 'Order new nets for the practice pitch'],
    ])
  })
})
