import type { Status, StatusState } from '../model/status'

/** A cell of a column the importer keeps in `extra`. */
export interface ExtraCell {
  readonly name: string
  readonly value: string
  readonly column: number
}

/**
 * A header naming how far the work has got, in per cent: "% Complete", "% COMP", "Percent complete", "% done",
 * "Progress (%)", "Completion %". A "%" of something else ("% of budget spent", "Weight %") is not one.
 */
const percentHeader =
  /^(?:(?:%|percent(?:age)?|per cent)\s{0,2}(?:complete|completed|comp\.?|compl\.?|done|progress|achieved)|(?:progress|completion|complete|completed|done)\s{0,2}(?:\(%\)|%|percent(?:age)?))$/i

/** "80%", "80", "0 %", "100.0%": a percentage and nothing else. */
const percentCell = /^(\d{1,3}(?:\.\d{1,2})?)\s{0,2}%?$/

/** A status cell longer than this many words is a report written as prose, not a status word. */
const proseWords = 6

/** The state a percentage of the work done says: none done, all done, or some. */
function stateOf(percent: number): StatusState {
  if (percent <= 0) return 'not-started'
  return percent >= 100 ? 'complete' : 'in-progress'
}

/**
 * A "% Complete" column beside the status, as councils' implementation reports and project trackers print it
 * ("Action | Status | Due Date | % Complete", the status a paragraph of progress): the percentage is kept as the
 * status's `percent`, and it decides the state when the status cell names none (or is empty, or the table has no
 * status column) or is a paragraph whose state the measured figure corrects: "0%" beside "… on hold after the delay
 * to the first phase …" is not started, "100%" beside "Support is provided through the network" complete, "80%"
 * beside a report that the work was delayed in progress. A short status word ("On hold", "Ongoing") and a report
 * that the work was cancelled or is ongoing keep their state. Returns the status (a new object when changed) and
 * whether the state came from the percentage.
 *
 * @example
 * statusFromPercentColumn([{ name: '% Complete', value: '100%', column: 5 }], parseStatus('Lighting was replaced.'))
 * // { status: { state: 'complete', percent: 100, … }, decided: true, cell: … }
 */
export function statusFromPercentColumn(
  extra: readonly ExtraCell[],
  status: Status,
): { readonly status: Status; readonly decided: boolean; readonly cell: ExtraCell | null } {
  const cell = extra.find((item) => percentHeader.test(item.name.trim()))
  const match = cell === undefined ? null : percentCell.exec(cell.value.trim())
  const percent = match === null ? null : Number(match[1])
  if (cell === undefined || percent === null || percent > 100 || status.percent !== null)
    return { status, decided: false, cell: null }
  const prose = status.text.trim().split(/\s+/).length > proseWords
  const keeps =
    status.state === 'cancelled' || status.state === 'ongoing' || (status.state !== 'unknown' && !prose)
  const state = keeps ? status.state : stateOf(percent)
  const text = status.text.trim() === '' ? cell.value.trim() : status.text
  return { status: { ...status, text, state, percent }, decided: state !== status.state, cell }
}
