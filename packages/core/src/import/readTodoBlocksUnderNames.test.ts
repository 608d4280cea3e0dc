import { describe, expect, it } from 'vitest'
import { readTodoBlocksUnderNames } from './readTodoBlocksUnderNames'

// A team's round of reports: each member's name, what they finished, and what they take on next.
describe('readTodoBlocksUnderNames', () => {
  it.each([
    ['icons exported as file names', 'done.png', 'todo.png'],
    ['words with a colon', 'Done:', 'To do:'],
  ])('reads the "to do" lines as the person\'s actions (%s)', (_kind, done, todo) => {
    const read = readTodoBlocksUnderNames([
      ['Weekly sync, 12 June'],
      ['Agenda: status round'],
      ['Marta Vidal'],
      [done],
      ['Merged the search rewrite'],
      [todo],
      ['Profile the import job'],
      ['Tidy the settings page'],
      ['Osei (joined late)'],
      [done],
      ['Answered the forum threads'],
      [todo],
      ['Draft the upgrade notes'],
      ['We agreed to freeze the branch next Friday.'],
    ])
    expect(read?.rows.slice(-3)).toEqual([
      ['Profile the import job', 'Marta Vidal'],
      ['Tidy the settings page', 'Marta Vidal'],
      ['Draft the upgrade notes', 'Osei'],
    ])
  })

  it('reads a person with only a "to do" mark', () => {
    const read = readTodoBlocksUnderNames([
      ['Sync'],
      ['Ana'],
      ['Todo'],
      ['Review the release notes'],
      ['Tom'],
      ['Todo'],
      ['Write the upgrade guide'],
    ])
    expect(read?.rows.slice(-2)).toEqual([
      ['Review the release notes', 'Ana'],
      ['Write the upgrade guide', 'Tom'],
    ])
  })

  it('keeps a finished line over the "to do" mark as finished work, not the next person', () => {
    const read = readTodoBlocksUnderNames([
      ['Sync'],
      ['Ana'],
      ['Done'],
      ['Release Notes'],
      ['To do'],
      ['Review the translations'],
      ['Tom'],
      ['Todo'],
      ['Write the upgrade guide'],
    ])
    expect(read?.rows.slice(-2)).toEqual([
      ['Review the translations', 'Ana'],
      ['Write the upgrade guide', 'Tom'],
    ])
  })

  it('reads no page where only one name stands over a "to do" mark', () => {
    expect(
      readTodoBlocksUnderNames([
        ['Release checklist'],
        ['Ana'],
        ['Done'],
        ['Tagged the build'],
        ['To do'],
        ['Announce the release'],
        ['Notes'],
        ['The mirror was slow'],
      ]),
    ).toBeNull()
  })

  // Timed at N and 8N in bench/importBadInput.ts.
  it('reads a long page of todo blocks under names', () => {
    const page = [['Sync']]
    for (let n = 0; n < 4000; n++)
      page.push([`Person${String.fromCharCode(97 + (n % 26))}`], ['done.gif'], ['a'], ['todo.gif'], ['b'])
    expect(readTodoBlocksUnderNames(page)?.rows.length).toBeGreaterThan(4000)
  })
})
