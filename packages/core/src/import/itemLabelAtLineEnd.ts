import { hasText } from '../text/cleanCellText'
import { ITEM_REF, YEAR_ONLY_AFTER_ACTION } from './itemMark'

/** "(Action 3.1)", "(Recommendation 4)", "(Priority 2b)": an item word and its number in brackets, the whole tail. */
// A year after an item word other than "action" ("(Goal 2030)") names a period: deliberately not a ref.
const endLabel = new RegExp(
  String.raw`^\(\s{0,2}(action|recommendation|objective|priority|commitment|goal|project|aim|initiative|task|milestone)\s{1,3}${YEAR_ONLY_AFTER_ACTION}(${ITEM_REF})\s{0,2}\)$`,
  'i',
)

/** The longest tail tried: the label and its brackets. */
const maxLabelLength = 40

/**
 * Lines of a one-column page that end with their own label in brackets ("Invest in catchment management (Action
 * 3.3)", "Publish the data (Recommendation 4)"), as government implementation plans and progress pages title each
 * action: the label is moved to the front ("Action 3.3: Invest in catchment management"), where the readers of
 * numbered lines look for it. Only a row whose one filled cell so ends, and only when two or more lines of the page
 * do; a line that already opens with a ref is left as it is. Returns the rows unchanged when nothing moves.
 *
 * @example
 * itemLabelAtLineEnd([['Plant trees (Action 1.1)'], ['Responsibility: Parks'], ['Fix the weir (Action 1.2)']])
 * // [['Action 1.1: Plant trees'], ['Responsibility: Parks'], ['Action 1.2: Fix the weir']]
 */
export function itemLabelAtLineEnd(rows: readonly (readonly string[])[]): readonly (readonly string[])[] {
  const moved = new Map<number, string[]>()
  rows.forEach((row, index) => {
    let column = -1
    for (let c = 0; c < row.length; c++) {
      if (!hasText(row[c]!)) continue
      if (column >= 0) return
      column = c
    }
    if (column < 0) return
    const text = row[column]!.trim()
    if (!text.endsWith(')')) return
    const open = text.lastIndexOf('(')
    if (open <= 0 || text.length - open > maxLabelLength) return
    const label = endLabel.exec(text.slice(open))
    const before = text.slice(0, open).trim()
    if (label === null || !/[A-Za-z]/.test(before) || /^\d/.test(before)) return
    const word = label[1]!
    const out = [...row]
    out[column] = `${word[0]!.toUpperCase()}${word.slice(1).toLowerCase()} ${label[2]!}: ${before}`
    moved.set(index, out)
  })
  if (moved.size < 2) return rows
  return rows.map((row, index) => moved.get(index) ?? row)
}
