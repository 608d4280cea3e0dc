import type { ImportIssue } from '../model/importIssue'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { createImportIssue } from './createImportIssue'

/** "Note:", "Notes -", "NB:", "N.B.", "Please note:": the label that opens a note written below a plan. */
const noteLabel = /^\s{0,3}(?:please\s{1,3}note|notes?|n\.?\s?b)\s{0,3}(?::|[-–—.]\s)/i

/**
 * Lines written below the whole plan as notes ("Notes: this plan is reviewed every quarter"): from the foot of the
 * table up, each row whose only filled cell opens with a note label, blank rows between them skipped. They are
 * blanked before any reader sees the table (each reported as `note-not-action`), so a note under a plan never
 * changes how the plan above it is read, whether that plan is a table, stacked tables or a page of lines. A note the
 * date legend reads (`keep`: "Note: Year 1 is 2019") stays, and so do the notes above it. The rows
 * are kept, blank, so every other row keeps its number. A table with nothing above its notes is left as it is.
 *
 * @example
 * noteLinesAtEnd([['Goal'], ['Task', 'Lead'], ['Paint the hall', 'Sam'], ['NB: costs to follow']], [])
 * // [['Goal'], ['Task', 'Lead'], ['Paint the hall', 'Sam'], ['']]
 */
export function noteLinesAtEnd(
  table: string[][],
  issues: ImportIssue[],
  keep: ReadonlySet<number> = new Set(),
): string[][] {
  const notes: number[] = []
  let index = table.length - 1
  for (; index >= 0; index--) {
    const row = table[index]!
    let filled = -1
    let count = 0
    for (let c = 0; c < row.length && count < 2; c++) {
      if (hasText(row[c]!)) {
        filled = c
        count++
      }
    }
    if (count === 0) continue
    if (count > 1 || keep.has(index) || !noteLabel.test(row[filled]!)) break
    notes.push(index)
  }
  if (notes.length === 0 || index < 0) return table
  const out = table.slice()
  for (const at of notes.reverse()) {
    const text = collapseWhitespace(table[at]!.find(hasText)!)
    out[at] = table[at]!.map(() => '')
    issues.push(
      createImportIssue(
        'note-not-action',
        'info',
        at + 1,
        null,
        null,
        `Row ${at + 1} ("${text.length > 80 ? `${text.slice(0, 77)}…` : text}") was not read as an action: it is a note below the plan. If it is an action, reword it.`,
      ),
    )
  }
  return out
}
