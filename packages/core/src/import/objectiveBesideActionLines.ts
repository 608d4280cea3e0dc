import { hasText, textLines } from '../text/cleanCellText'
import type { ColumnProfile } from './assignColumns'

/** Fewer words than this make a line a label or a fragment, not an action of its own. */
const minLineWords = 3

/** A line that reads as an item of its own: it opens with a capital (or a quote) and has a few words. */
function isItemLine(line: string): boolean {
  const first = line.charAt(0)
  return first !== first.toLowerCase() || first === '"' || first === '“'
    ? line.split(/\s+/).length >= minLineWords
    : false
}

/**
 * A table of two text columns and no header, where the right column's cells hold several lines each (one item a
 * line) beside one short line on the left ("Reduce amount of waste going to landfill" beside "Introduce food
 * waste bins⏎Remove non-recyclable materials"): each row is an objective and the actions that serve it. Returns
 * the objective column (a group label) and the action column, whose lines are the actions, else null.
 *
 * @example
 * objectiveBesideActionLines(body, profiles) // { objective: 0, actions: 1 }
 */
export function objectiveBesideActionLines(
  body: readonly (readonly string[])[],
  profiles: readonly ColumnProfile[],
): { objective: number; actions: number } | null {
  const used = profiles.flatMap((p, c) => (p.filled > 0 ? [c] : []))
  if (used.length !== 2) return null
  const [objective, actions] = used as [number, number]
  const left = profiles[objective]!
  const right = profiles[actions]!
  if (right.filled < 2 || right.averageWords <= left.averageWords || right.listed > 0 || left.listed > 0)
    return null
  let listCells = 0
  let leftLines = 0
  let rightLines = 0
  for (const row of body) {
    const cell = row[actions] ?? ''
    leftLines += textLines(row[objective] ?? '').length
    if (!hasText(cell)) continue
    const lines = textLines(cell)
    rightLines += lines.length
    if (lines.length < 2) continue
    if (!lines.every(isItemLine)) return null
    listCells++
  }
  // Most action cells a list, and more lines on the right than on the left: several actions to an objective.
  return listCells * 2 >= right.filled && rightLines > leftLines ? { objective, actions } : null
}
