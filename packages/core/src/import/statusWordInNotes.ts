import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'

/** "Done by HR", "Complete by May": a done word before "by", naming who or when. */
const doneBy = /^(?:done|complete)\s{1,3}by\b/i

/**
 * A notes or comments cell that is only a status word or two ("ongoing", "Complete", "In progress", "Done."),
 * in a table with no status column: a project's task list writes a task's state in its Comments column when it
 * has nothing else to say ("Project management | … | TL | ongoing"). Returns that status, or null for any cell of
 * more than three words (a note, which {@link statusFromProse} reads when it states the progress) or one that
 * names no state. "Done by HR" names who does the work and "Complete by May" when: neither is a status.
 *
 * @example
 * statusWordInNotes('ongoing')?.state // 'ongoing'
 * statusWordInNotes('Venue, equipment, guests') // null
 */
export function statusWordInNotes(text: string): Status | null {
  const words = text.trim()
  if (words === '' || words.length > 30 || words.split(/\s+/).length > 3) return null
  // "Done by HR" names who does it, "Complete by May" when: neither says the work is done.
  if (doneBy.test(words)) return null
  const status = parseStatus(words)
  return status.state === 'unknown' ? null : status
}
