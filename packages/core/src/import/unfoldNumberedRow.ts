import { hasText } from '../text/cleanCellText'

/** Fewer words than this make a cell a label, not a step. */
const minStepWords = 3
/** More numbers than this in one row are a scale or a count, not the steps of a plan. */
const maxSteps = 12

/** The filled cells of a row of bare numbers 1, 2, 3 … in order, left to right, else null. */
function stepNumbers(row: readonly string[]): number[] | null {
  const columns: number[] = []
  for (let c = 0; c < row.length; c++) {
    const text = (row[c] ?? '').trim()
    if (text === '') continue
    if (text !== String(columns.length + 1)) return null
    columns.push(c)
  }
  return columns.length >= 2 && columns.length <= maxSteps ? columns : null
}

/**
 * Steps laid out across the page: a row of bare numbers "1 | 2 | 3 | 4" directly over a row with a step of three
 * words or more under every number and nothing else ("Develop strategies for … | Track … | Create … | Develop …").
 * A reader reads each step as an action numbered by the cell above it: the two rows are unfolded into one row a
 * step, `[number, step]`, in the first two columns. Every other row is kept as it is.
 *
 * @example
 * unfoldNumberedRow([['1', '2'], ['Run a survey of technicians', 'Publish what it finds']])
 * // [['1', 'Run a survey of technicians'], ['2', 'Publish what it finds']]
 */
export function unfoldNumberedRow(table: readonly (readonly string[])[]): (readonly string[])[] {
  const out: (readonly string[])[] = []
  for (let i = 0; i < table.length; i++) {
    const row = table[i]!
    const columns = stepNumbers(row)
    const next = table[i + 1]
    if (columns === null || next === undefined || !isStepRow(next, columns)) {
      out.push(row)
      continue
    }
    const width = Math.max(row.length, next.length, 2)
    columns.forEach((column, step) => {
      const unfolded = Array.from({ length: width }, () => '')
      unfolded[0] = String(step + 1)
      unfolded[1] = (next[column] ?? '').trim()
      out.push(unfolded)
    })
    i++
  }
  return out
}

/** True when the row holds a step of a few words under every numbered column and text in no other. */
function isStepRow(row: readonly string[], columns: readonly number[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const filled = hasText(row[c] ?? '')
    if (filled !== columns.includes(c)) return false
  }
  return columns.every((c) => (row[c] ?? '').trim().split(/\s+/).length >= minStepWords)
}
