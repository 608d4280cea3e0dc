import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { bracketAtEnd } from './bracketAtEnd'
import { statusGroupHeading } from './statusGroupHeading'
import { MAX_HEADING_LENGTH } from './maxHeadingLength'
import { statusAtStart } from './statusAtStart'

/**
 * An action log's entry: an optional stamp of when it was raised ("Mar", "12 Mar 2021", "2021-03-12", "12/03/21"),
 * then the action's id, a code of capitals and numbers joined by hyphens, dots or underscores ("ACT-BRD-2021-04",
 * "AP.17", "AI_2020_003"), then a colon. Every part is bounded and anchored at the start, so a long line fails fast.
 */
const entry =
  /^(?:(?:\d{1,2}\s{1,3})?(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]{0,6}\.?(?:\s{1,3}\d{1,4}){0,2}\s{1,3}|\d{4}-\d{2}-\d{2}\s{1,3}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s{1,3})?([A-Z][A-Z0-9]{0,11}(?:[-._][A-Z0-9]{1,12}){1,6})\s{0,3}:\s{0,4}/

/** "JS – ", "AB/CD - ", "KM, TR – ": the initials of whoever holds the action, then a spaced dash, before its text. */
const initialsLead = /^([A-Z]{1,5}(?:\s{0,2}[/,&+]\s{0,2}[A-Z]{1,5}){0,5})\s{1,3}[–—-]\s{1,3}(?=\S)/

/** "(Action: Finance team)", "(Owner: JS)": a bracket closing the entry that hands the action to someone more. */
const handedTo = /^(?:action|actions|owner|owners|lead|responsible)\s{0,2}:\s{0,3}(\S.{0,70})$/i

/** "Actions open at 15 March", "Closed as of June 2021": the date a status heading gives its list as at. */
const asAtDate = /\s(?:as\s(?:at|of)|at|by|on|to)\s\S.{0,60}$/i

/** "Open", "Outstanding actions": a log's heading over the actions still to be done. */
const openHeading = /^(?:(?:actions?|items?)\s)?(?:open|outstanding)(?:\s(?:actions?|items?))?$/i

/**
 * "Action list", "Actions log", "Open action register", "Actielijst", "Actiepunten": a heading naming the running list
 * of a body's actions, kept from meeting to meeting. Bounded words only.
 */
const runningListHeading =
  /^(?:(?:open|running|outstanding|rolling|lopende|openstaande)\s)?(?:actions?\s?(?:list|log|register|tracker)|actielijst|actiepunten|aktionsliste)\s{0,2}:?$/i

/**
 * "31/088. Action points from the last meeting", "Actions from the last meeting:": an agenda item reviewing the
 * actions earlier meetings set, perhaps after the item's own minute number. Bounded words only.
 */
const reviewHeading =
  /^(?:(\d{2}\/\d{1,4}|\d{1,5})[.:)]?\s{1,3})?(?:review\sof\s)?(?:the\s)?(?:(\p{Lu}\p{Ll}{1,20})['’]s\s)?(?:outstanding\s|open\s)?actions?(?:\s(?:points?|items?))?(?:\sarising)?\sfrom\s(?:the\s)?(?:previous|last|earlier)\smeetings?\s{0,2}[.:]?$/iu

/** "111 - Fundraising: kept on the list", "128. Long-term plan", "31/052. Ask the caretaker about keys": an entry's
 * running number (or a minute's number within its year), then a spaced dash or a dot, colon or bracket, then its
 * text. Anchored and bounded. */
const runningEntry = /^(\d{2}\/\d{1,4}|\d{1,5})(?:\s{1,3}[–—-]|[.:)])\s{1,3}(?=\S)/

/** "193/17 File the papers …": a minute's number within its year and a space before a capital, as a clerk's list of
 * the actions each minute set writes it. Anchored and bounded. */
const minuteEntry = /^(\d{1,4}\/\d{2})\s{1,3}(?=\p{Lu})/u

/** "… vacancy- Done", "… committee-Done", "… extension-On-going- Attempting …": the progress after a dash closing an
 * entry's task, opening with a capital. Group 1 is what follows the dash. Bounded. */
const progressAfterDash = /\s?-\s{0,2}(\p{Lu}.{0,300})$/u

/** A state after an entry's dash is its first few words ("Done", "On-going"), before any note. */
const maxProgressWords = 3

/** The entry's number and its text, read as a running list's entry or a minute's. */
function entryOf(text: string): { number: string; length: number } | null {
  const match = runningEntry.exec(text) ?? minuteEntry.exec(text)
  return match === null ? null : { number: match[1]!, length: match[0].length }
}

/** "File the papers- Done confirmation received": the task before the dash and the state opening what follows it. */
function progressOf(text: string): { title: string; status: string } | null {
  for (let from = 0; from < text.length; ) {
    const dash = text.indexOf('-', from)
    if (dash < 1) return null
    from = dash + 1
    // "sub-committee": a dash inside a word, with letters on both sides, joins the word.
    if (/\p{L}/u.test(text[dash - 1]!) && /\p{Ll}/u.test(text[dash + 1] ?? '')) continue
    const after = progressAfterDash.exec(text.slice(dash - (text[dash - 1] === ' ' ? 1 : 0)))
    if (after === null) continue
    // "Done confirmation received …": the state is the first words, up to three, before the note.
    const words = after[1]!
      .split(/[-.,;:]\s|\s-|-\s/, 1)[0]!
      .trim()
      .split(' ', maxProgressWords)
    for (let size = words.length; size >= 1; size--) {
      const lead = words.slice(0, size).join(' ')
      if (statusAtStart(lead) === lead) return { title: text.slice(0, dash).trim(), status: lead }
    }
  }
  return null
}

/** "Cllr Okafor", "Mrs D. Shah": a line that is only a person's name, after a title, as lists of each member's
 * actions write it above them. Bounded. */
const memberLine =
  /^(?:cllr|councillor|mr|mrs|ms|miss|dr)\.?\s(?:\p{Lu}\.?\s)?\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30})?$/iu

/** ". DONE. TO REVIEW.", " PENDING": a closing run of sentences written in capitals, the entry's status. Bounded:
 * the capitals are found by scanning, not by the regex. */
const capitalsSentence = /^[\p{Lu}\d][\p{Lu}\d\s,'’&/-]{1,120}[.!]?$/u

/** At least this many entries, and entries at least half the lines from the first entry on. */
const minEntries = 3

/** A line longer than this is no entry of a log. */
const maxLineLength = 2000

/** The last word of a line: a tag every entry of the log closes with ("… on return. LOG-ACT"). */
const lastWord = /\s([A-Z][A-Z0-9]{1,11}(?:[-_][A-Z0-9]{1,12}){0,3})$/

interface Entry {
  readonly id: string
  readonly owners: readonly string[]
  readonly text: string
}

/**
 * One line of an action log read as an entry: its id, its owners' initials and its text. Null when the line does
 * not open with an id and a colon.
 *
 * @example
 * actionLogEntry('Jun ACT-BRD-2021-04: KM/TR – Draft the risk policy. (Action: Finance team)')
 * // { id: 'ACT-BRD-2021-04', owners: ['KM', 'TR', 'Finance team'], text: 'Draft the risk policy. (Action: Finance team)' }
 */
export function actionLogEntry(line: string): Entry | null {
  if (line.length > maxLineLength) return null
  const match = entry.exec(line)
  if (match === null) return null
  const id = match[1]!
  // An id numbers the action: a code without a digit ("NOTE-ON:") or without a capital is a label.
  if (!/\d/.test(id) || !/[A-Z]/.test(id)) return null
  let text = line.slice(match[0].length).trim()
  const owners: string[] = []
  const lead = initialsLead.exec(text)
  if (lead !== null) {
    owners.push(...lead[1]!.split(/\s{0,2}[/,&+]\s{0,2}/))
    text = text.slice(lead[0].length).trim()
  }
  const bracket = bracketAtEnd(text)
  const handed = bracket === null ? null : handedTo.exec(bracket.inner.trim())
  if (handed !== null && handed !== undefined) owners.push(handed[1]!.trim())
  return text === '' ? null : { id, owners, text }
}

/** The state a heading between a log's entries gives the entries under it ("Actions closed by 1 May"), or null. */
function statusOfHeading(line: string): string | null {
  const text = line.replace(asAtDate, '').trim()
  if (openHeading.test(text)) return 'Not started'
  return statusGroupHeading(text)
}

/**
 * Reads an action log kept as plain lines, as committees and project boards keep their action trackers: each entry
 * opens with the action's id ("ACT-BRD-2021-04:"), perhaps after the month it was raised ("Jun"), then the initials
 * of whoever holds it and a spaced dash ("KM/TR – "), then the action: "Jun ACT-BRD-2021-04: KM/TR – Draft the risk
 * policy." A careful reader takes each entry as an action, its id as the ref and its initials as its owners (and
 * whoever a closing "(Action: Finance team)" names too). The short lines between entries are headings: one naming a
 * state ("Actions open at 1 May", "Closed actions") gives it to every entry under it until the next such heading,
 * any other ("Board meeting") is the section over the entries below. A tag every entry closes with ("LOG-ACT") is
 * the log's and is left off the titles. The lines above the first heading are the title rows; the log ends at its
 * last entry. Returns null unless a one-column page holds at least three entries, at least half its lines from
 * the first entry on.
 *
 * @example
 * readActionLogLines([
 *   ['Board action log'], ['Open actions'], ['Jun ACT-BRD-2021-04: KM – Draft the risk policy.'],
 *   ['Closed actions'], ['May ACT-BRD-2021-02: TR – Renew the insurance.'], ['May ACT-BRD-2021-01: KM – Book the hall.'],
 * ])?.rows[2] // ['ACT-BRD-2021-04', 'Draft the risk policy.', 'KM', 'Not started', '']
 */
export function readActionLogLines(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const entries = lines.map((line) => actionLogEntry(line.text))
  const first = entries.findIndex((read) => read !== null)
  if (first < 1) return readRunningList(table, lines)
  let last = entries.length - 1
  while (entries[last] === null) last--
  const count = entries.reduce((sum, read) => sum + (read === null ? 0 : 1), 0)
  if (count < minEntries || count * 2 < lines.length - first) return null
  // The headings right above the first entry open the log; the lines above them are the title rows.
  let start = first
  while (start > 1 && isHeading(lines[start - 1]!.text)) start--
  const tag = commonTag(entries)
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  let status = ''
  let section = ''
  for (let at = start; at <= last; at++) {
    const read = entries[at]
    const line = lines[at]!
    if (read === null || read === undefined) {
      if (!isHeading(line.text)) {
        skippedRows.push(line.index + 1)
        continue
      }
      const state = statusOfHeading(line.text)
      if (state !== null) status = state
      // A state's heading starts a list of its own: the meeting heading above it no longer holds.
      section = state === null ? line.text : ''
      sectionRows.push(line.index + 1)
      continue
    }
    const text =
      tag !== null && read.text.endsWith(` ${tag}`) ? read.text.slice(0, -tag.length - 1) : read.text
    records.push({ index: line.index, cells: [read.id, text, read.owners.join(', '), status, section] })
  }
  const top = lines[start]!.index
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Ref', 'Action', 'Owner', 'Status', 'Section'],
    records,
    {
      mergedRows: [],
      sectionRows,
      skippedRows: [...skippedRows, ...lines.slice(last + 1).map((line) => line.index + 1)],
      titleEvidence: 'each line opening with an action id and a colon ("ACT-BRD-2021-04: KM – …")',
    },
  )
}

/**
 * Reads the running action list of a body's minutes: under a heading naming it ("Actielijst", "Action list"), each
 * line opens with the action's running number, kept from meeting to meeting, so the numbers rise with gaps where
 * actions were closed ("111 - Fundraising: stays on the list", "128 - Long-term plan: two members join", "143 -
 * Board election: done"). Each such line is an action, its number the ref and its text the title; a status word
 * opening the note after the topic's colon ("done", "afgerond") or a closing run of sentences in capitals ("…
 * gates. DONE. TO REVIEW.") is its status. A line that is only a member's name ("Cllr Okafor") gives that member
 * the entries below it, whose numbers rise again from there. Under an agenda item reviewing the previous meeting's
 * actions ("31/088. Action points from the last meeting"), the entries are numbered by the minutes that set them
 * ("31/052."), so an entry numbered above the item's own is the next item of the agenda and ends the list. The list
 * ends at the first line that is not a later number's entry; the lines above the heading are the title rows, the
 * lines after the list are not actions. Returns null unless at least three entries follow the heading.
 */
function readRunningList(
  table: readonly (readonly string[])[],
  lines: readonly { readonly index: number; readonly text: string }[],
): FlattenedActionTables | null {
  const at = lines.findIndex(
    (line, i) =>
      (runningListHeading.test(line.text) || reviewHeading.test(line.text)) &&
      entryOf(lines[i + 1]?.text ?? '') !== null,
  )
  if (at < 0) return null
  const review = reviewHeading.exec(lines[at]!.text)
  const own = review?.[1]
  // "Clerk's actions from the previous meeting": whose they are, named once for every entry.
  const holder = review?.[2] ?? ''
  const ceiling = own === undefined ? Number.POSITIVE_INFINITY : entryNumber(own)
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  let before = -1
  let owner = holder
  let end = at + 1
  for (; end < lines.length; end++) {
    const line = lines[end]!
    if (memberLine.test(line.text) && entryOf(lines[end + 1]?.text ?? '') !== null) {
      owner = line.text
      before = -1
      sectionRows.push(line.index + 1)
      continue
    }
    const match = entryOf(line.text)
    const number = match === null ? -1 : entryNumber(match.number)
    // Several actions set by one minute share its number ("193/17" twice): only a lower number ends the list.
    const minute = match !== null && minuteEntry.test(line.text)
    if (match === null || number < before || (number === before && !minute) || number >= ceiling) break
    before = number
    const text = line.text.slice(match.length).trim()
    const colon = text.indexOf(': ')
    const closing = capitalsAtEnd(text)
    const dashed = closing === null && minute ? progressOf(text) : null
    const status =
      closing !== null
        ? closing
        : dashed !== null
          ? dashed.status
          : colon < 0
            ? null
            : statusAtStart(text.slice(colon + 2))
    const title =
      closing !== null
        ? text.slice(0, text.length - closing.length).trim()
        : dashed !== null
          ? dashed.title
          : text
    records.push({ index: line.index, cells: [match.number, title, owner, status ?? '', lines[at]!.text] })
  }
  if (records.length < minEntries) return null
  const top = lines[at]!.index
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Ref', 'Action', 'Owner', 'Status', 'Section'],
    records,
    {
      mergedRows: [],
      sectionRows,
      skippedRows: lines.slice(end).map((line) => line.index + 1),
      titleEvidence: 'the lines under an action list\'s heading that open with a running number ("111 - …")',
    },
  )
}

/** An entry's number as a value that rises through the list: "31/052" (year 31, minute 52) above "30/215". */
function entryNumber(written: string): number {
  const slash = written.indexOf('/')
  return slash < 0
    ? Number(written)
    : Number(written.slice(0, slash)) * 10_000 + Number(written.slice(slash + 1))
}

/** The most characters a closing status in capitals runs to. */
const maxClosing = 240

/**
 * The closing run of whole sentences an entry writes in capitals after its text ("Sent to the club. DONE" → "DONE",
 * "… fund. SIGN ORDERED. WAITING FOR DELIVERY." → both sentences), or null when the entry has none or is
 * all capitals.
 */
function capitalsAtEnd(text: string): string | null {
  let start = -1
  // Only the last few sentences can be the status, so the scan starts near the end: linear on any line.
  for (
    let cut = text.indexOf('. ', Math.max(0, text.length - maxClosing));
    cut >= 0;
    cut = text.indexOf('. ', cut + 1)
  ) {
    const rest = text.slice(cut + 2).trim()
    if (!/\p{Ll}/u.test(rest) && rest.split(/(?<=[.!])\s/).every((part) => capitalsSentence.test(part))) {
      start = cut + 2
      break
    }
  }
  if (start < 0) {
    const last = /\s(\p{Lu}{2,20})$/u.exec(text)
    return last !== null && /\p{Ll}/u.test(text) && /[.!?]$/.test(text.slice(0, -last[0].length))
      ? last[1]!
      : null
  }
  return text.slice(start).trim()
}

/** The tag at least half the entries (and two or more) close with, or null. */
function commonTag(entries: readonly (Entry | null)[]): string | null {
  const counts = new Map<string, number>()
  let total = 0
  for (const read of entries) {
    if (read === null) continue
    total++
    const word = lastWord.exec(read.text)?.[1]
    if (word !== undefined) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  let best: string | null = null
  let most = 1
  for (const [word, n] of counts) if (n > most) [best, most] = [word, n]
  return best !== null && most * 2 >= total ? best : null
}

function isHeading(text: string): boolean {
  return text.length <= MAX_HEADING_LENGTH && !/[.;!?]$/.test(text)
}
