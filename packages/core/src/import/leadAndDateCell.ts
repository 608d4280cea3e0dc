import { parseTargetDate } from '../dates/parseTargetDate'
import type { ActionDraft } from './buildAction'

/** "Lead & Target Date", "Owner / due date", "Responsibility and timescale": an owners header naming a date too. */
const namesDate = /\b(?:date|deadline|due|timescales?|time ?frames?|timelines?|when)\b/i

/**
 * "March 2012", "Sept. 30, 2016", "Q3 2027", "Fall 2026", "2027-06-30", "30/06/2027": one date written among names.
 * Words and spaces are bounded and disjoint, so it cannot backtrack far.
 */
const datePhrase =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s{1,3}(?:\d{1,2}(?:st|nd|rd|th)?,?\s{1,3})?\d{4}|\d{1,2}\s{1,3}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s{1,3}\d{4}|Q[1-4]\s{0,2}\d{4}|(?:Spring|Summer|Fall|Autumn|Winter)\s{1,3}\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})\b/gi

/** Owners cells are short; a longer cell is prose, left as it is. */
const maxCellLength = 300

/**
 * Splits an owners cell that also holds the date, under a header naming both ("Lead (post) & target date" over
 * "Finance Branch March 2027 Estates"), as audit and evaluation response plans write the lead and the deadline
 * together: the one date written in it is the action's target, the names around it its owners. Only when the table
 * has no target column and the cell holds exactly one date; any other draft comes back as it was.
 *
 * @example
 * leadAndDateCell(draft).cells.get('target')?.text // 'March 2027'
 */
export function leadAndDateCell(draft: ActionDraft): ActionDraft {
  const owners = draft.cells.get('owners')
  if (draft.verbatim || owners === undefined || draft.cells.has('target')) return draft
  if (owners.text.length > maxCellLength || !namesDate.test(owners.header)) return draft
  const dates = [...owners.text.matchAll(datePhrase)]
  if (dates.length !== 1) return draft
  const date = dates[0]!
  if (parseTargetDate(date[0]).due === null) return draft
  const names = `${owners.text.slice(0, date.index)}, ${owners.text.slice(date.index + date[0].length)}`
    .replace(/^[\s,;/&-]+|[\s,;/&-]+$/g, '')
    .replace(/\s{0,3},(?:\s{0,3},)*\s{0,3}/g, ', ')
  const cells = new Map(draft.cells)
  cells.set('owners', { ...owners, text: names })
  cells.set('target', { ...owners, text: date[0] })
  return { ...draft, cells }
}
