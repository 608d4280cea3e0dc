/** "2024-06-05: ": the ISO day an action item was recorded, then a colon. */
const recordedDate = /^\d{4}-\d{2}-\d{2}:\s{1,3}/

/** One word of a name or a group: "Cindy", "Kühlewind", "IAB", "O’Brien", "Jean-Luc". */
const nameWord = /^\p{Lu}[\p{L}'’-]{0,30}$/u

/** A name is at most this many words ("Mirja Kühlewind", "Liaison Managers", "All IAB"). */
const maxNameWords = 3
/** An item names at most this many owners. */
const maxNames = 6

/** After "to", a determiner or pronoun makes "to" a preposition ("Cindy to the chairs …"), not an infinitive. */
const notVerb = /^(?:a|an|the|all|any|each|every|her|him|his|its|our|their|them|these|this|those|us|me)$/

/**
 * The owners of an action item logged with the day it was recorded, as standards bodies' boards and working groups
 * keep their action lists (the IAB's and IESG's "2024-06-05: Cindy Morgan to send the call for nominations on
 * 2024-06-11.", W3C groups' and project wikis' dated action logs): after the date and its colon, one or more names
 * (capitalised words, or a group such as "All IAB" or "Liaison Managers") joined by commas and "and", then "to" and
 * a verb. "et al" after a name is dropped ("Suresh Krishnan et al to …" → Suresh Krishnan); people the owner is to
 * work with, later in the item, are not owners. The title keeps the date and the names as written. Returns []
 * when the item does not open so.
 *
 * @example
 * ownersAfterRecordedDate('2031-03-02: Ana Silva and Tom Reid to draft the charter.') // ['Ana Silva', 'Tom Reid']
 * ownersAfterRecordedDate('2031-03-02: Review the charter.') // []
 */
export function ownersAfterRecordedDate(title: string): string[] {
  const date = recordedDate.exec(title)
  if (date === null) return []
  const rest = title.slice(date[0].length, date[0].length + 200)
  const to = rest.indexOf(' to ')
  if (to <= 0) return []
  const verb = /^[a-z]{2,20}\b/.exec(rest.slice(to + 4))
  if (verb === null || notVerb.test(verb[0])) return []
  const names = rest
    .slice(0, to)
    .replace(/\s+et al\.?$/, '')
    .split(/,\s(?:and\s)?|\sand\s|\s&\s/)
    .map((name) => name.trim())
  if (names.length > maxNames) return []
  const valid = names.every((name) => {
    const words = name.split(' ')
    return words.length <= maxNameWords && words.every((word) => nameWord.test(word))
  })
  return valid ? names : []
}
