import { parseStatus } from '../status/parseStatus'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine } from './oneColumnRecords'
import { isNamedOwner, isWholeGroup, ownerAloneAfterLabel, ownersJoined } from './ownerAtStart'
import { bracketAtEnd } from './bracketAtEnd'
import { BULLET_MARKS } from './bulletMarks'
import { ownersInBrackets } from './ownersInBrackets'
import { splitSentences } from './proseStep'

/** A sentence given to the names a closing mark holds is at least this many words ("Leaflet to be reprinted"). */
const minClosedWords = 3

/** At least this many marked lines make the layout. */
const minMarked = 3

/** A line longer than this is read no further (a minute is a few hundred characters). */
const maxLine = 2000

/**
 * "ACTION Ines …", "ACTIONs Olu …", "ACTION – Olu to …": the minute-taker's mark in capitals (a spaced dash may follow it), with no colon (a labelled line "ACTION: …" is read as such), before the name of whoever
 * takes the action on. It stands at the line's start (after an item's number), after a topic's label and a spaced dash
 * or a colon ("Website - ACTION …"), or after a sentence ("… from Olu . ACTION …"). Case-sensitive and bounded.
 */
const mark = /(?:^|[.!?:]\s{1,3}|\s[-–—]\s{1,3})ACTION[sS]?(?:\s{1,3}[-–—])?\s{1,3}(?=\p{Lu})/u

/**
 * "… the bill Action Chris to email …", "… Barclays Action: Ana to call …", "… approved - all Action - Ana to …": the
 * mark tacked onto the end of a paragraph, in capitals or not, after a word in lower case or set off from what
 * follows by a colon or a spaced dash. A line opening with "ACTION:" is a labelled line, read elsewhere; a capitalised
 * word before a bare mark ("Climate Action Group") makes it part of a name. Group 1 is the word before, group 2 the
 * colon or dash after. Global (the caller tries each), bounded.
 */
const markInParagraph =
  /(?<=\S)\s{1,3}(\p{L}{0,30}[.,;]?)\s?(?:ACTION|Action)[sS]?(\s{0,2}:|\s{1,3}[-–—])?\s{1,3}(?=\p{Lu})/gu

/** "TK to …", "AW agenda item …", "Ana will …": after "ACTION –", the initials or name of whoever is given the work. */
const givenAfterDash =
  /^(?:\p{Lu}{2,4}(?:\/\p{Lu}{2,4}){0,3}\s|\p{Lu}[\p{L}'’-]{0,20}(?: \p{Lu}[\p{L}'’-]{0,20})? (?:to|will) )/u

/**
 * "… to go to the groundsman ACTION Rhea/Omar", "… to write again. ACTION SECRETARY": the bare mark in capitals closing a
 * paragraph, followed only by whoever takes the work on (one to three names of one to three capitalised words, joined
 * by "/", "," "&" or "and"). A closing "Action: KM" is read with the paragraphs ending in their owners; "… the Climate
 * Action Group" is a name. Group 1 is the names. Anchored at the end, bounded.
 */
const closingMark =
  /\s{1,3}(?:ACTION[sS]?(?:\s{1,3}[-–—])?|Action\s{0,2}:)\s{1,3}(\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2}(?:(?:\s{0,2}[/,&]\s{0,2}| and )\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2}){0,3})\s{0,2}\.?$/u

/** "24/003 - ", "24/012 ": a minute's code, the year and the minute's number, opening the line. Group 1 is the code. */
const minuteCode = /^(\d{2}\/\d{2,4})\s{0,3}(?:[-–—:]\s{1,3})?(?=\S)/

/** "Action 4/12/3 Ana to …", "ACTION 7.2 Tom will …": the minute's code of the action right after a mark in any case at
 * the line's start, then the name. Group 1 is the code. Bounded. */
const codedMark = /^(?:ACTION|Action)\s{1,3}(\d{1,3}(?:[./]\d{1,4}){1,3})\s{1,3}(?=\p{Lu})/u

/** "ACTION (RR): check …", "Action (Ana/Tom) - book …", "* ACTION (KD + SW): …": a mark at the line's start (after
 * a bullet of the shared list, as a list of action points in an e-mail sets each off), then the owners in round brackets and a colon or
 * dash before the work. Group 1 is the bracket. Bounded. */
const bracketedMark = new RegExp(
  String.raw`^(?:[${BULLET_MARKS}]\s{1,3})?(?:ACTION|Action)[sS]?\s{0,3}(\([^()]{1,60}\))\s{0,2}(?::|\s[-–—])?\s{1,3}(?=\S)`,
  'u',
)

/** " + ": owners added one to another in a mark's bracket ("(KD + SW)"). */
const plusJoin = /\s{1,2}\+\s{1,2}/g

/** "with support from ", "supported by ", "helped by ": the words before a helper's name in a mark's bracket. */
const helperWords = /^(?:with (?:support|help) from|supported by|helped by)\s{1,2}/i

/**
 * The owners a mark's bracket holds: the names it joins (by commas, "/", "&", "and" or " + "), a helper named after
 * "with support from" among them ("(KD + with support from SW)" → KD, SW), or the whole group alone ("(all)",
 * "(tous)", as the owner reader names it); [] when any part is not a name ("(see below)").
 */
function bracketOwners(bracket: string): string[] {
  const inner = bracket.slice(1, -1).trim()
  if (isWholeGroup(inner)) return [inner]
  const parts = inner.split(plusJoin).map((part) => part.replace(helperWords, ''))
  return ownersInBrackets(`(${parts.join(', ')})`)
}

/**
 * "👷 Dan volunteered to …", "- 📌 Ana will …": a pictograph opening a line (after an optional bullet), as some
 * minute-takers mark each action item with one emoji. Only the pictographs of people, objects and symbols count
 * (U+1F300 to U+1FAFF); the coloured circles, squares and triangles a status legend uses are left out below.
 */
const pictographLead = /^(?:[-*•]\s{1,3})?([\u{1F300}-\u{1FAFF}])\uFE0F?\s{0,3}(?=\S)/u

/**
 * "**Ana to email the council", "***Tom will …": two or three asterisks typed before a capital, as a minute-taker flags
 * each action line of plain notes. Group 1 is the asterisks. Anchored, bounded; a line that closes the asterisks
 * again ("**Film night**") is bold type, no mark.
 */
const asteriskLead = /^(\*{2,3})\s{0,2}(?=\p{Lu})/u

/** The mark opening a line, a pictograph ({@link pictographLead}) or asterisks ({@link asteriskLead}), and its length
 * with the spaces after it; null when the line opens with neither. */
function leadMark(text: string): { mark: string; length: number } | null {
  const pictograph = pictographLead.exec(text)
  if (pictograph !== null) return { mark: pictograph[1]!, length: pictograph[0].length }
  const asterisks = asteriskLead.exec(text)
  if (asterisks === null || text.includes('**', asterisks[0].length)) return null
  return { mark: asterisks[1]!, length: asterisks[0].length }
}

/** 🔴 🔶 🔺 🟢 🟥 …: coloured shapes, a traffic-light status, never an action's mark. */
const statusShape = /[\u{1F532}-\u{1F53D}\u{1F7E0}-\u{1F7FF}]/u

/** "(Matt Lee?) is dealing with …": a name in brackets, queried by the minute-taker, before the work. Bounded. */
const queriedName = /^\((\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2})\??\)(?=\s\p{Ll})/u

/**
 * The pictograph that marks a page's action items: the one opening at least {@link minMarked} lines, not a coloured
 * shape; null when none does or two do.
 */
function actionPictograph(lines: readonly PageLine[]): string | null {
  const counts = new Map<string, number>()
  for (const line of lines) {
    const lead = leadMark(line.text)?.mark
    if (lead !== undefined && !statusShape.test(lead)) counts.set(lead, (counts.get(lead) ?? 0) + 1)
  }
  const marks = [...counts].filter(([, count]) => count >= minMarked)
  return marks.length === 1 ? marks[0]![0] : null
}

/** The text after the page's action mark: a bare "ACTION", or the page's pictograph opening the line; null without. */
function afterMark(text: string, pictograph: string | null): string | null {
  if (text.length > maxLine) return null
  const marked = mark.exec(text)
  // After "ACTION –", only initials or a name given the work ("TK to …", "Ana will …"): "ACTION - Add a header"
  // heads the action below it.
  const dashed = marked !== null && /[-–—]\s{0,3}$/.test(marked[0])
  if (marked !== null && (!dashed || givenAfterDash.test(text.slice(marked.index + marked[0].length))))
    return text.slice(marked.index + marked[0].length)
  const lead = pictograph === null ? null : leadMark(text)
  return lead !== null && lead.mark === pictograph ? text.slice(lead.length) : null
}

/** A marked line's action: its ref ('' when none), the title, the owners as written and how many there are. */
interface MarkedAction {
  readonly ref: string
  readonly title: string
  readonly owners: readonly string[]
}

/**
 * The action a line marks: after a bare "ACTION" or the page's pictograph, the name right after it and the work;
 * after "Action" and the minute's code ("Action 4/12/3 Ana to …"), the code as the ref; after "ACTION (RR):", the
 * owners in the bracket and the work after the colon; or a mark tacked onto the end of a paragraph
 * ({@link markInParagraph}). Null when the line is marked nowhere or names no owner after its mark.
 */
function markedAction(text: string, pictograph: string | null): MarkedAction | null {
  if (text.length > maxLine) return null
  const closing = closedAction(text)
  if (closing !== null) return closing
  const after = afterMark(text, pictograph)
  if (after !== null) {
    const named = namedAction(after, pictograph !== null)
    // "**Anyone with receipts to give them to Olu.": the page's own mark makes the line an action, though it names
    // no owner; a bare "ACTION" is read only before a name.
    if (named !== null || pictograph === null || !text.startsWith(pictograph)) return named
    const title = after.trim()
    return title.split(' ').length < minClosedWords ? null : { ref: '', title, owners: [] }
  }
  const coded = codedMark.exec(text)
  if (coded !== null) {
    const action = namedAction(text.slice(coded[0].length), false)
    return action === null ? null : { ...action, ref: coded[1]! }
  }
  const bracketed = bracketedMark.exec(text)
  if (bracketed !== null) {
    const owners = bracketOwners(bracketed[1]!)
    const title = text.slice(bracketed[0].length).trim()
    return owners.length === 0 || title === '' ? null : { ref: '', title, owners }
  }
  for (const marked of text.matchAll(markInParagraph)) {
    const before = marked[1]!
    // A bare mark after a capitalised word is part of a name ("Climate Action Group"), after a full stop a sentence's.
    if (marked[2] === undefined && !/^\p{Ll}/u.test(before)) continue
    const action = namedAction(text.slice(marked.index + marked[0].length), false)
    if (action !== null) return action
  }
  return null
}

/**
 * The action a closing mark gives ({@link closingMark}): the last sentence before the mark, owned by the names after
 * it; a minute's code opening the line is its ref, and the text between them its description. Null when the line
 * does not close so, or the names are not owners.
 */
function closedAction(text: string): (MarkedAction & { description: string; whole: boolean }) | null {
  // The regex is tried only from the line's last "ACTION" or "Action" on, so a long line is scanned once.
  const last = Math.max(text.lastIndexOf('ACTION'), text.lastIndexOf('Action'))
  if (last < 1) return null
  const from = Math.max(0, last - 3)
  const closing = closingMark.exec(text.slice(from))
  if (closing === null) return null
  closing.index += from
  const names = closing[1]!.split(/\s{0,2}[,]\s{0,2}/).flatMap((name) => ownersJoined(name.trim()))
  // "… ACTION Done", "… ACTION Ongoing": the action's status, not whoever takes it on.
  if (
    names.length === 0 ||
    !names.every((name) => isNamedOwner(name) && parseStatus(name).state === 'unknown')
  )
    return null
  let before = text.slice(0, closing.index).trim()
  const code = minuteCode.exec(before)
  if (code !== null) before = before.slice(code[0].length)
  // "… the roof is wanted. Action: KM": a mixed-case label closes the whole paragraph, as minutes ending each
  // paragraph in its owners write it; the capitals "ACTION" close the last sentence.
  const whole = closing[0].includes('Action')
  const sentences = whole ? [before] : splitSentences(before)
  const title = ownersClause(sentences[sentences.length - 1]?.trim() ?? '', names[0]!)
  if (title.split(' ').length < minClosedWords) return null
  return { ref: code?.[1] ?? '', title, owners: names, description: before, whole }
}

/**
 * The clause of a sentence that opens with the owner's name ("Dana Kerr will ask …" of "The committee agreed to wait, and
 * Dana Kerr will ask …"), after a comma or semicolon; the whole sentence when no clause does.
 */
function ownersClause(sentence: string, owner: string): string {
  const first = owner.split(' ')[0]!
  for (const joint of [', and ', '; ', ', ']) {
    const at = sentence.indexOf(`${joint}${first}`)
    const after = at < 0 ? '' : sentence.slice(at + joint.length)
    if (at > 0 && !/\p{L}/u.test(after.charAt(first.length))) return after
  }
  return sentence
}

/** The owner named right after a mark and the work ({@link namedFirst}), or a name the minute-taker queried in brackets
 * where the mark is a pictograph. */
function namedAction(after: string, pictograph: boolean): MarkedAction | null {
  const named = namedFirst.exec(after) ?? (pictograph ? queriedName.exec(after) : null)
  const owner = named?.[1]
  if (named === null || owner === undefined || !isNamedOwner(owner)) return null
  const title = /[-–—]\s{0,3}$/.test(named[0]) ? after.slice(named[0].length) : after
  return { ref: '', title: title.trim(), owners: ownersJoined(owner) }
}

/**
 * "AP: KT to …", "ACTION: Ana to …", "ACTION [x] Ana will …": a label opening the line, the word "ACTION" (or
 * "Action") or "AP" (an action point) with a colon, or "ACTION" with a tick box after it. Group 1 is what the box
 * holds ("x" when ticked). Anchored, bounded.
 */
const labelledMark = /^(?:ACTION|Action|AP)(?:\s{0,2}:|\s{1,3}\[([ xX✓✔]?)\])\s{1,3}(?=\S)/u

/** A label's text that is only the owner of the line above ("ACTION: Kofi"): one to three capitalised words. */
const ownerAlone = /^\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2}\.?$/u

/**
 * A labelled action line ({@link labelledMark}): the action after the label, owned by the name opening it
 * ({@link namedFirst}) or, where the line closes with names in brackets ("… (Ana Ross)"), by those names, the bracket
 * left off the title; an item whose bracket says no one owns it ("(Nobody)") has no owner. `ticked` is true when the
 * label's box is ticked, false when it is empty, null without a box. Null when the line has no such label, or
 * the text after it names no owner at its start or in a closing bracket.
 */
function labelledAction(text: string): (MarkedAction & { ticked: boolean | null }) | null {
  if (text.length > maxLine) return null
  const label = labelledMark.exec(text)
  if (label === null) return null
  const after = text.slice(label[0].length).trim()
  const ticked = label[1] === undefined ? null : label[1].trim() !== ''
  const bracket = bracketAtEnd(after)
  if (bracket !== null && bracket.shape === '(' && bracket.open > 0) {
    const inner = bracket.inner.trim()
    const owners = noOne.test(inner) ? [] : ownersInBrackets(`(${inner})`)
    if (owners.length > 0 || noOne.test(inner))
      return { ref: '', title: after.slice(0, bracket.open).trim(), owners, ticked }
  }
  const action = namedAction(after, false)
  return action === null ? null : { ...action, ticked }
}

/**
 * The owners a labelled line holds alone ("ACTION: Kofi", "Action : Chair , K Moss, Ines", "Action: all"), for the
 * sentence above it; null for any other line.
 */
export function ownerOfLineAbove(text: string): string | null {
  const label = labelledMark.exec(text)
  // "Action Tomasz", "Action All": minutes typed in haste drop the colon before an owner alone.
  if (label === null) return ownerAloneAfterLabel(text)
  if (label[1] !== undefined) return null
  const after = text.slice(label[0].length).trim()
  if (after.length > maxOwnersAlone) return null
  const parts = after.split(/\s{0,2},\s{0,2}/)
  if (parts.length > maxOwnersNamed) return null
  const owners: string[] = []
  for (const part of parts) {
    // "all", "everyone": the whole group in lower case, alone on the label.
    const group = parts.length === 1 && /^\p{Ll}{2,10}\.?$/u.test(part)
    // "Cllrs Ross/Lee/Kerr": several people joined by slashes, the title before the first.
    const slashed = !group && part.includes('/') && ownersJoined(part.replace(/\.$/, '')).length >= 2
    if (!group && !slashed && !ownerAlone.test(part)) return null
    const owner = part.replace(/\.$/, '')
    // "ACTION: MP Done": initials and the status of their work, not a name.
    const words = owner.split(' ')
    if (words.length > 1 && parseStatus(words.slice(1).join(' ')).state !== 'unknown') return null
    if (!isNamedOwner(owner)) return null
    owners.push(...ownersJoined(owner))
  }
  return owners.join(', ')
}

/** "Noted: ", "Agreed: ", "Decision – ": the minute-taker's label saying what kind of note a line of the discussion is.
 * Anchored, bounded. */
const noteLabel =
  /^(?:noted|agreed|decided|decision|resolved|discussed|reported)\s{0,2}(?::|\s[–—-])\s{1,3}(?=\S)/i

/** A label holding only owners is short, and names a few at most. */
const maxOwnersAlone = 80
const maxOwnersNamed = 4

/** "1. ", "2.0 ", "1.Staff", "(ii) ": an item's number or letter opening a line. Anchored, bounded. */
const numberedLine = /^(?:\d{1,3}(?:\.\d{1,3}){0,2}[.)]?|\(?[a-z]{1,4}\))\s{0,3}\S/

/**
 * Whether a page's labelled lines ({@link labelledMark}) are its action points: every one of them names its owner
 * (at its start, in a closing bracket, or alone for the sentence above it), and none answers a numbered item right
 * above it (a plan's priorities each followed by "ACTION: …" are items over their actions, read elsewhere).
 */
function everyLabelRead(lines: readonly PageLine[]): boolean {
  let above = ''
  for (const line of lines) {
    if (labelledMark.test(line.text)) {
      const action = labelledAction(line.text)
      // "ii) The Treasurer would open the account." over "Action: Chair": a label holding only its owner gives a
      // numbered item its owner, as well as any line.
      if (numberedLine.test(above) && (action !== null || ownerOfLineAbove(line.text) === null)) return false
      if (action === null && (ownerOfLineAbove(line.text) === null || above === '')) return false
    }
    above = line.text
  }
  return true
}

/** "2. ", "4.1 ", "iv) ", "b) ": an item's number, roman numeral or letter opening a line. Group 1 is the mark. Anchored,
 * bounded. */
const numberedItem = /^(\d{1,3}(?:\.\d{1,3}){0,2}|[ivx]{1,4}|[a-h])[.)]?\s{1,3}(?=\p{Lu})/u

/** "Website: ", "Bird and Bat Counts: ": a topic's name of one to five words and a colon, before a capital. */
const topicLabel = /^\p{Lu}[\p{L}'’-]{0,24}(?: [\p{L}'’&-]{1,24}){0,4}:\s{1,3}(?=\p{Lu})/u

/** A numbered item's text without the topic it opens with ("Website: Ana agreed …" → "Ana agreed …"). */
function withoutTopic(text: string): string {
  const topic = topicLabel.exec(text)
  return topic === null ? text : text.slice(topic[0].length)
}

/**
 * "3.2 Budget report", "b. Car park lighting.": a short sub-item's heading, its number dotted or a letter, alone on its
 * line over the one matter's report; an agenda item's whole number ("2. Finance") heads several. Group 1 is the mark,
 * group 2 the topic. Anchored, bounded.
 */
const topicHeading = /^(\d{1,3}(?:\.\d{1,3}){1,2}|[a-h])[.)]?\s{1,3}(\p{Lu}[^.!?:]{0,60})\.?$/u

/** A topic heading names its matter in a few words. */
const maxTopicWords = 8

/**
 * The topic a numbered heading names ({@link topicHeading}) and its mark, when the line is one; null otherwise. Under
 * such a heading, a label naming who acts on the report below it ("3.2 Budget report" / "The Treasurer said …" /
 * "Action: Treasurer") gives them the topic: the heading is the action, the report its description.
 */
function headingTopic(line: PageLine | null): { ref: string; title: string } | null {
  const heading = line === null ? null : topicHeading.exec(line.text.trim())
  if (heading === null || heading[2]!.trim().split(' ').length > maxTopicWords) return null
  return { ref: heading[1]!, title: heading[2]!.trim() }
}

/** "Nobody", "No one", "None": a bracket naming no owner. */
const noOne = /^(?:nobody|no[- ]one|none)$/i

/** "3. ": an item's number opening the line. */
const itemNumber = /^(\d{1,3})[.)]\s{1,3}(?=\S)/

/**
 * The name right after the mark, then either a spaced dash before the work ("Olu – put …") or the work going on in
 * lower case ("Ines needs to …", "Olu will …"): one to three capitalised words, two names joined by "and", "&" or
 * "/". Bounded.
 */
const namedFirst =
  /^(\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2}(?:(?: and | & |\/)\p{Lu}[\p{L}'’.-]{0,20}){0,2})(?:\s{1,3}[-–—]\s{1,3}(?=\S)|\s(?=\p{Ll}))/u

/**
 * Reads minutes that mark their action points with a bare "ACTION" in capitals before whoever takes each on, as
 * community groups type their notes: "3. Website - ACTION Ines needs to renew the domain.", "4. ACTION Olu – put
 * the rota on the next agenda", "ACTIONs Olu to send the photos", "… Comments back from Ana . ACTION Ines will do
 * a second draft.". Each marked line is an action: its title the words after the mark (after the name and a spaced
 * dash when one sets the name off), its owner the name right after the mark, its ref the number the line opens
 * with (when every marked line has a number), the whole line kept as its description. Lines without the mark are the discussion, not actions.
 * Minutes that mark their action items with one emoji instead ("👷 Dan volunteered to triage the metal shop.",
 * "👷 (Matt Lee?) is dealing with the permit") are read the same way: the emoji opening at least three lines is
 * the mark (a coloured circle or square is a status, never a mark), and a name in brackets the minute-taker queried
 * is the owner too. Null unless a one-column page marks at least three lines so, each naming its owner.
 *
 * @example
 * readBareActionMarks([
 *   { index: 0, text: 'Core team, 3 May' }, { index: 1, text: '1. Website - ACTION Ana needs to renew the domain.' },
 *   { index: 2, text: 'ACTION Tom will book the hall.' }, { index: 3, text: '2. ACTION Sam – print the flyers' },
 * ])?.rows[4] // ['2', 'print the flyers', 'Sam', '2. ACTION Sam – print the flyers']
 */
export function readBareActionMarks(lines: readonly PageLine[] | null): FlattenedActionTables | null {
  if (lines === null || lines.length < minMarked + 1) return null
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  const mergedRows: number[] = []
  // Per record, what its label's tick box says: 'Done' when ticked, '' when empty or when it has none.
  const ticks: string[] = []
  let boxes = false
  const pictograph = actionPictograph(lines.slice(1))
  const labelsRead = everyLabelRead(lines.slice(1))
  let previous: PageLine | null = null
  // The line before `previous` when it is no action: a topic's heading over the report `previous` may be.
  let abovePrevious: PageLine | null = null
  // Per record, the report under its topic's heading, which says how the matter stands ('' for any other record).
  const reports: string[] = []
  let unownedMarks = 0
  for (const line of lines.slice(1)) {
    const owner = labelsRead ? ownerOfLineAbove(line.text) : null
    if (owner !== null && previous !== null && skippedRows.at(-1) === previous.index + 1) {
      // "Kofi to book the hall …" over "ACTION: Kofi": the label gives the sentence above to the name it holds.
      skippedRows.pop()
      mergedRows.push(line.index + 1)
      // The label gives the last sentence above it: the sentences before it are the discussion.
      // A closing plea ("Please tell Ian if you can help.") asks the readers to help with the sentence before it,
      // which is the work; "Agreed: Posters would be printed": the note's own label is the minute-taker's.
      const sentences = splitSentences(previous.text)
      const closingPlea = sentences.length > 1 && /^please\s/i.test(sentences.at(-1)!.trim())
      const said = ((closingPlea ? sentences.at(-2) : sentences.at(-1))?.trim() || previous.text).replace(
        noteLabel,
        '',
      )
      // "iv) Website: Ana agreed to ask the college." over "Action: Chair": the item's number is its ref, and its
      // topic before the colon its heading, not the work.
      const item = numberedItem.exec(previous.text)
      // "3.2 Budget report" over its report and "Action: Treasurer": the heading is the action.
      // A "Noted:" or "Agreed:" line records the work itself, and stays the title.
      const topic = item === null && !noteLabel.test(previous.text) ? headingTopic(abovePrevious) : null
      const title =
        topic !== null
          ? topic.title
          : item === null || !said.startsWith(item[0])
            ? said
            : withoutTopic(said.slice(item[0].length))
      records.push({
        index: previous.index,
        cells: [topic?.ref ?? item?.[1] ?? '', title, owner, `${previous.text}\n${line.text}`],
      })
      ticks.push('')
      reports.push(topic === null ? '' : previous.text)
      previous = null
      abovePrevious = null
      continue
    }
    abovePrevious = previous !== null && skippedRows.at(-1) === previous.index + 1 ? previous : null
    previous = line
    const labelled = labelsRead ? labelledAction(line.text) : null
    const action = labelled ?? markedAction(line.text, pictograph)
    if (action === null) {
      skippedRows.push(line.index + 1)
      continue
    }
    const description = 'description' in action ? (action.description as string) : line.text
    // "3.3 Budget report" over "The Treasurer said … Action: Treasurer": a whole report closed by its owner's label
    // under a topic's heading gives them the topic ("ACTION" in capitals closes only the sentence that is the work).
    const topic =
      'whole' in action && action.whole && action.ref === '' && numberedItem.exec(line.text) === null
        ? headingTopic(abovePrevious)
        : null
    const ref =
      topic !== null ? topic.ref : action.ref === '' ? (itemNumber.exec(line.text)?.[1] ?? '') : action.ref
    records.push({
      index: line.index,
      cells: [ref, topic?.title ?? action.title, action.owners.join(', '), description],
    })
    if (action.owners.length === 0 && labelled === null) unownedMarks++
    ticks.push(labelled?.ticked === true ? 'Done' : '')
    reports.push(topic === null ? '' : description)
    if (labelled !== null && labelled.ticked !== null) boxes = true
    previous = null
  }
  // The lines a mark makes actions without naming an owner do not make the layout.
  if (records.length - unownedMarks < minMarked) return null
  // An unnumbered action below a numbered one would be read as an item of its number: the numbers are given only
  // when every marked line has one, and stay in the line as written otherwise.
  // A minute's code ("24/003") names its own meeting and item, so it is given even where the actions above it have
  // none (an uncoded action below a coded one would be read as part of it).
  const firstCoded = records.findIndex((record) => record.cells[0] !== '')
  const numbered =
    records.every((record) => record.cells[0] !== '') ||
    // Labels giving numbered items their owners, below an unnumbered one ("It was agreed …" over "Action: Chair",
    // then "ii) …" over "Action: Clerk"): the items keep their numbers.
    (firstCoded > 0 &&
      mergedRows.length === records.length &&
      records.slice(firstCoded).every((record) => record.cells[0] !== '')) ||
    (firstCoded >= 0 &&
      records.slice(firstCoded).every((record) => /^\d{2}\/\d{2,4}$/.test(record.cells[0]!)))
  const top = lines[0]!.index
  // "3.2 Budget report" over "The work is progressing well …": the report is the matter's progress.
  const withReports = reports.some((report) => report !== '')
  const header = [
    'Ref',
    'Action',
    'Owner',
    'Description',
    ...(boxes ? ['Status'] : []),
    ...(withReports ? ['Progress'] : []),
  ]
  const withStatus = records.map((record, at) => ({
    ...record,
    cells: [...record.cells, ...(boxes ? [ticks[at]!] : []), ...(withReports ? [reports[at]!] : [])],
  }))
  return oneColumnRecords(
    [[lines[0]!.text]],
    top + 1,
    numbered ? header : header.slice(1),
    numbered ? withStatus : withStatus.map((record) => ({ ...record, cells: record.cells.slice(1) })),
    {
      mergedRows,
      skippedRows,
      titleEvidence:
        'each line marked "ACTION" before the name of whoever takes it on ("ACTION Ines will …")',
    },
  )
}
