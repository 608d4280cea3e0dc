import { describe, expect, it } from 'vitest'
import { readBusinessArisingItems } from './readBusinessArisingItems'
import { tableToPlan } from './tableToPlan'

const page = (lines: readonly string[]) => lines.map((text, index) => ({ index, text }))

const minutes = [
  'Rowing club committee, 3 March',
  'Present: Ada Kim (Chair), Tom Reyes, Lena Varga',
  'Business arising from the last meeting',
  '1. New club kit',
  '- To come back to at the next meeting',
  '2. Boat trailer repairs',
  '- The garage has not sent the quote yet',
  '- Noor Haddad to chase the garage',
  '3. Boathouse lights',
  '- ongoing',
  '4. Second-hand single scull',
  'Ines Ford to ask the county club about theirs',
  'Treasurer’s Report',
  '- The balance is healthy',
]

describe('readBusinessArisingItems: the business arising as numbered topics over dash notes', () => {
  it('reads each topic as an action, its number the ref, an owner or a state from its notes', () => {
    const read = readBusinessArisingItems(page(minutes))
    expect(read?.rows.slice(read.headerRow).map((row) => row.slice(0, 4))).toEqual([
      ['1', 'New club kit', '', ''],
      ['2', 'Boat trailer repairs', 'Noor Haddad', ''],
      ['3', 'Boathouse lights', '', 'ongoing'],
      ['4', 'Second-hand single scull', 'Ines Ford', ''],
    ])
    const { plan } = tableToPlan(minutes.map((line) => [line]))
    expect(plan.actions.map((action) => [action.ref, action.title, action.owners])).toEqual([
      ['1', 'New club kit', []],
      ['2', 'Boat trailer repairs', ['Noor Haddad']],
      ['3', 'Boathouse lights', []],
      ['4', 'Second-hand single scull', ['Ines Ford']],
    ])
    expect(plan.actions[2]?.status.state).toBe('ongoing')
  })

  it('takes no owner from a note opening with a word before "to be"', () => {
    const read = readBusinessArisingItems(
      page([...minutes.slice(0, 9), '- Likely to be costly', ...minutes.slice(10)]),
    )
    expect(read?.rows.slice(read.headerRow).map((row) => row[2])).toEqual([
      '',
      'Noor Haddad',
      '',
      'Ines Ford',
    ])
  })

  it('leaves numbered topics with no notes, or with no heading of the business arising, to the other readers', () => {
    expect(
      readBusinessArisingItems(
        page(minutes.filter((line) => !/^[-I]/.test(line) || line.startsWith('Ines'))),
      ),
    ).toBeNull()
    expect(
      readBusinessArisingItems(page(minutes.map((line) => line.replace('Business arising', 'Reports')))),
    ).toBeNull()
  })
})

describe('readBusinessArisingItems on a long page of near misses', () => {
  // Timed at N and 8N in bench/importBadInput.ts; here the page must read as nothing.
  it('reads 20,000 numbered topics whose lines below give no one work as nothing', () => {
    const lines = [
      'Club committee',
      'Matters arising',
      ...Array.from({ length: 20_000 }, (_, i) =>
        i % 3 === 2 ? 'The gate was mended last week.' : `${(i % 99) + 1}. Topic ${'word '.repeat(30)}`,
      ),
    ]
    expect(readBusinessArisingItems(page(lines))).toBeNull()
  })
})
