import { hasText, textLines } from '../text/cleanCellText'
import { isInstruction } from './isInstruction'
import { instructionVerbs } from './ownersNamedAsSubject'
import type { ColumnField } from './columnSynonyms'

/** List marks or item numbers before the text, one or two: "• ", "1.2 ", "(a) ", "1. i) ". */
const itemMark =
  /^[ \t]{0,4}(?:(?:[•·▪*–-]|\(?[0-9a-z]{1,4}[.)]|\d{1,2}(?:\.\d{1,2}){0,3}\.?)[ \t]{1,4}){1,2}/i
/** "HR staff to review …", "Priya Shah to update …": who is tasked, then "to" and the verb (at most six words before). */
const taskedBeforeTo = /^[A-Z][^\s.:;]{0,30}(?: [^\s.:;]{1,30}){0,5} to ([a-z]{2,15})\b/
/**
 * "A need to ensure …", "An opportunity to share …", "To report the work done to reach …": a thing wanted or an aim,
 * not someone tasked, stands before the "to" when the line opens with "a", "an" or "to".
 */
const untaskedOpening = /^(?:an?|to) /i
/** A column of prose: at least this many words a cell on average. */
const minProseWords = 3
/** The share of a column's cells that open as an instruction for it to read as the things to do. */
const minInstructionShare = 0.5
/** The context column may open as an instruction on at most this share of its cells. */
const maxContextShare = 0.25
/** The fields a prose column beside the action column may have been given while it holds the things to do. */
const proseFields: ReadonlySet<ColumnField> = new Set(['description', 'successMeasures', 'notes', 'section'])

/**
 * Whether a cell's first line reads as something to do: it opens with an instruction's verb ("Develop …", "Review
 * the …"), after any list mark or item number, or names who is tasked and then the verb ("HR staff to review …").
 *
 * @example
 * opensAsInstruction('1.2 Ensure every panel is trained') // true
 * opensAsInstruction('Lack of representation on panels') // false
 */
export function opensAsInstruction(cell: string): boolean {
  const line = (textLines(cell)[0] ?? '').trim().replace(itemMark, '').slice(0, 300)
  if (line === '') return false
  const first = (line.split(' ')[0] ?? '').toLowerCase()
  if (instructionVerbs.has(first) || isInstruction(line)) return true
  const tasked = untaskedOpening.test(line) ? null : taskedBeforeTo.exec(line)
  return tasked !== null && instructionVerbs.has(tasked[1]!)
}

/** The share of a column's filled cells that open as an instruction, with the count of filled cells. */
function instructionShare(
  body: readonly (readonly string[])[],
  column: number,
): { share: number; filled: number } {
  let filled = 0
  let led = 0
  for (const row of body) {
    const cell = row[column] ?? ''
    if (!hasText(cell)) continue
    filled++
    if (opensAsInstruction(cell)) led++
  }
  return { share: filled === 0 ? 0 : led / filled, filled }
}

/**
 * In a table without a header, the column taken for the action by its length ("Lack of BME applicants for fellowships",
 * "All workforce policies to be reviewed") beside a prose column whose cells mostly open as things to do ("Explore
 * schemes that …", "HR staff to review the policy"): a careful reader takes the instructions as the actions and the
 * first column as their context (an issue, an objective, an item's label). Returns the column of instructions and
 * the context column, else null: the instructions must open half or more of their column's cells (two at least) and
 * the context at most a quarter of its own, and fill at least half as many rows.
 *
 * @example
 * instructionColumnBesideContext([['Low uptake of training', 'Review the training offer'], ['Few mentors', 'Recruit mentors']], 0, new Map())
 * // { actions: 1, context: 0 }
 */
export function instructionColumnBesideContext(
  body: readonly (readonly string[])[],
  titleColumn: number,
  fields: ReadonlyMap<ColumnField, number>,
): { actions: number; context: number } | null {
  const context = instructionShare(body, titleColumn)
  if (context.share > maxContextShare) return null
  const fieldOf = new Map([...fields].map(([field, column]) => [column, field]))
  const width = body.reduce((max, row) => Math.max(max, row.length), 0)
  let best: { column: number; share: number } | null = null
  for (let column = 0; column < width; column++) {
    if (column === titleColumn) continue
    const field = fieldOf.get(column)
    if (field !== undefined && !proseFields.has(field)) continue
    const { share, filled } = instructionShare(body, column)
    if (filled < 2 || filled * 2 < context.filled || share < minInstructionShare) continue
    const words = body.reduce((sum, row) => sum + (row[column] ?? '').split(/\s+/).filter(Boolean).length, 0)
    if (words / filled < minProseWords) continue
    if (best === null || share > best.share) best = { column, share }
  }
  return best === null ? null : { actions: best.column, context: titleColumn }
}
