import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { textLines } from '../text/cleanCellText'

/** A line longer than this is a note, not one milestone's status word. */
const maxStatusWords = 5

/** States that say a milestone is not finished but the work on the action goes on or is still to come. */
const unfinished: ReadonlySet<Status['state']> = new Set(['in-progress', 'not-started', 'ongoing'])

/**
 * A status cell that stacks one status a line, one per milestone of the row ("Completed⏎On target⏎On target"),
 * as council workplans and programme reports write beside milestones stacked in the action cell: when some lines
 * say done and others say not yet, the action is under way (`in-progress`), whichever line comes first. Every
 * line must read as a status on its own (a short line with a status word); otherwise, or when the lines agree,
 * the status read from the cell stands.
 *
 * @example
 * statusOfStackedLines('Completed\nOn target', parseStatus('Completed\nOn target')).state // 'in-progress'
 * statusOfStackedLines('Completed\nCompleted', parseStatus('Completed\nCompleted')).state // 'complete'
 */
export function statusOfStackedLines(text: string, status: Status): Status {
  if (status.state !== 'complete' || text.length > 2000 || !text.includes('\n')) return status
  const lines = textLines(text)
  if (lines.length < 2) return status
  let done = false
  let open = false
  for (const line of lines) {
    if (line.split(/\s+/).length > maxStatusWords) return status
    const state = parseStatus(line).state
    if (state === 'unknown') return status
    if (state === 'complete') done = true
    else if (unfinished.has(state)) open = true
  }
  return done && open ? { ...status, state: 'in-progress' } : status
}
