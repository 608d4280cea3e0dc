import { hasText } from '../text/cleanCellText'
import { BULLET_MARKS } from './bulletMarks'

const bulleted = new RegExp(`^\\s*[${BULLET_MARKS}]\\s`)
/** "- Team Members:", "- Planned milestones over the next 6 months:": a label over the lines below it. */
const labelLine = /:\s*$/
/** The header and the grid row above the list: at least this many cells filled. */
const minGridCells = 3
/** At least this many labels in the list make it a block of labelled details. */
const minLabels = 2

/**
 * A project report's grid: a header, one full row per project, and under the row a dash list alone in its first
 * column, broken up by labels ("- Team Members:", "- Major milestones over the past 3-6 months:"). The list is the
 * project's detail, not actions of its own: it is folded into a "Details" column added after the last, on the
 * project's row (one line per item without its dash, nothing else dropped), and its own rows are left empty. Returns the table itself
 * when it holds no such list.
 *
 * @example
 * foldDetailList([['Project', 'Leader', 'Progress'], ['Cut energy use', 'A. Person', '20%'], ['- Team:'], ['- B. Person'], ['- Next steps:']])[1]
 * // ['Cut energy use', 'A. Person', '20%', 'Team:\nB. Person\nNext steps:']
 */
export function foldDetailList(table: readonly (readonly string[])[]): readonly (readonly string[])[] {
  const width = table.reduce((max, row) => Math.max(max, row.length), 0)
  let out: string[][] | null = null
  // Where the last folded list ended: the next project's row may follow it directly.
  let lastEnd = -1
  for (let i = 2; i < table.length; i++) {
    if (!isLoneBullet(table[i]!)) continue
    const grid = i - 1
    if (filledCount(table[grid]!) < minGridCells) continue
    if (grid !== lastEnd && filledCount(table[grid - 1]!) < minGridCells) continue
    let end = i
    let labels = 0
    while (end < table.length && (isLoneBullet(table[end]!) || filledCount(table[end]!) === 0)) {
      if (labelLine.test(table[end]![0] ?? '')) labels++
      end++
    }
    if (labels < minLabels) {
      i = end - 1
      continue
    }
    out ??= table.map((row) => [...row, ...Array.from({ length: width - row.length }, () => '')])
    out[grid - 1]![width] = 'Details'
    const lines: string[] = []
    for (let j = i; j < end; j++) {
      // Without its dash: the details are lines of one description, not a list of actions.
      if (hasText(out[j]![0] ?? '')) lines.push(out[j]![0]!.replace(bulleted, '').trim())
      out[j] = Array.from({ length: width + 1 }, () => '')
    }
    out[grid]![width] = lines.join('\n')
    lastEnd = end
    i = end - 1
  }
  if (out === null) return table
  for (const row of out) while (row.length < width + 1) row.push('')
  return out
}

function filledCount(row: readonly string[]): number {
  let count = 0
  for (const cell of row) if (hasText(cell)) count++
  return count
}

function isLoneBullet(row: readonly string[]): boolean {
  return bulleted.test(row[0] ?? '') && filledCount(row) === 1
}
