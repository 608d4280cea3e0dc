import type { ColumnProfile } from './assignColumns'
import type { ColumnField } from './columnSynonyms'

/** At least this share of the named column's cells must be bare refs ("13.", "2.1"). */
const minRefShare = 0.8
/** The column beside it must read as prose: at least this many words a cell on average. */
const minProseWords = 4

/**
 * An action header written over two columns (a merged header cell in the source: "Action" above a number
 * column and the action text beside it), so the named column holds only numbers ("13.", "14.") and the column
 * right of it, with no header of its own, holds the action text. A meeting's action table written "Action Item |
 * Description", its first column only item numbers ("36.1", "36.2") and its second the action, is the same
 * layout: the description column holds the action text. Returns the action column's 0-based index (the named
 * column is then the ref column), else null.
 *
 * @example
 * actionBesideNumberColumn(fields, headers, profileOf) // 1 when "Action" (column 1) is over "13.", "14." and column 2 holds the prose
 */
export function actionBesideNumberColumn(
  fields: ReadonlyMap<ColumnField, number>,
  headers: readonly string[],
  profileOf: (index: number) => ColumnProfile,
): number | null {
  const title = fields.get('title')
  if (title === undefined || fields.has('ref')) return null
  const beside = title + 1
  if (beside >= headers.length) return null
  // "Action Item | Description": the description column beside the numbers is the action's text.
  const described = fields.get('description') === beside
  if (!described && (headers[beside] !== '' || [...fields.values()].includes(beside))) return null
  const named = profileOf(title)
  if (named.filled < 2 || named.refs < minRefShare) return null
  const prose = profileOf(beside)
  return prose.filled >= named.filled && prose.averageWords >= minProseWords ? beside : null
}
