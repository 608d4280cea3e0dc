import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'

/** A progress or update cell longer than this many words is prose, not a status word. */
const proseWords = 6

/**
 * Reads the status out of an update written as prose ("Work is in progress: the group has met twice and a
 * draft is out"), with `parseStatus`, which keeps such prose whole as the status note. Returns null when the
 * text is short (a note, not an update) or names no status.
 *
 * @example
 * statusFromProse('Work is in progress: the group has met twice and a draft is out.')?.state // 'in-progress'
 */
export function statusFromProse(text: string): Status | null {
  if (collapseWhitespace(text).split(' ').length <= proseWords) return null
  const status = parseStatus(text)
  return status.state === 'unknown' ? null : status
}
