import type { Status } from '../model/status'

/**
 * A header that asks whether the action is done, with no other word: "Complete", "Completed", "Done", "Complete?",
 * "is_complete". Tested in lower case with "_", "-" and "?" as spaces. Anchored, each part a literal: linear.
 */
const flagHeader = /^(?:is |has )?(?:complete|completed|done|finished)$/

/** "true", "TRUE", "yes", "y", "✓", "✔", "☑", "[x]": a set flag or a ticked box. */
const setFlag = /^(?:true|yes|y|✓|✔|☑|\[x\])$/i

/**
 * A flag column of a plan kept as data (YAML or JSON front matter laid out as a table, a spreadsheet's checkbox
 * column exported as TRUE / FALSE): under a header that only asks whether the work is done ("complete",
 * "Completed", "Done?"), a set flag ("true", "TRUE", "yes", "✓") says the action is complete, as a network's
 * work programme kept in YAML writes `complete: true` per milestone and a Google Sheets checkbox exports "TRUE".
 * "false", "no" and an empty cell say only that it is not yet done, not whether it has started, so any other
 * reading stands.
 *
 * @example
 * statusFromCompletionFlag('complete', 'true', parseStatus('true')).state // 'complete'
 * statusFromCompletionFlag('complete', 'false', parseStatus('false')).state // 'unknown'
 */
export function statusFromCompletionFlag(header: string, text: string, status: Status): Status {
  if (status.state !== 'unknown' || text.length > 5 || !setFlag.test(text.trim())) return status
  const key = header
    .slice(0, 40)
    .toLowerCase()
    .replace(/[_?-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return flagHeader.test(key) ? { ...status, state: 'complete', text } : status
}

/**
 * A header that asks whether the item is still open, in lower case with "/" as a space: "open or closed", "open
 * closed", "open or closedb" (a footnote letter printed as a superscript, flattened onto the word). Anchored: linear.
 */
export const openClosedHeader = /^open (?:or )?closed[a-f]?$/

/**
 * Under a header asking whether each item is "Open or Closed", as an audit's follow-up table of recommendations
 * asks it, "Open" says the agreed action is still being carried out: in progress. "Closed" reads as complete
 * already.
 *
 * @example
 * statusFromOpenClosedColumn('Open or Closed', 'Open', parseStatus('Open')).state // 'in-progress'
 */
export function statusFromOpenClosedColumn(header: string, text: string, status: Status): Status {
  if (status.state !== 'unknown' || text.trim().toLowerCase() !== 'open') return status
  const key = header
    .slice(0, 40)
    .toLowerCase()
    .replace(/[\s/]+/g, ' ')
    .trim()
  return openClosedHeader.test(key) ? { ...status, state: 'in-progress', text } : status
}
