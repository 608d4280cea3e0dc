import { ITEM_NUMBER } from './itemMark'

/**
 * The number of a ref cell that also names what it numbers: "Action 2", "Item 12", "Task 3.1", "Action #5",
 * "Activity 2.1b" — a committee's action log writes its "Action #" column so, and a project's progress report its
 * "Specific actions" column. The ref is the number, as "Action 1.1" at the start of an
 * action cell is read. A recommendation's code ("REC 1", "R2") is how the plan cites it and stays whole. Null for
 * any other cell. Anchored, with bounded runs: linear.
 *
 * @example
 * labelledRefCell('Action 11') // '11'
 * labelledRefCell('Actions') // null
 */
export function labelledRefCell(text: string): string | null {
  if (text.length > 40) return null
  return labelledRef.exec(text)?.[1] ?? null
}

const labelledRef = new RegExp(
  String.raw`^\s{0,3}(?:action|activity|item|task)\s{0,3}(?:#|no\.?)?\s{0,3}(${ITEM_NUMBER}(?:\.\d{1,3}){0,3}[a-z]?)\s{0,3}$`,
  'i',
)
