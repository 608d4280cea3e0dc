import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'

/** A label longer than this many words is a sentence with a colon in it, not a label. */
const maxLabelWords = 5
/** A value longer than this many words is prose, not a date or a state. */
const maxValueWords = 6

/** "Status", "Current status", "Progress": a label naming the state of the item above. */
const statusLabel = /^(?:(?:current |overall )?status|progress|rag|state)$/i

/**
 * A short labelled line below an item in a one-column list that gives a detail of that item, not an item of its
 * own: "Status: Completed" (its status) or "Required legislative compliance: January 2014", "Deadline: March 2026"
 * (its target: the value is wholly a date). Returns the field, the label and the value, else null.
 *
 * @example
 * readDetailLine('Status: Completed') // { field: 'status', label: 'Status', value: 'Completed' }
 * readDetailLine('Deadline: March 2026')?.field // 'target'
 * readDetailLine('Training: every new technician gets a mentor') // null
 */
export function readDetailLine(
  cell: string,
): { field: 'status' | 'target'; label: string; value: string } | null {
  const text = collapseWhitespace(cell)
  const colon = text.indexOf(':')
  if (colon <= 0) return null
  const label = text.slice(0, colon).trim()
  const value = text.slice(colon + 1).trim()
  if (value === '' || label.split(' ').length > maxLabelWords || value.split(' ').length > maxValueWords)
    return null
  if (statusLabel.test(label) && parseStatus(value).state !== 'unknown')
    return { field: 'status', label, value }
  const date = parseTargetDate(value)
  if (date.kind !== 'unknown' && date.confidence >= 0.5 && date.due !== null)
    return { field: 'target', label, value }
  return null
}
