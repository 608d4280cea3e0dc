import { hasText, textLines } from '../text/cleanCellText'
import { ITEM_LETTER, NUMBER_MARK } from './itemMark'

/** A line that opens a lettered or numbered milestone: "a)", "(b)", "c) ", "1. ", "2) ". */
const itemMark = new RegExp(`^\\(?${ITEM_LETTER}\\)|^\\(?${NUMBER_MARK}\\s`, 'i')

/** At most this many words make a theme: a name or one clause ("Develop 3 to 5 year budget strategy"). */
const maxThemeWords = 25

/** Whether a cell stacks two or more milestones, one a line, the first line opening with its letter or number. */
function isStackedList(cell: string): boolean {
  const lines = textLines(cell.length > 4000 ? cell.slice(0, 4000) : cell)
  return (
    lines.length >= 2 && itemMark.test(lines[0]!) && lines.filter((line) => itemMark.test(line)).length >= 2
  )
}

/**
 * The column that names each row's work when the column read as the action stacks lettered milestones in every
 * cell ("a)Complete the review⏎b)Cabinet considers the findings⏎c)…"): a column to its left, filled on every such
 * row with one line of its own ("Delivery of Spending Review"), each row's different. Council and cabinet
 * workplans, corporate plans and programme plans lay their tables out so: "Workplan theme | Ref | Key Milestones |
 * End date | Progress | Lead Officer", one row per numbered theme, its milestones, their dates and their progress
 * stacked one a line in the cells beside it. The theme is the action; the milestones are how it will be done.
 * `candidates` are the columns that may hold the theme (those given only a loose group field, or none). Returns
 * the theme column, or null when the action column does not stack lettered milestones or no column names its rows.
 *
 * @example
 * themeOverStackedMilestones(body, 2, [0]) // 0, when column 2 holds "a)…⏎b)…" beside one theme a row in column 0
 */
export function themeOverStackedMilestones(
  body: readonly (readonly string[])[],
  actionColumn: number,
  candidates: readonly number[],
): number | null {
  const rows = body.filter((row) => hasText(row[actionColumn] ?? ''))
  if (rows.length < 2) return null
  const stacked = rows.filter((row) => isStackedList(row[actionColumn]!)).length
  if (stacked * 2 < rows.length || stacked < 2) return null
  for (const column of candidates) {
    if (column >= actionColumn) continue
    const themes = rows.map((row) => row[column] ?? '')
    const named = themes.every((cell) => {
      const lines = textLines(cell)
      return lines.length === 1 && !itemMark.test(lines[0]!) && lines[0]!.split(/\s+/).length <= maxThemeWords
    })
    if (named && new Set(themes.map((cell) => cell.trim())).size === themes.length) return column
  }
  return null
}
