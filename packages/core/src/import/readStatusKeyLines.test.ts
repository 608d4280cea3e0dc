import { describe, expect, it } from 'vitest'
import { readStatusKeyLines } from './readStatusKeyLines'
import { tableToPlan } from './tableToPlan'

describe('readStatusKeyLines', () => {
  it('reads the icons of a key written one a line', () => {
    const key = readStatusKeyLines([
      ['Job', 'Who', 'Status'],
      ['Mend the gate', 'Sam', '🔄'],
      ['Key', '', ''],
      ['✔️ Done', '', ''],
      ['🔄 In progress', '', ''],
      ['⏳ Open', '', ''],
    ])
    expect([...key]).toEqual([
      ['✔', 'complete'],
      ['🔄', 'in-progress'],
      ['⏳', 'not-started'],
    ])
  })

  it('reads a key in German', () => {
    const key = readStatusKeyLines([['Legende'], ['✅ Erledigt'], ['🔄 In Bearbeitung'], ['⏳ Offen']])
    expect(key.get('🔄')).toBe('in-progress')
    expect(key.get('⏳')).toBe('not-started')
  })

  it.each([
    ['one line only', [['✔️ Done']]],
    ['lines that name no state', [['📌 Pinned'], ['⭐ Favourite']]],
    ['lines apart', [['✔️ Done'], ['Paint the hall'], ['🔄 In progress']]],
  ])('finds no key in %s', (_, table) => {
    expect(readStatusKeyLines(table).size).toBe(0)
  })

  it('reads the status cells of a task table through the key below it', () => {
    const { plan } = tableToPlan([
      ['Task', 'Owner', 'Deadline', 'Status'],
      ['Book the hall', 'Ana', '12.05.26', '✔️'],
      ['Order the chairs', 'Ben', '20.05.26', '🔄'],
      ['Print the posters', 'Ana', '30.05.26', '⏳'],
      ['Status key', '', '', ''],
      ['✔️ Finished', '', '', ''],
      ['🔄 In progress', '', '', ''],
      ['⏳ To do', '', '', ''],
    ])
    expect(plan.actions.slice(0, 3).map((action) => [action.title, action.status.state])).toEqual([
      ['Book the hall', 'complete'],
      ['Order the chairs', 'in-progress'],
      ['Print the posters', 'not-started'],
    ])
  })
})
