import { type LoneText, loneTextOfEach } from './listsUnderLeadIns'
import { loneTextRows } from './loneTextRows'

/** An agenda item's number before the line ("1.", "2 ", "Item 3 –"), left off before the line is read. */
const agendaNumber = /^(?:item\s{1,3})?\d{1,2}(?:\.\d{1,2})?\s{0,3}[.):–—-]?\s{0,3}/i

/**
 * The lines by which minutes record their own procedure, never work taken on. Each anchored, every run bounded:
 * - who was there: "Present: …", "Apologies: …", "In attendance – …", "Attending: …", "Welcome and apologies.";
 * - the last minutes approved: "Minutes of the previous meeting … were agreed", "Approval of previous Minute …";
 * - the proposer and seconder of a motion: "Proposed by Syd and seconded by Sarah";
 * - the meeting's own record: "Minutes of Meeting held on …", "Meeting commenced: 19.40", "Next meeting: …".
 */
const procedure = [
  /^(?:present|apologies(?:\s{1,3}for\s{1,3}absence)?|absent|attend(?:ees|ance|ing)|in\s{1,3}attendance)\s{0,3}(?:[:–—-]|$)/i,
  /^welcome(?:,?\s{1,3}introductions?)?\s{1,3}and\s{1,3}apologies\.?$/i,
  /^(?:the\s{1,3})?minutes\s{1,3}of\s{1,3}the\s{1,3}(?:previous|last)\s{1,3}meeting\b[^.]{0,160}\b(?:agreed|approved|accepted|signed|taken\s{1,3}as\s{1,3}read)\b/i,
  /^(?:approval|adoption|acceptance)\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:previous|last)\s{1,3}minutes?\b/i,
  /^proposed\s{1,3}by\s{1,3}[^.]{1,60}seconded\s{1,3}by\b/i,
  /^minutes\s{1,3}of\s{1,3}(?:the\s{1,3})?meeting\s{1,3}held\s{1,3}on\b/i,
  /^meeting\s{1,3}(?:commenced|opened|closed|started|ended)\b/i,
  /^(?:date\s{1,3}of\s{1,3})?(?:the\s{1,3})?next\s{1,3}meeting\s{0,3}(?:[:–—-]|will\s{1,3}be\b|is\b)/i,
]

/** A procedure line is short: a longer line is a paragraph that happens to open so. */
const maxLength = 400
/** Minutes say so by at least this many procedure lines: one alone may be a plan's own item. */
const minLines = 2

/**
 * The lines alone on their rows by which a meeting's minutes record their own procedure: who was present and who sent
 * apologies, the approval of the last minutes, a proposer and seconder, the meeting's opening, closing and next date.
 * A careful reader of a community council's or a committee's minutes reads none of them as an action. Read only on a
 * page with at least two such lines (minutes, as their procedure shows); returns 0-based rows, in order.
 *
 * @example
 * minutesProcedureRows([['Minutes'], ['Present: Ana, Ben'], ['Apologies: Cy'], ['Ana to book the hall']], 0) // [1, 2]
 */
export function minutesProcedureRows(
  table: readonly (readonly string[])[],
  bodyStart: number,
  /** {@link loneTextOfEach} of the same table, when the caller has read it. */
  lone: readonly LoneText[] = loneTextOfEach(table),
): number[] {
  const rows = loneTextRows(table, bodyStart, lone, maxLength, (text) => {
    const line = text.trim().replace(agendaNumber, '')
    return procedure.some((pattern) => pattern.test(line))
  })
  return rows.length >= minLines ? rows : []
}
