import { parseStatus } from '../status/parseStatus'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine } from './oneColumnRecords'

/** At least this many topic lines under the lead-in make the layout. */
const minTopics = 4

/** A line longer than this is read no further. */
const maxLine = 2000

/** "… re the following;", "Updates were given on:": a line leading into the list below it, ending in ";" or ":". */
const leadIn = /[;:]$/

/**
 * "Rowing machine – ", "Roof- ", "Gym No. – ": a topic of one to six words opening the line, then a dash (spaced, or
 * glued to the topic and followed by a space). Group 1 is the topic. Bounded.
 */
const topicDash = /^(\p{Lu}[\p{L}\p{N}'’&.,/-]{0,30}(?: [\p{L}\p{N}'’&.,/-]{1,30}){0,5}?) ?[-–—] (?=\S)/u

/**
 * "GG dealing …", "JF to pursue.", "AL to update but …": initials opening the update, then "to" and a verb or a verb in
 * "-ing", as minutes say who has each topic in hand. Group 1 is the initials. Bounded.
 */
const initialsAtWork = /^(\p{Lu}{2,4}(?:\/\p{Lu}{2,4}){0,2}) (?:to \p{Ll}|\p{Ll}{2,20}ing\b)/u

/** ", JB to notify …", ". DS to pursue": initials opening a later clause, then "to" and a verb. Group 1 the initials. */
const initialsToLater = /[,.;] (\p{Lu}{2,4}(?:\/\p{Lu}{2,4}){0,2}) to \p{Ll}/u

/** The owners an update names ("GG dealing …" → GG, "… , JB to notify …" → JB), joined by ", ", or ''. */
function ownersOf(update: string): string {
  const found = initialsAtWork.exec(update) ?? initialsToLater.exec(update)
  return found === null ? '' : found[1]!.split('/').join(', ')
}

/**
 * Reads minutes that run through their matters arising as a list of topics, each with its update after a dash,
 * under a line leading into it ("The chair went through the open items;" over "Boiler – ongoing.", "Lighting –
 * PT dealing with the electrician.", "Car park – MO to ask the council.", "Funding- RB handling it in the accounts."): each
 * line of the list is an action titled by the whole line; the initials opening the update before "to" and a verb or a
 * verb in "-ing" ("PT dealing …"), or opening a later clause before "to" (", MO to ask …"), are its owners, and an
 * update that is only a status ("ongoing") is its status. The lines above the lead-in are the title rows. Null unless
 * a one-column page has such a lead-in with at least four topic lines right below it, running to the page's end.
 *
 * @example
 * readTopicUpdateLines([
 *   { index: 0, text: 'Minutes' }, { index: 1, text: 'Updates on the following;' }, { index: 2, text: 'Boiler – ongoing.' },
 *   { index: 3, text: 'Signs – PT dealing.' }, { index: 4, text: 'Bins – MO to ask.' }, { index: 5, text: 'Gate – to be fixed.' },
 * ])?.rows.at(-3) // ['Signs – PT dealing.', 'PT', '']
 */
export function readTopicUpdateLines(lines: readonly PageLine[] | null): FlattenedActionTables | null {
  if (lines === null) return null
  // The lead-in: the last line ending in ";" or ":" from which every line to the page's end is a topic line.
  let start = lines.length
  while (start > 0 && lines[start - 1]!.text.length <= maxLine && topicDash.test(lines[start - 1]!.text))
    start--
  if (lines.length - start < minTopics || start < 2 || !leadIn.test(lines[start - 1]!.text)) return null
  const records: OneColumnRecord[] = []
  for (const line of lines.slice(start)) {
    const update = line.text.slice(topicDash.exec(line.text)![0].length)
    const state = parseStatus(update.replace(/[.!]$/, ''))
    const status =
      state.state !== 'unknown' && update.split(' ').length <= 2 ? update.replace(/[.!]$/, '') : ''
    const owners = ownersOf(update)
    // A row naming no one and no status keeps its line as its description, so it is not read as a heading.
    records.push({
      index: line.index,
      cells: [line.text, owners, status, owners === '' && status === '' ? line.text : ''],
    })
  }
  const top = lines[0]!.index
  return oneColumnRecords(
    [[lines[0]!.text]],
    top + 1,
    ['Action', 'Owner', 'Status', 'Description'],
    records,
    {
      mergedRows: [],
      // The roll, the minutes signed and the lead-in above the list are no actions.
      skippedRows: lines.slice(1, start).map((line) => line.index + 1),
      titleEvidence: 'each topic line under a lead-in, its update after a dash ("Boiler – PT dealing.")',
    },
  )
}
