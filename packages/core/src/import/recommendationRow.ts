import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { ColumnMap } from './mapColumns'

const recommendationCode = /^(?:R|Rec\.?\s?|Recommendation\s)\d{1,2}[.:]?$/i

/**
 * A recommendation row inside a table of actions: the action cell holds only the recommendation's code ("R2",
 * "Rec 2", "Recommendation 2") and the recommendation's text sits in another cell, with no owner, date or status.
 * The National Archives' Information Management Assessment action plans, audit reports and review responses
 * write each recommendation so, over the header and rows of its own actions. Such a row heads the actions below
 * it; it is neither an action nor the rest of the action above. Returns the heading ("R2 Review the code of
 * practice"), or null when the row is not one.
 *
 * @example
 * const map = { fields: new Map([['title', 0], ['owners', 2]]) } as ColumnMap
 * recommendationRow(['R2', 'Review the code of practice', ''], map) // 'R2 Review the code of practice'
 */
export function recommendationRow(row: readonly string[], map: ColumnMap): string | null {
  const titleIndex = map.fields.get('title')
  if (titleIndex === undefined) return null
  const cell = row[titleIndex] ?? ''
  if (cell.length > 40) return null
  const code = collapseWhitespace(cell)
  if (code.length > 20 || !recommendationCode.test(code)) return null
  for (const field of ['ref', 'owners', 'target', 'status'] as const) {
    const column = map.fields.get(field)
    if (column !== undefined && hasText(row[column] ?? '')) return null
  }
  const text = row
    .filter((cell, column) => column !== titleIndex && hasText(cell))
    .map(collapseWhitespace)
    .join(' ')
  return text === '' ? null : `${code.replace(/[.:]$/, '')} ${text}`
}
