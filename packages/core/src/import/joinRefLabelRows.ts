import { hasText } from '../text/cleanCellText'
import { namedRefLabels } from './namedRefLabels'
import { loneCell } from './loneCell'
import { ITEM_REF, YEAR_ONLY_AFTER_ACTION } from './itemMark'

// "Action 3.1", "Objective 2:", "Priority 4b", "Demand 2": a word that names an item, then its number, and nothing else.
// A year after an item word other than "action" ("Objectives 2030") names a period: deliberately not a ref.
const refLabel = new RegExp(
  String.raw`^\s{0,3}(?:actions?|objectives?|priorit(?:y|ies)|tasks?|goals?|aims?|demands?|recommendations?|commitments?)\s{1,3}${YEAR_ONLY_AFTER_ACTION}(${ITEM_REF})\s{0,3}[.:]?\s{0,3}$`,
  'i',
)

/**
 * A ref label alone on its row ("Action 3.1") above a line of text alone in the same column is that line's
 * ref: the text moves up onto the label's row, the ref into a column of its own after the last, and the text's
 * old row is left blank (so row numbers still point into the source). A ref label that starts a row with more
 * text right of it ("Action 1", "• Introduce …", "Manager") is that row's ref: the cell keeps only the number.
 * Returns the table unchanged (the same array) when it has no such label.
 *
 * @example
 * joinRefLabelRows([['Action 3.1'], ['Improve support for staff wellbeing']])
 * // [['Improve support for staff wellbeing', '3.1'], []]
 */
export function joinRefLabelRows(table: readonly (readonly string[])[]): readonly (readonly string[])[] {
  const width = table.reduce((max, row) => Math.max(max, row.length), 0)
  const namedRef = namedRefLabels(table)
  let out: (readonly string[])[] | null = null
  for (let index = 0; index < table.length; index++) {
    const column = loneCell(table[index]!)
    if (column < 0) {
      const row = table[index]!
      const first = row.findIndex(hasText)
      const label = first >= 0 ? refLabel.exec(row[first]!) : null
      if (label !== null && row.slice(first + 1).some(hasText)) {
        out ??= [...table]
        out[index] = row.map((cell, c) => (c === first ? label[1]! : cell))
      }
      continue
    }
    const ref = refLabel.exec(table[index]![column]!)?.[1] ?? namedRef(table[index]![column]!)
    if (ref === null) continue
    const next = table[index + 1]
    if (
      next === undefined ||
      loneCell(next) !== column ||
      refLabel.test(next[column]!) ||
      namedRef(next[column]!) !== null
    )
      continue
    out ??= [...table]
    const joined = Array.from({ length: width + 1 }, () => '')
    joined[column] = next[column]!
    joined[width] = ref
    out[index] = joined
    out[index + 1] = []
    index++
  }
  return out ?? table
}
