import { statusAtStart } from './statusAtStart'

/** A state flagged in one capitalised word, as a minute-taker closes an action's update: "Closed", "Done". */
const stateWord = /^(?:Closed|Done|Complete|Completed|Ongoing|On-going)$/

/** A closing sentence that is all a status has at most this many words ("Closed", "Done", "Still in progress"). */
const maxStatusWords = 3

/** A state word glued to the end closes an update of at least this many words, never a short item ("Mark it Done"). */
const minGluedWords = 6

/** "Done. Closed": at most this many status sentences close an update. */
const maxStatusSentences = 3

/** Whether the text has at least `count` space-separated words, counting no further than that. */
function hasWords(text: string, count: number): boolean {
  let at = -1
  for (let word = 1; word < count; word++) {
    at = text.indexOf(' ', at + 1)
    if (at < 0) return false
  }
  return true
}

/** The text before an item's last sentence (its full stop kept) and that sentence; null when the head would be
 * shorter than an item. */
function closingSentence(text: string): { head: string; tail: string } | null {
  const stop = text.lastIndexOf('. ')
  if (stop < 0) return null
  const head = text.slice(0, stop + 1)
  const tail = text.slice(stop + 2).trim()
  return tail === '' || !hasWords(head, minItemWords) ? null : { head, tail }
}

/** Words before a closing state: an item is at least an owner, a verb and what is to be done. */
const minItemWords = 3

/**
 * An item's text and the state its update closes with, as minutes reviewing earlier actions write each one: the
 * action, what was done since, then its state, often set apart in italics that a plain-text copy loses. Three ways
 * are read: a closing sentence that is all a status, in at most three words ("… we should not progress this at this
 * stage. Closed", "… re GC5 tuning. Done. Closed", "… ensemble member. Ongoing."); a closing sentence that opens
 * with a state word in capitals followed by the note on it, its full stop lost with the italics ("… rivers runoff.
 * Ongoing Need a reformulated action."), the whole sentence kept as the status; and a state word in capitals
 * glued to the end of the update ("… has updated the issue https://example.org/issues/3 Closed"). Working groups',
 * research programmes' and committees' minutes review their action log so. Else the status is '' and the text the
 * whole line.
 *
 * @example
 * statusClosingUpdate('Jo to ask the supplier for a quote. Quote received in March. Closed')
 * // { text: 'Jo to ask the supplier for a quote. Quote received in March.', status: 'Closed' }
 * statusClosingUpdate('Jo to book the room. Ongoing Waiting for the estates team.')
 * // { text: 'Jo to book the room.', status: 'Ongoing Waiting for the estates team.' }
 */
export function statusClosingUpdate(line: string): { text: string; status: string } {
  const text = line.trimEnd()
  // "… re GC5 tuning. Done. Closed": each closing sentence that is all a status is part of it.
  let head = text
  for (let round = 0; round < maxStatusSentences; round++) {
    const sentence = closingSentence(head)
    if (sentence === null) break
    const bare = sentence.tail.replace(/\.$/, '')
    if (hasWords(bare, maxStatusWords + 1) || statusAtStart(bare) !== bare) break
    head = sentence.head
  }
  if (head !== text) return { text: head, status: text.slice(head.length).trim() }
  // "… rivers runoff. Ongoing Need a reformulated action.": a state word, then its note as a new sentence.
  const sentence = closingSentence(text)
  const words = sentence === null ? [] : sentence.tail.split(' ', 2)
  if (words.length === 2 && stateWord.test(words[0]!) && /^\p{Lu}\p{Ll}/u.test(words[1]!))
    return { text: sentence!.head, status: sentence!.tail }
  // "… https://example.org/issues/3 Closed": the state word glued to the end of the update.
  const space = text.lastIndexOf(' ')
  const last = space < 0 ? '' : text.slice(space + 1)
  const before = text.slice(0, Math.max(space, 0))
  if (stateWord.test(last) && hasWords(before, minGluedWords) && !/[.:;,]$/.test(before))
    return { text: before, status: last }
  return { text: line, status: '' }
}
