import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { agreesWithOneName, isNamedOwner, ownerAtStart, ownerCell } from './ownerAtStart'
import { ownersOpeningLaterClauses } from './ownersOpeningLaterSentences'

/** "ACTION: …", "Action item: …", "AI: …": the label of an open action. Group 1 is the text after it. */
const openLabel = /^(?:action(?: items?)?|AI)\s{0,2}:\s{0,3}(\S.{0,2000})$/i
/** "Done: …", "Closed: …", "Completed: …": the label of an action finished since it was set. */
const doneLabel = /^(?:done|closed|completed|complete|finished)\s{0,2}:\s{0,3}(\S.{0,2000})$/i
/**
 * "INFORMATION:", "INFORMATION ITEM:", "For information:": the label of an item the meeting only heard, kept beside
 * its action items by minutes that label every item with its kind. Group 1 is the text after it.
 */
const infoLabel = /^(?:for information|information|info)(?: items?)?\s{0,2}:\s{0,3}(\S.{0,2000})$/i
/** "(remaining)", "(carried over)", "(open)": a marker after the label saying the action is still open. */
const openMarker =
  /^\((?:remaining|still open|open|carried(?: over| forward)?|ongoing|outstanding|in progress)\)\s{1,3}(?=\S)/i
/** "Priya / budget report": a finished item written as who and what, the name before a spaced slash. */
const whoSlashWhat = /^([^/]{1,40}?) \/ \S/
/**
 * "All WG members can …", "Each editor will …": the whole group, or each of its members, as the subject. Bounded and
 * anchored: at most three capitalised words between the quantifier and the group's noun. Not the shared readers of
 * a subject (`ownerAtStart`, `ownersNamedAsSubject`): in a plan, "Each college will …" names those the action serves
 * and they read no owner there, while in a working group's own minutes its members are the ones who take the item on.
 */
const groupSubject =
  /^((?:All|Each|Every) (?:[\p{L}&/-]{1,20} ){0,3}(?:members?|staff|editors?|chairs?|participants?|attendees?))\s(?:can|will|to|should|must|may)\s\S/u
/** At least this many items make the list. */
const minItems = 3
/** At least this many items labelled as information show the page labels its items by kind. */
const minInformation = 2

/**
 * Reads the action list of minutes that label every item with its kind, as standards bodies' working groups keep
 * their master list: "ACTION: Ana to draft the glossary" for an open action, "Done: Raj / style guide" for one
 * finished since the last meeting, and a marker right after the label for one carried over ("ACTION: (remaining)
 * Lee to update the registry"). Each labelled line is one action, titled by its text after the label and the
 * marker; a "Done:" item is complete, a carried one in progress, any other open (its state unknown). The owner is named at the text's start ("Ana to
 * …", "Ana & Lee to …", "Ana: …"), as the subject of a verb agreeing with one name ("Ana takes the lead on …"), as
 * a whole group ("All panel members can review …"), or,
 * in a finished item written as who and what, before the slash ("Raj / style guide"). The lines above the first
 * item are the title rows; headings and notes between items are left out. Returns null unless a one-column page
 * holds at least three such items, open and finished ones both, with two finished ones in a row somewhere (a
 * field of a record is never written twice running, so the page is a list, not records labelled "Done").
 *
 * @example
 * readKindLabelledItems([
 *   ['Editors call'], ['ACTION: Ana to draft the glossary'], ['Done: Raj / style guide'], ['Done: Lee / logo'],
 * ])?.rows.slice(2) // [['Ana to draft the glossary', 'Ana', 'Open'], ['Raj / style guide', 'Raj', 'Done'], ['Lee / logo', 'Lee', 'Done']]
 */
export function readKindLabelledItems(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  let open = 0
  let information = 0
  let doneRun = 0
  let doneTwice = false
  let first = -1
  for (const line of lines) {
    const done = doneLabel.exec(line.text)
    const action = done === null ? openLabel.exec(line.text) : null
    if (done === null && action === null && infoLabel.test(line.text)) {
      // An item the meeting only heard: no action, but it shows the page labels its items by kind.
      information++
      doneRun = 0
      if (first < 0) first = line.index
      skippedRows.push(line.index + 1)
      continue
    }
    if (done === null && action === null) {
      doneRun = 0
      if (first >= 0) skippedRows.push(line.index + 1)
      continue
    }
    if (first < 0) first = line.index
    if (done !== null) {
      if (++doneRun >= 2) doneTwice = true
      const text = done[1]!.trim()
      records.push({ index: line.index, cells: [text, ownerOf(text, true), 'Done'] })
      continue
    }
    doneRun = 0
    open++
    const marker = openMarker.exec(action![1]!)
    const text = marker === null ? action![1]!.trim() : action![1]!.slice(marker[0].length).trim()
    // The label says the action is open; a marker after it, that work on it has begun.
    records.push({
      index: line.index,
      cells: [text, ownerOf(text, false), marker === null ? 'Open' : 'In progress'],
    })
  }
  // Items labelled "INFORMATION:" beside the "ACTION:" ones label every item by kind as finished ones do.
  const byKind = information >= minInformation || (records.length >= minItems && doneTwice)
  if (open === 0 || !byKind) return null
  return oneColumnRecords(table.slice(0, first), first + 1, ['Action', 'Owner', 'Status'], records, {
    mergedRows: [],
    skippedRows,
    titleEvidence: 'each line labelled with its kind ("ACTION:", "Done:"), after the label',
  })
}

/** The owner an item's text names, as written, or '' when it names none. */
function ownerOf(text: string, finished: boolean): string {
  const named = ownerAtStart(text, 'name-first')
  if (named !== null) return [ownerCell(named), ...ownersOpeningLaterClauses(text)].join(', ')
  const group = groupSubject.exec(text)
  if (group !== null) return group[1]!
  // "Ana takes the lead on …": one name, then a verb agreeing with it; not "Further suggestions … will be asked
  // for", whose second word is a noun of the subject before its own verb.
  const [name = '', verb = ''] = text.split(' ', 2)
  if (
    /^\p{Ll}+$/u.test(verb) &&
    agreesWithOneName(verb) &&
    isNamedOwner(name) &&
    !verbLater.test(text.slice(0, 200))
  )
    return name
  if (!finished) return ''
  const who = whoSlashWhat.exec(text)?.[1]?.trim()
  return who !== undefined && isNamedOwner(who) ? who : ''
}

/** A finite verb among the few words after a sentence's second word: its first two words are its subject. */
const verbLater = /^\S+ \S+(?: \S+){0,4} (?:will|shall|must|should|can|are|is|were|was|have|has)\s/
