import { parseStatus } from '../status/parseStatus'

/** A status said in a few words ("Done", "In progress", "DONE in principle"); a longer lead is a note. */
const maxStatusWords = 4

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
 * statusAtStart('Ask Sam about the budget') // null
 */
export function statusAtStart(text: string): string | null {
  const head = text.slice(0, 200).trim()
  const stop = head.search(/[.,;:(]/)
  const lead = (stop < 0 ? head : head.slice(0, stop)).trim()
  if (lead !== '' && lead.split(' ').length <= maxStatusWords && parseStatus(lead).state !== 'unknown')
    return lead
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
