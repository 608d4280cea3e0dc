import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords } from './oneColumnRecords'
import { peelRef } from './peelRef'
import { ITEM_NUMBER } from './itemMark'
import { filledCellCount } from './filledCellCount'

// "• Action n°3", "Action No. 3", "Objective #2": a word that names an item, a number sign (the French "n°", "No.",
// "#"), its number and nothing else, bulleted or not. Every part is bounded, so a long line fails fast.
const numberSignLabel = new RegExp(
  String.raw`^\s{0,3}(?:[${BULLET_MARKS}]\s{0,3})?(?:actions?|objectives?|priorit(?:y|ies)|goals?|aims?|measures?)\s{0,3}(?:n\s?[°º]|no\.?|#)\s{0,3}(${ITEM_NUMBER})\s{0,3}[.:]?\s{0,3}$`,
  'i',
)
/** "• Action" with its number cut off, as a page cut short ends. */
const bareLabel = new RegExp(
  String.raw`^\s{0,3}(?:[${BULLET_MARKS}]\s{0,3})?(?:actions?|objectives?|priorit(?:y|ies)|goals?|aims?|measures?)\s{0,3}(?:n\s?[°º]|no\.?|#)?\s{0,3}$`,
  'i',
)
/** At least this many labels make the layout. */
const minLabels = 2

interface LabelledEntry {
  readonly row: number
  readonly ref: string
  readonly lines: { readonly row: number; readonly text: string }[]
}

/**
 * Reads a one-column page whose actions sit under labels written with a number sign ("• Action n°1", "Action
 * No. 2", "Objective #3"), as a French or European HR Excellence in Research plan lists them: under each label
 * either one paragraph (the action, its ref the label's number) or a numbered list "1.", "2." of sub-actions,
 * each an action cited by the label's number and its own (`1.1`, `1.2`), as the plan counts "16 actions and 19
 * sub-actions". Other lines under a label are the action's description. Lines above the first label are the
 * title rows and intro; a last label with its number cut off ends the page. Returns null unless at least two
 * labels each have lines of their own and every filled row is one cell.
 *
 * @example
 * readNumberSignLabels([
 *   ['Technical staff plan'], ['Action n°1'], ['1. Map the roles'], ['2. Publish the map'],
 *   ['Action n°2'], ['Hold a yearly technician forum.'],
 * ])?.rows.slice(2) // [['1.1. Map the roles', ''], ['1.2. Publish the map', ''], ['2. Hold a yearly technician forum.', '']]
 */
export function readNumberSignLabels(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const entries: LabelledEntry[] = []
  let top = -1
  let endRow = -1
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    const filled = filledCellCount(row)
    if (filled === 0) continue
    if (filled > 1 || !hasText(row[0] ?? '')) return null
    const text = row[0]!
    const label = numberSignLabel.exec(text)
    if (label !== null) {
      if (top < 0) top = index
      entries.push({ row: index, ref: label[1]!, lines: [] })
      continue
    }
    const entry = entries.at(-1)
    if (entry === undefined) continue
    if (bareLabel.test(text)) {
      endRow = index
      break
    }
    entry.lines.push({ row: index, text: collapseWhitespace(text) })
  }
  if (entries.length < minLabels || entries.some((entry) => entry.lines.length === 0)) return null
  // A label without its number ends the page, cut there; with lines after it, the page is something else.
  if (endRow >= 0 && table.slice(endRow + 1).some((row) => row.some(hasText))) return null

  const records: OneColumnRecord[] = []
  const mergedRows: number[] = []
  for (const entry of entries) {
    mergedRows.push(entry.row + 1)
    const items = subActions(entry.lines)
    if (items === null) {
      const [first, ...rest] = entry.lines
      records.push({
        index: first!.row,
        cells: [`${entry.ref}. ${first!.text}`, rest.map((line) => line.text).join('\n')],
      })
      for (const line of rest) mergedRows.push(line.row + 1)
      continue
    }
    for (const item of items)
      records.push({ index: item.row, cells: [`${entry.ref}.${item.ref}. ${item.text}`, ''] })
  }
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Description'], records, {
    mergedRows,
    ...(endRow >= 0 ? { skippedRows: [endRow + 1] } : {}),
    titleEvidence:
      'the lines under each label written with a number sign ("Action n°1"): one action, or its numbered sub-actions',
  })
}

/** The lines as a list numbered 1, 2, 3 … from the first, or null when they are not one. */
function subActions(
  lines: readonly { readonly row: number; readonly text: string }[],
): { row: number; ref: string; text: string }[] | null {
  if (lines.length < 2) return null
  const items: { row: number; ref: string; text: string }[] = []
  for (const [position, line] of lines.entries()) {
    const peeled = peelRef(line.text)
    if (peeled === null || peeled.ref !== String(position + 1)) return null
    items.push({ row: line.row, ref: peeled.ref, text: peeled.rest })
  }
  return items
}
