import { describe, expect, it } from 'vitest'
import { notesBelowTable } from './notesBelowTable'

const table = [
  ['Action', 'Lead', 'Budget*'],
  ['Refresh the lab induction', 'Chief Technician', '£2,000'],
  ['Buy a second fume cupboard', 'Estates', '£9,000'],
  ['Total', '', '£11,000'],
  [''],
  ['* Subject to funding'],
  ['Key:'],
  ['Red', 'Not started'],
  ['Green', 'Done'],
]

describe('notesBelowTable', () => {
  it('finds the totals row, the footnote its header points to and the key', () => {
    expect([...notesBelowTable(table, 1).rows].sort((a, b) => a - b)).toEqual([3, 5, 6, 7, 8])
    expect(notesBelowTable(table, 1).issues.map((issue) => issue.code)).toContain('note-not-action')
  })

  it('leaves a starred line alone when no cell of the table uses the star', () => {
    const plain = [['Action', 'Lead'], ['Refresh the lab induction', 'HR'], ['* Run a drop-in session']]
    expect(notesBelowTable(plain, 1).rows.size).toBe(0)
  })

  it('leaves rows of the table above a key alone, however short', () => {
    const short = [['Action', 'Lead'], ['Audit', 'HR'], ['Survey', 'Library'], ['Legend'], ['✓ done']]
    expect([...notesBelowTable(short, 1).rows]).toEqual([3, 4])
  })

  it.each([
    ['Key:', true],
    ['  RAG  key :', true],
    ['\u00a0Status Legend', true],
    ['BRAG key', true],
    ['Colour key', true],
    ['Symbol legend:', true],
    ['Keys to success', false],
    ['Red', false],
    ['A key:', false],
  ])('reads %j alone on a row above the entries as a key label: %s', (label, isLabel) => {
    const page = [
      ['Action', 'Lead'],
      ['Audit', 'HR'],
      ['Survey', 'Library'],
      [label, ''],
      ['Green', 'done'],
    ]
    expect(notesBelowTable(page, 1).rows.has(3)).toBe(isLabel)
  })
})
