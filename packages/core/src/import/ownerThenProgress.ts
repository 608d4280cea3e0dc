import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'

/** "Owner and progress to date", "Lead / update", "Responsible officer & status": one column for both. */
const ownerAndProgress =
  /\b(?:owners?|leads?|responsib\w{0,10}|officers?)\b[^\n]{0,30}?(?:\band\b|&|\/|\+)[^\n]{0,20}?\b(?:progress|updates?|status)\b/i

/** "Katie Pettifer – Complete: details shared": the owner, a dash, then the progress. */
const dashAfterName = /^([^–—:\n]{2,60}?)\s[–—-]\s?(\S.*)$/s

/** "Complete -", "Part complete – a note …", "Ongoing: an update …": the state word before a dash or a colon. */
const stateLead = /^([^–—:\n]{2,40}?)\s?(?:[–—:-]|$)/

/** A name holds no sentence: more words than this, or a full stop inside, is prose. */
const maxNameWords = 6

/** What {@link ownerThenProgress} reads from one cell. */
export interface OwnerThenProgress {
  /** The name(s) that open the cell, for the owners reader. */
  readonly owners: string
  /** The state the progress opens with; its text is the whole progress as written. */
  readonly status: Status
}

/**
 * Reads a cell of a column that holds both the owner and the progress ("Owner and progress to date", "Lead /
 * update"), as boards' and committees' actions-arising logs and councils' scrutiny trackers write it: the owner's
 * name, then a dash or a new line, then a state word and the note ("Katie Pettifer⏎Complete -⏎Reporting to be
 * included …", "Noel Sykes – Complete: Details shared with the Board."). The owner is the name alone and the
 * status the state word ("Part complete" → in progress, "Ongoing" → ongoing), keeping the whole progress as its
 * text. Returns null when the header does not name both, the cell does not open with a short name, or the
 * progress opens with no state word.
 *
 * @example
 * ownerThenProgress('Owner and progress', 'Sam Patel – Complete: paper circulated in May')
 * // { owners: 'Sam Patel', status: { state: 'complete', text: 'Complete: paper circulated in May', … } }
 */
export function ownerThenProgress(header: string, cell: string): OwnerThenProgress | null {
  if (!ownerAndProgress.test(header.slice(0, 120))) return null
  const text = cell.slice(0, 4000).trim()
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  let name: string
  let progress: string
  if (lines.length >= 2) {
    name = lines[0]!
    progress = lines.slice(1).join('\n')
  } else {
    const split = dashAfterName.exec(text)
    if (split === null) return null
    name = split[1]!.trim()
    progress = split[2]!.trim()
  }
  if (name.split(' ').length > maxNameWords || /\.\s|[.!?]$|[–—:]/.test(name)) return null
  const lead = stateLead.exec(progress)
  if (lead === null) return null
  const status = parseStatus(lead[1]!)
  if (status.state === 'unknown') return null
  return { owners: name, status: { ...status, text: collapseWhitespace(progress) } }
}
