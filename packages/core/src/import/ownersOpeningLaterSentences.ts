import { isNamedOwner } from './ownerAtStart'
import { isThingShaped, namesOpening } from './ownersOpeningActionItem'

/** A sentence break: a full stop, "!" or "?", a space or three, then a capital letter. Bounded. */
const sentenceBreak = /[.!?]\s{1,3}(?=[A-Z])/g

/** "… to be …" right after the names: the sentence says what is done to something. Bounded. */
const passiveAfterNames = /^[^.!?]{1,120}? to be\b/

/** At most this many sentences after the first are read. */
const maxSentences = 6

/**
 * The people a later sentence of an action point names before "to" and a verb, as minutes write one point that
 * shares its work out: "Toni to send the prizes list. Neville to book the courier." → Neville (Toni, who opens the
 * point, is read by the caller). Each later sentence that opens with one or more first names (or first name and
 * surname) joined by commas or "and", then "to" and a verb, adds its names; "Write to …", "Each member to …" or
 * "Access to the room …" name nobody. Only the first 1,000 characters are read. Returns [] when no later sentence
 * names anyone.
 *
 * @example
 * ownersOpeningLaterSentences('Toni to send the prizes list. Neville to book the courier.') // ['Neville']
 * ownersOpeningLaterSentences('Toni to send the list. Prizes to be collected in May.') // []
 */
export function ownersOpeningLaterSentences(title: string): string[] {
  const text = title.slice(0, 1000)
  const names: string[] = []
  let count = 0
  for (const match of text.matchAll(sentenceBreak)) {
    if (++count > maxSentences) break
    const sentence = text.slice(match.index + match[0].length)
    const named = namesOpening(sentence)
    // "Prizes to be collected …", "Plans to …": acted on, or a thing, not a person taking the work on.
    if (named.length === 0 || passiveAfterNames.test(sentence.slice(0, 200))) continue
    if (named.some(isThingNamed)) continue
    for (const name of named) if (!names.includes(name)) names.push(name)
  }
  return names
}

/** Whether a name opening a later part is a thing's ("Prizes", "Plans"), not a person's. */
function isThingNamed(name: string): boolean {
  return isThingShaped(name.split(' ')[0]!)
}

/** ", and Priya will send …", "; Tom to book …": a later clause handing part of the work to another name. */
const laterClauseOwner =
  /(?:,|;) (?:and )?([A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20})?) (?:will|to) (?!be\b)[a-z]/g

/**
 * The people a later clause of an item that already names its owner hands part of the work to, as
 * {@link ownersOpeningLaterSentences} reads later sentences: each clause after a comma or a semicolon (", and" allowed)
 * that opens with a first name (or first name and surname), then "will" or "to" and a verb, adds its name; "… to be"
 * names nobody. Only the first 1,000 characters are read. Returns [] when no later clause names anyone.
 *
 * @example
 * ownersOpeningLaterClauses('Pat will ask the museum, and Shannon will tell the staff') // ['Shannon']
 * ownersOpeningLaterClauses('Pat will ask the museum, and Prizes will be sent') // []
 */
export function ownersOpeningLaterClauses(text: string): string[] {
  const names: string[] = []
  for (const match of text.slice(0, 1000).matchAll(laterClauseOwner)) {
    const name = match[1]!
    if (isNamedOwner(name) && !isThingNamed(name) && !names.includes(name)) names.push(name)
  }
  return names
}
