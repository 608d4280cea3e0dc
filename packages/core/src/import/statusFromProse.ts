import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'

/** A progress or update cell longer than this many words is prose, not a status word. */
const proseWords = 6

// "Neither the survey nor the census was run", "The workshop did not take place", "were not held": a review
// saying, in the past, that the action did not happen. Bounded gaps only, so no backtracking without bound.
const didNotHappen =
  /\b(?:(?:was|were)\s{1,3}(?:not|never)\s{1,3}(?:run|held|carried out|undertaken)|did\s{1,3}not\s{1,3}(?:run|take place|happen|go ahead)|neither\b[^.;]{1,80}\bnor\b[^.;]{1,80}\b(?:was|were)\s{1,3}(?:run|held|carried out|undertaken))\b/i
/** Words of a new plan for it: then it is late or moved, not cancelled. */
const notOver = /\b(?:yet|will|planned|rescheduled|instead|next|now|later)\b/i

/**
 * Reads the status out of an update written as prose ("Work is in progress: the group has met twice and a
 * draft is out"), with `parseStatus`, which keeps such prose whole as the status note. An update saying the
 * action did not happen ("Neither survey was run, because …", "The fair did not take place") with no new plan
 * for it in the same sentence is `cancelled`. Returns null when the text is short (a note, not an update) or
 * names no status.
 *
 * @example
 * statusFromProse('Work is in progress: the group has met twice and a draft is out.')?.state // 'in-progress'
 * statusFromProse('The survey was not run, as it clashed with the staff survey.')?.state // 'cancelled'
 */
export function statusFromProse(text: string): Status | null {
  if (collapseWhitespace(text).split(' ').length <= proseWords) return null
  const status = parseStatus(text)
  if (status.state !== 'unknown') return status
  const cancelled = text
    .split(/[.;](?:\s|$)/)
    .some((sentence) => didNotHappen.test(sentence) && !notOver.test(sentence))
  return cancelled ? { ...status, state: 'cancelled' } : null
}
