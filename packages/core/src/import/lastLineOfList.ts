import { hasText } from '../text/cleanCellText'
import { opensWithVerb } from './itemsBesideCommitments'

/** A line shorter than this is a name or a footer ("Chair of Governors"), not an item. */
const minItemWords = 4

/**
 * The page's last line, right below an item of a one-column list whose items open with a verb ("Integrate the
 * gender perspective in …", then "Carry out gender equality analyses at the university"): an item too when it
 * opens with a verb itself, however it ends. A heading heads the lines below it, and the last line has none; a
 * lead-in ends in a colon. Returns the row's 0-based index, or null.
 *
 * @example
 * lastLineOfList([['Actions:'], ['Review the forms'], ['Publish the review'], ['Carry out two audits a year']], 0, 0, new Set([1, 2]))
 * // 3
 */
export function lastLineOfList(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
  listRows: ReadonlySet<number>,
): number | null {
  let last = -1
  let before = -1
  for (let index = bodyStart; index < rows.length; index++) {
    if (!rows[index]!.some(hasText)) continue
    before = last
    last = index
  }
  if (before < bodyStart || listRows.has(last) || !listRows.has(before)) return null
  const text = (rows[last]![titleColumn] ?? '').trim()
  if (text.endsWith(':') || text.split(/\s+/).length < minItemWords || !opensWithVerb(text)) return null
  const verbItems = [...listRows].filter((index) => opensWithVerb((rows[index]![titleColumn] ?? '').trim()))
  return opensWithVerb((rows[before]![titleColumn] ?? '').trim()) && verbItems.length >= 2 ? last : null
}
