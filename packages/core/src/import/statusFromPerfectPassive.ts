import type { Status } from '../model/status'

// Participles that, in "has been …", report the work finished ("carried" and "rolled" out, "put" in place, "set"
// up). Delayed, started or extended work is not finished, so the list names what is done rather than every
// participle.
export const doneParticiples: ReadonlySet<string> = new Set(
  (
    'published completed implemented delivered launched established introduced updated reviewed revised appointed ' +
    'recruited held run created produced adopted approved achieved met carried undertaken finalised finalized ' +
    'installed issued signed circulated distributed rolled put set agreed embedded written shared filled'
  ).split(' '),
)

/**
 * "has been published", "have now been updated, published and …", "has been written and shared": the present
 * perfect passive, with at most three participles joined by commas or "and". Bounded gaps only, so no
 * backtracking without bound.
 */
const perfectPassive =
  /\b(?:has|have)\s{1,3}(?:now\s{1,3}|already\s{1,3}|also\s{1,3})?been\s{1,3}([a-z]{2,20}(?:(?:,|\s{1,3}and)\s{1,3}[a-z]{2,20}){0,2})/gi
/** "has not been", "has yet to be", "has never been": the same words saying the work is not done. */
const notDone = /\b(?:has|have)\s{1,3}(?:not|never|yet)\b|\bhasn['’]t\b|\bhaven['’]t\b/i

/**
 * Reads an answer in the status column reporting the work as done in the present perfect passive ("The new form
 * has been updated and published.", "Targets have been met"): a reader takes it as `complete`. Only a status
 * that says nothing yet (`unknown`) is changed; an answer that says the work has not been done is left as it is.
 *
 * @example
 * statusFromPerfectPassive('The guidance has been revised and circulated.', unknownStatus).state // 'complete'
 */
export function statusFromPerfectPassive(text: string, status: Status): Status {
  if (status.state !== 'unknown' || notDone.test(text)) return status
  for (const match of text.matchAll(perfectPassive)) {
    const words = match[1]!.toLowerCase().split(/[\s,]+/)
    if (words.some((word) => doneParticiples.has(word))) return { ...status, state: 'complete' }
  }
  return status
}
