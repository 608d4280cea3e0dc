import { parseStatus } from '../status/parseStatus'
import { bestField } from './readLabelledRecords'

/** "Status: On track", "Agency responsible: Department of Health": a label of one to four words, a colon, the
 * value. Words and spaces are disjoint, so it cannot backtrack beyond one line. */
const fieldLine = /^([^\s:]{1,30}(?:\s{1,3}[^\s:]{1,30}){0,3})\s{0,3}:\s{0,3}(\S.{0,400})$/s

/** The fields a line under an item may give it. */
export type ItemField = 'status' | 'owners' | 'target'

/** What a labelled line under an item gives it: the field its label names, the label as written, and the value. */
export interface ItemFieldLine {
  readonly field: ItemField
  readonly label: string
  readonly value: string
}

/**
 * A line under a numbered item that gives one of the item's fields by a label: its status ("Status: On track",
 * "Progress: Complete"), who leads it ("Agency responsible: Department of Health", "Lead: Estates") or when it is
 * due ("Timeframe: 2025", "Due date: June 2026"), as government progress reports and web pages of a plan list each
 * action with its label lines below it. The label's words must name the field as a column header would; any other
 * label ("Note: …", "Example: …") gives null, as does a line with no label, or one opening with the status itself
 * ("In progress: two sessions held").
 *
 * @example
 * itemFieldLine('Agency responsible: Department of Health') // { field: 'owners', label: 'Agency responsible', value: 'Department of Health' }
 * itemFieldLine('Status: On track')?.field // 'status'
 * itemFieldLine('Note: see the annual report') // null
 */
export function itemFieldLine(text: string): ItemFieldLine | null {
  const match = fieldLine.exec(text.trim())
  if (match === null) return null
  const label = match[1]!
  const field = bestField(label)
  if (field !== 'status' && field !== 'owners' && field !== 'target') return null
  // "In progress: two sessions held": the status itself before a note, not a label naming the status.
  if (parseStatus(label).state !== 'unknown') return null
  return { field, label, value: match[2]!.trim() }
}
