import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'

/** A cell of another column, as the importer keeps it. */
export interface OtherCell {
  readonly text: string
  readonly column: number
  readonly header: string
}

/** A cell that is a status is a word or three ("DONE", "In progress", "Not started"). */
const maxWords = 3
const maxLength = 30

/**
 * Words that are a state in a status column but name a kind of work or plan in another one ("Type: Ongoing",
 * "Maintenance: Planned", "Funding: Pending", "Review: Continuous"): never read from a column named otherwise.
 */
const kindWords =
  /^(?:planned|pending|scheduled|upcoming|ongoing|on-?going|continuous|continuing|continual|rolling|bau|business as usual|to do|todo)\.?$/i

/**
 * With no status column, a cell of another column (a description or a column the importer keeps in `extra`)
 * that is wholly a status ("DONE", "Complete", "In progress", "On hold", "Cancelled"), as an incident review's
 * action table writes "DONE" in its "Issue" column where other rows link their tracking issue, or a tracker
 * its state in a "Notes" or "Evidence" column: that is the action's status. Only a cell that is a status and
 * nothing else (a mark beside it aside: "✅ DONE", "🚧 In progress") counts, so "Done by HR", "Complete the survey"
 * or "kubeadm#250" say nothing; words that may name a kind of work ("Ongoing", "Planned", "Pending") are left
 * alone. Returns the status and its cell, or null.
 *
 * @example
 * statusInOtherColumn([{ text: 'kubeadm#250', column: 3, header: 'Issue' }]) // null
 * statusInOtherColumn([{ text: 'DONE', column: 3, header: 'Issue' }])?.status.state // 'complete'
 */
export function statusInOtherColumn(
  cells: readonly OtherCell[],
): { readonly status: Status; readonly cell: OtherCell } | null {
  for (const cell of cells) {
    const text = cell.text.trim()
    if (text === '' || text.length > maxLength || text.split(/\s+/).length > maxWords) continue
    // A tick under "Funded" or "Published online" answers that column's question, not the action's state.
    if (kindWords.test(text) || !/\p{L}/u.test(text)) continue
    const status = parseStatus(text)
    // "✅ DONE", "🚧 In progress": a mark beside the word says nothing more; any other word is more than a status.
    const saysMore = status.note !== null && /[\p{L}\p{N}]/u.test(status.note)
    if (status.state === 'unknown' || saysMore || status.percent !== null) continue
    return { status, cell }
  }
  return null
}
