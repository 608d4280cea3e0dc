import { describe, expect, it } from 'vitest'
import { hasText } from '../text/cleanCellText'
import { filledCellCount } from './filledCellCount'

describe('filledCellCount: the cells of a row that hold text', () => {
  it.each([
    ['an empty row', [], 0],
    ['one filled cell', ['Open a lab'], 1],
    ['spaces and a no-break space are not text', [' ', '\u00a0', 'Lead'], 1],
    ['an indented cell is text', ['   1. Open a lab', '', 'Jo'], 2],
    ['every cell filled', ['1', 'Open a lab', 'Jo', 'May'], 4],
  ] as const)('%s', (_, row, want) => {
    expect(filledCellCount(row)).toBe(want)
    expect(filledCellCount(row)).toBe(row.filter(hasText).length)
  })
})
