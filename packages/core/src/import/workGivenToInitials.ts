import { splitInitialsOwners } from './ownerAtStart'
import { splitSentences } from './proseStep'

/** "Present", "Attendees", "In attendance", "Apologies": the line of minutes that lists who was there. */
const attendanceWord = /\b(?:present|attend(?:ees|ance|ing)|apologies)\b/i
/** Initials as minutes print them after a name: two to four capitals, a word of their own. */
const initialsWord = /(?<![\p{L}\p{N}])\p{Lu}{2,4}(?![\p{L}\p{N}])/gu
/** A roster names at least this many people by their initials. */
const minRoster = 2
/** Lines longer than this are read no further (an attendance line or a minute is a few hundred characters). */
const maxLine = 2000

/**
 * The initials the attendance lines of minutes give their members ("Members Present – Chairman PAB, Treasurer BT,
 * Paul Baines PJB", "Apologies: JM"), or an empty set when no line lists at least two. Minutes name people by these
 * initials from then on.
 *
 * @example
 * rosterOfInitials(['Present: Chair PAB, Treasurer BT, Tom Wills TMW']) // Set { 'PAB', 'BT', 'TMW' }
 */
export function rosterOfInitials(texts: readonly string[]): ReadonlySet<string> {
  const roster = new Set<string>()
  for (const text of texts) {
    if (text.length > maxLine || !attendanceWord.test(text)) continue
    for (const match of text.matchAll(initialsWord)) roster.add(match[0])
  }
  return roster.size >= minRoster ? roster : new Set()
}

/** Initials joined as minutes join them: "TMW, IRP and BT", "JM/TB", "PJB & TW". Each part is two to four capitals. */
const initialsGroup = String.raw`\p{Lu}{2,4}(?:(?:, | and | & |\/)\p{Lu}{2,4}){0,5}`
/** "BT to investigate", "TW offered to paint", "JM will ask": initials, then the link to the work and a word. */
const activeClause = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${initialsGroup}) (?:to|will|(?:offered|agreed|volunteered|undertook) to) (\p{Ll}+)`,
  'gu',
)
/** "… would be adjusted by PJB.": the initials after "by" at a sentence's end. */
const byAtEnd = new RegExp(String.raw`\sby (${initialsGroup})[.!]?$`, 'u')
/** "would be", "will be", "to be", "should be": work still to be done, in the passive. */
const passiveToCome = /\b(?:would|will|shall|should|must|to) be \p{Ll}/u
/** Where a clause may open within a sentence: its start, or after a semicolon, a colon or a spaced dash. */
const clauseOpening = /(?:[;:]\s{1,3}|\s[–—-]\s{1,3})$/
/** After "to", these make no work: "BT to be told", "JM to the bank". */
const notWork: ReadonlySet<string> = new Set(['be', 'the', 'a', 'an', 'all', 'his', 'her', 'their', 'them'])

/** The initials a group names, when every one is on the roster; else null. */
function onRoster(group: string, roster: ReadonlySet<string>): string[] | null {
  const names = splitInitialsOwners(group)
  return names.every((name) => roster.has(name)) ? names : null
}

/**
 * The work a line of minutes gives to members named by their initials, when the minutes print no action label and
 * the attendance line lists who the initials are ({@link rosterOfInitials}): a clause opening its sentence, or
 * following a semicolon, colon or spaced dash, that names the initials before "to", "will" or "offered / agreed /
 * volunteered to" and a word in lower case ("BT to investigate, and if …", "One of the numbers has failed. PJB to
 * investigate.", "TMW, IRP and BT to investigate."); or a sentence of work still to come in the passive that ends
 * "by" the initials ("The gang mowers … would be adjusted by PJB."). The title runs from the clause (or the
 * passive sentence's start) to the end of its sentence; the owners are the initials, each on the roster. Null
 * when the line gives no such work.
 *
 * @example
 * workGivenToInitials('The gate is broken. JM to investigate.', new Set(['JM'])) // { title: 'JM to investigate.', owners: ['JM'] }
 */
export function workGivenToInitials(
  text: string,
  roster: ReadonlySet<string>,
): { title: string; owners: string[] } | null {
  if (roster.size === 0 || text.length > maxLine) return null
  for (const sentence of splitSentences(text)) {
    for (const match of sentence.matchAll(activeClause)) {
      const opens =
        match.index === 0 || clauseOpening.test(sentence.slice(Math.max(0, match.index - 5), match.index))
      if (notWork.has(match[2]!) || !opens) continue
      const owners = onRoster(match[1]!, roster)
      if (owners !== null) return { title: sentence.slice(match.index), owners }
    }
    const by = byAtEnd.exec(sentence.slice(-80))
    if (by !== null && passiveToCome.test(sentence)) {
      const owners = onRoster(by[1]!, roster)
      if (owners !== null) return { title: sentence, owners }
    }
  }
  return null
}
