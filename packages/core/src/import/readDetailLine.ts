import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'

/** A label longer than this many words is a sentence with a colon in it, not a label. */
const maxLabelWords = 5
/** A value longer than this many words is prose, not a date or a state. */
const maxValueWords = 6

/** "Status", "Current status", "Progress": a label naming the state of the item above. */
const statusLabel = /^(?:(?:current |overall )?status|progress|rag|state)$/i

/** "(Target = …)", "(Success criteria: …)": a bracketed line opening with a label that names a target or measure. */
const bracketedMeasure =
  /^\(\s?((?:success |measurable )?(?:targets?|measures?|criteria|measures? of success|success criteria))\s?[:=]\s?(.{3,})\)[.;]?$/i

/**
 * A short labelled line below an item in a one-column list that gives a detail of that item, not an item of its
 * own: "Status: Completed" (its status) or "Required legislative compliance: January 2014", "Deadline: March 2026"
 * (its target: the value is wholly a date), or a whole line in brackets whose label names the item's target or
 * measure, "(Target = consult students on the programme in 2024 / 2025.)", "(Success measure: …)": its success
 * measure, prose whose dates are read as a list item's are. Returns the field, the label and the value, else null.
 *
 * @example
 * readDetailLine('Status: Completed') // { field: 'status', label: 'Status', value: 'Completed' }
 * readDetailLine('Deadline: March 2026')?.field // 'target'
 * readDetailLine('(Target = run two open days in 2025)')?.field // 'successMeasures'
 * readDetailLine('Training: every new technician gets a mentor') // null
 */
export function readDetailLine(
  cell: string,
): { field: 'status' | 'target' | 'successMeasures'; label: string; value: string } | null {
  const text = collapseWhitespace(cell)
  const measure = bracketedMeasure.exec(text)
  if (measure !== null) return { field: 'successMeasures', label: measure[1]!, value: measure[2]!.trim() }
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
