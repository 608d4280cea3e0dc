import { parseStatus } from '../status/parseStatus'

/** A status said in a few words ("Done", "In progress", "DONE in principle"); a longer lead is a note. */
const maxStatusWords = 4

/** "Action completed", "Action is closed": the word "Action" (or "Item", "Task") then a state. Anchored, bounded. */
const actionState =
  /^(?:action|item|task)\s(?:is\s|now\s)?(?:completed?|closed|done|finished|ongoing|on-?going|in progress|cancell?ed|on hold)\b/i

/**
 * Whether a text is only a status said in a few words ("Pending", "Closed.", "In progress"): at most `maxWords`
 * words, read as a state by the status rules. Readers use it for a line or cell that gives an item's status alone.
 *
 * @example
 * isStatusAlone('Closed.', 3) // true
 * isStatusAlone('Closed the account at the bank', 3) // false
 */
export function isStatusAlone(text: string, maxWords: number): boolean {
  return text.split(' ').length <= maxWords && parseStatus(text).state !== 'unknown'
}

/** Words in capitals at a line's start ("NOT DONE", "DONE"): how minute-takers flag an item's state. */
const capitalWord = /^[A-Z]{2,12}$/

/**
 * The words a status line of meeting notes opens with, when they report a state, else null: the lead before the
 * first full stop, comma, semicolon or colon when it is at most four words ("DONE in principle. Wayne sent the
 * report" → "DONE in principle"; "In progress; awaiting the quote" → "In progress"), or else the opening words in
 * capitals ("NOT DONE Wayne forgets the rules" → "NOT DONE"). Committees' action logs and wiki minutes write an
 * item's progress so, under the item or after it.
 *
 * @example
 * statusAtStart('DONE in principle. Wayne sent the list') // 'DONE in principle'
 * statusAtStart('NOT DONE we think this was about the process') // 'NOT DONE'
 * statusAtStart('Action completed 2 Feb 2031 - we will use this outline') // 'Action completed'
 * statusAtStart('Ask Sam about the budget') // null
 */
export function statusAtStart(text: string): string | null {
  const head = text.slice(0, 200).trim()
  // "Action completed 2 Feb 2013", "Action closed - we'll use this outline": the state of the action above, said
  // with the word "Action" before it and a date or a note after it.
  const said = actionState.exec(head)
  if (said !== null) return said[0]
  const stop = head.search(/[.,;:(]/)
  const lead = (stop < 0 ? head : head.slice(0, stop)).trim()
  if (lead !== '' && isStatusAlone(lead, maxStatusWords)) return lead
  const words = head.split(' ', maxStatusWords)
  const capitals: string[] = []
  for (const word of words) {
    if (!capitalWord.test(word)) break
    capitals.push(word)
  }
  if (capitals.length === 0) return null
  const run = capitals.join(' ')
  return parseStatus(run).state === 'unknown' ? null : run
}

/**
 * The readings that take a short status written whole, each a list of its own for a reason its pages give:
 * - `'item-end'`: the status an item of a list ends in ("… completed", "… (on hold)"), any case;
 * - `'tracker-column'`: a tracker's status cell run into the line before its comment ("… Not done (carry over?)"),
 *   capitalised, so words of the item's own sentence ("not done yet") do not cut it;
 * - `'update-lead'`: the state opening an update before a linking word ("ongoing with the notes …"), any case;
 * - `'mark-as'`: the state a minute-taker asks to record ("to be marked as complete"), any case.
 */
export type StatusPhraseReading = 'item-end' | 'tracker-column' | 'update-lead' | 'mark-as'

const allReadings: readonly StatusPhraseReading[] = ['item-end', 'tracker-column', 'update-lead', 'mark-as']

/** The one list of short statuses, as written, and the readings that take each. */
const shortStatuses: readonly (readonly [phrase: string, readings: readonly StatusPhraseReading[]])[] = [
  ['complete', allReadings],
  ['completed', allReadings],
  ['done', allReadings],
  ['ongoing', allReadings],
  ['in progress', allReadings],
  ['on hold', allReadings],
  ['on-going', ['item-end', 'update-lead', 'mark-as']],
  // "on going", as minute-takers space it.
  ['on going', ['item-end', 'update-lead', 'mark-as']],
  ['cancelled', ['item-end', 'tracker-column', 'mark-as']],
  ['canceled', ['item-end', 'tracker-column', 'mark-as']],
  ['underway', ['item-end', 'update-lead']],
  ['under way', ['item-end', 'update-lead']],
  ['closed', ['update-lead', 'mark-as']],
  ['not started', ['item-end', 'tracker-column']],
  ['deferred', ['item-end', 'tracker-column']],
  ['in-progress', ['item-end']],
  ['to do', ['item-end']],
  ['to-do', ['item-end']],
  ['todo', ['item-end']],
  // A list's items marked as nearly through: "… (mostly complete)", "… (in final stages)".
  ['established', ['item-end']],
  ['mostly complete', ['item-end']],
  ['largely complete', ['item-end']],
  ['nearly complete', ['item-end']],
  ['almost complete', ['item-end']],
  ['partly complete', ['item-end']],
  ['partially complete', ['item-end']],
  ['in final stages', ['item-end']],
  ['in the final stages', ['item-end']],
  ['not done', ['tracker-column']],
  ['carried forward', ['tracker-column']],
  ['carried over', ['tracker-column']],
  ['doing', ['tracker-column']],
  // French minutes' marks after an item: "(fait)" done, "(en cours)" under way, "(pas fait)", "(à faire)" not begun.
  ['fait', ['item-end', 'update-lead', 'mark-as']],
  ['en cours', ['item-end', 'update-lead']],
  ['pas fait', ['item-end']],
  ['à faire', ['item-end']],
]

/**
 * The short statuses a reading takes (see {@link StatusPhraseReading}), as regular-expression alternatives of
 * letters, spaces and hyphens only: lower case, or capitalised for `'tracker-column'` ("Not done", "Carried
 * forward").
 *
 * @example
 * new RegExp(`^(?:${statusPhrases('mark-as')})$`, 'i').test('Closed') // true
 */
export function statusPhrases(reading: StatusPhraseReading): string {
  const phrases = shortStatuses.filter(([, readings]) => readings.includes(reading)).map(([phrase]) => phrase)
  const written =
    reading === 'tracker-column'
      ? phrases.map((phrase) => phrase[0]!.toUpperCase() + phrase.slice(1))
      : phrases
  return written.join('|')
}
