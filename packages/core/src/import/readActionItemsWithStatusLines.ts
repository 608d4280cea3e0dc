import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords } from './oneColumnRecords'
import { actionLabel, ownerAtStart, ownersJoined } from './ownerAtStart'
import { peelRef } from './peelRef'
import { splitSentences } from './proseStep'
import { firstText, isOneColumn } from './readLabelledRecords'
import { wholePlanOwner } from './wholePlanOwner'

/** At least this many items, each closed by its status line, make the layout. */
const minItems = 3

/** A status line's status is its first few words ("Completed.", "In progress.", "Done"). */
const maxStatusWords = 4

/** "10%", "12.5 %": a figure, which alone does not make a line a status line. */
const percentage = /\d{1,3}(?:\.\d{1,2})?\s?%/g

/** An item longer than this many lines is not a minute's action item. */
const maxItemLines = 12

/** "- Completed.", "• In progress.  Awaiting clarification.": a bullet, then the rest of the line. */
const bulleted = new RegExp(`^[${BULLET_MARKS}]\\s{1,4}(\\S.*)$`, 's')

interface Item {
  readonly lines: { row: number; text: string }[]
  status: { row: number; text: string; owners?: string } | null
  /** Labelled status lines right under the status line ("Status: …" under "Tracking: …"): read into its status. */
  readonly moreStatusRows: number[]
  /** Labelled lines below the status line ("Success criteria: …"): more about the item above. */
  readonly after: { row: number; text: string }[]
}

/** "Success criteria: …", "Measure of success: …", "Evidence: …": a field of the item above, below its status line. */
const fieldAfterStatus =
  /^(?:success criteria|success measures?|measures? of success|measures?|evidence|outcomes?|kpis?|indicators?|milestones?)\s{0,3}:/i

/** "ONS will:", "Analyst leaders will:": a lead-in naming who does the items below it. Bounded, linear. */
const willLeadIn = /^([A-Z][A-Za-z&’'-]{0,30}(?:\s[A-Za-z&’'-]{1,30}){0,5})\swill\s?:$/

/**
 * Whether a one-column page is minutes' action items under their labels ("ACTION 60.2: …"), each closed by a line
 * labelled as its status ("Status: Completed."), at least three of them, as notes reviewing earlier actions write
 * them. Such a page is read by `readActionItemsWithStatusLines` before the owner-led reader, which would take only
 * the items that name an owner.
 *
 * @example
 * hasStatusLabelLines([['ACTION 1.1: Book the room'], ['Status: Done'], ['ACTION 1.2: Ann to write'], ['Status: Open'],
 *   ['ACTION 1.3: Raj to call'], ['Status: Completed.']]) // true
 */
export function hasStatusLabelLines(table: readonly (readonly string[])[]): boolean {
  if (!isOneColumn(table)) return false
  let count = 0
  let previous = ''
  for (const row of table) {
    const text = firstText(row)
    if (!hasText(text)) continue
    if (labelledStatus.test(text) && actionLabel.test(previous) && ++count >= minItems) return true
    previous = text
  }
  return false
}

/**
 * Reads the action items of meeting notes and wiki pages, where each item is its own line ("Heidi to research and
 * advise the team on task 5.3") with any detail lines or "•" sub-points below it, then a status line of its own ("-
 * Completed.", "- In progress. Awaiting clarification.", or a line labelled "Status: …" whatever it says, as notes
 * reviewing earlier actions write "ACTION 11.1: …" over "Status: Completed."), as committees and working groups list what each member took
 * on at the last meeting and what became of it. Each item is an action titled by its first line; the lines below it are
 * its description and the status line its status; an item whose first line is its label alone ("Milestone 2" over
 * "Work with the panel …") takes the label's number as its ref and the line below as its title. Minutes name the owner first: where at least half the items open with
 * up to five words and "to", after any label of the item ("Seth to place …", "ACTION 11.1: Priya Shah to …", "Each WT C member to:", "Matthias (a) to remind …"), each such item
 * takes those words as its owner; two people's names joined by "and" (up to seven words: "Maria Lopez Garcia and Ben
 * Ode to …") are two owners. Lines above the first item are the page's title. Returns null unless the page is one
 * column of at least three items, each closed by a bulleted line whose first words read as a status, each opening with
 * a line that is not a bullet, and none longer than twelve lines. Row numbers are kept in `sourceRows`; every field
 * comes from the page's one column.
 *
 * @example
 * readActionItemsWithStatusLines([
 *   ['Action items'], ['Ann to book the room'], ['- Completed.'], ['Raj to draft the letter'], ['- In progress.'],
 *   ['Each member to read the report'], ['- Completed.'],
 * ])?.rows[2] // ['Ann to book the room', 'Ann', '', 'Completed.']
 */
export function readActionItemsWithStatusLines(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  if (!isOneColumn(table)) return null
  const items: Item[] = [{ lines: [], status: null, after: [], moreStatusRows: [] }]
  // A page's status lines repeat a few words ("Completed", "In progress"): each is read once.
  const known = new Map<string, boolean>()
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    const text = firstText(row)
    const current = items.at(-1)!
    const perOwner = current.lines.length > 0 ? ownersWithStatuses(text, known) : null
    const status = perOwner?.status ?? statusOf(text, known)
    const previous = items.at(-2)
    // "Tracking: Behind" then "Status: Awaiting a hire": a second labelled line right under an item's status line
    // says more of the same status (a line printed twice says nothing more).
    if (
      status !== null &&
      current.lines.length === 0 &&
      previous?.status != null &&
      previous.after.length === 0 &&
      labelledStatus.test(text) &&
      lastFilledRow(table, index) === (previous.moreStatusRows.at(-1) ?? previous.status.row)
    ) {
      const said = previous.status.text.split('; ')
      if (!said.includes(status))
        previous.status = { ...previous.status, text: `${previous.status.text}; ${status}` }
      previous.moreStatusRows.push(index)
      continue
    }
    if (status !== null && current.lines.length > 0) {
      current.status =
        perOwner === null
          ? { row: index, text: status }
          : { row: index, text: status, owners: perOwner.owners }
      items.push({ lines: [], status: null, after: [], moreStatusRows: [] })
    } else if (current.lines.length === 0 && previous !== undefined && fieldAfterStatus.test(text))
      previous.after.push({ row: index, text })
    else current.lines.push({ row: index, text })
  }
  const footer = items.pop()!
  if (items.length < minItems) return readStatusPairs(table, known)
  // Items closed by a status line and then labelled fields ("Status: Completed" over "Success criteria: …") are
  // records: each item is the one line above its status, the lines between records are headings.
  const asRecords = items.filter((item) => item.after.length > 0).length * 2 >= items.length
  if (asRecords) return readRecords(table, items, footer)
  // The first item opens at its owner's line ("Dev to create …"), or else at its last line that is not a bullet:
  // the lines above it are the page's title.
  const first = items[0]!
  const opening = first.lines.findIndex((line) => ownerAtStart(line.text, 'role-before-to') !== null)
  const labelled = lastLabelAlone(first.lines)
  const start =
    opening >= 0
      ? opening
      : labelled >= 0
        ? labelled
        : titleLineAboveDetails(first.lines, items.slice(1), lastUnbulleted(first.lines))
  if (start < 0) return readStatusPairs(table, known)
  const titleLines = first.lines.splice(0, start)
  if (items.some((item) => bulleted.test(item.lines[0]!.text) || item.lines.length > maxItemLines))
    return readStatusPairs(table, known)

  // "Milestone 2" alone over "Work with the panel …": the label gives the ref, the line below it names the item.
  const labels = items.map((item) =>
    item.lines.length >= 2 ? (labelAlone.exec(item.lines[0]!.text)?.[1] ?? null) : null,
  )
  const bodies = items.map((item, i) => (labels[i] === null ? item.lines : item.lines.slice(1)))
  // Minutes name an owner first in most items: where few do, "Continue to monitor …" names no one.
  // "ACTION 60.2: Dana Reyes to add …": the owner opens the item after its label.
  const owners = bodies.map((lines) => {
    const text = lines[0]!.text
    return ownerAtStart(peelRef(text)?.rest ?? text, 'role-before-to')
  })
  const refs = labels.some((label) => label !== null)
  const named = owners.filter((owner) => owner !== null).length * 2 >= items.length
  // "The Head of Estates is responsible for this workstream.": the page's introduction names who owns every item.
  const pageOwner = named ? '' : ownerOfPage(titleLines)
  const top = first.lines[0]!.row
  const mergedRows: number[] = []
  const records: OneColumnRecord[] = items.map((item, i) => {
    const [head, ...rest] = bodies[i]!
    if (labels[i] !== null && i > 0) mergedRows.push(item.lines[0]!.row + 1)
    for (const line of rest) mergedRows.push(line.row + 1)
    mergedRows.push(item.status!.row + 1, ...item.moreStatusRows.map((row) => row + 1))
    const cells = [
      head!.text,
      item.status!.owners ?? (named ? ownersJoined(owners[i] ?? '').join(', ') : pageOwner),
      rest.map((line) => line.text).join('\n'),
      item.status!.text,
    ]
    return { index: head!.row, cells: refs ? [...cells, labels[i] ?? ''] : cells }
  })
  const header = ['Action', 'Owner', 'Details', 'Status', ...(refs ? ['Ref'] : [])]
  return oneColumnRecords(table.slice(0, top), top + 1, header, records, {
    mergedRows,
    skippedRows: footer.lines.map((line) => line.row + 1),
    titleEvidence: `the first line of each action item (below ${titleLines.length === 0 ? 'the page top' : 'the title'}), each closed by a status line ("- Completed.")`,
  })
}

/** Title lines longer than this are not read for the page's owner. */
const maxIntroLength = 2_000

/** The owner a sentence of the page's introduction names for the whole page ({@link wholePlanOwner}), or ''. */
function ownerOfPage(lines: readonly { text: string }[]): string {
  for (const line of lines) {
    if (line.text.length > maxIntroLength) continue
    for (const sentence of splitSentences(collapseWhitespace(line.text))) {
      const owner = wholePlanOwner(sentence)
      if (owner !== null) return owner
    }
  }
  return ''
}

/** The last row above `index` with any text, or -1. */
function lastFilledRow(table: readonly (readonly string[])[], index: number): number {
  for (let row = index - 1; row >= 0; row--) if (table[row]!.some(hasText)) return row
  return -1
}

/** A flat list of item and status bullets ends at most this many lines above the page's end (a closing note). */
const maxLinesAfterPairs = 2

/**
 * A flat bulleted list in which each action's bullet is followed by its own status bullet at the same level ("- Set
 * up the shared drive", "- In progress.", "- Book the hall", "- Done. Keys collected."), as blog-post minutes review
 * the last meeting's action items: the bullets are read two by two, the first of each pair an action and the second
 * its status, as written ("- Moved to next week" reads as no known state but stays the item's status). Null unless
 * the page is one run of an even number of bullets (at least three pairs, with at most two plain lines after it),
 * at least two in three of the second bullets read as a status and none of the first.
 */
function readStatusPairs(
  table: readonly (readonly string[])[],
  known: Map<string, boolean>,
): FlattenedActionTables | null {
  const lines: { row: number; text: string }[] = []
  for (let index = 0; index < table.length; index++)
    if (table[index]!.some(hasText)) lines.push({ row: index, text: firstText(table[index]!) })
  const from = lines.findIndex((line) => bulleted.test(line.text))
  if (from < 0) return null
  let to = from
  while (to < lines.length && bulleted.test(lines[to]!.text)) to++
  const count = to - from
  if (count % 2 !== 0 || count < minItems * 2 || lines.length - to > maxLinesAfterPairs) return null
  let statuses = 0
  for (let at = from; at < to; at += 2) {
    if (statusOf(lines[at]!.text, known) !== null) return null
    if (statusOf(lines[at + 1]!.text, known) !== null) statuses++
  }
  if (statuses * 3 < (count / 2) * 2) return null
  const records: OneColumnRecord[] = []
  const mergedRows: number[] = []
  for (let at = from; at < to; at += 2) {
    const status = lines[at + 1]!
    records.push({
      index: lines[at]!.row,
      cells: [
        collapseWhitespace(bulleted.exec(lines[at]!.text)![1]!),
        statusOf(status.text, known) ?? collapseWhitespace(bulleted.exec(status.text)![1]!),
      ],
    })
    mergedRows.push(status.row + 1)
  }
  const top = lines[from]!.row
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Status'], records, {
    mergedRows,
    skippedRows: lines.slice(to).map((line) => line.row + 1),
    titleEvidence:
      'the first of each pair of bullets, each followed by its own status bullet ("- In progress.")',
  })
}

/** "ACTION: KM Done; RB Carried forward": the minute-taker's label over each owner's initials and status. */
const ownerStatusLabel = /^action\s{0,3}:\s{0,3}(\S.*)$/i

/** "KM Done", "RB, JT Carried forward": one or more owners' initials, then what each has done. Bounded. */
const initialsThenStatus = /^([A-Z]{2,4}(?:\s{0,2}(?:,|&|and)\s{0,2}[A-Z]{2,4}){0,5})\s{1,3}(\S.*)$/

/** An owner's status is its first few words ("Done", "Carried forward SV, ZH" → "Carried forward"). */
const maxOwnerStatusWords = 3

/**
 * The owners and the status a line of minutes gives each action below it, labelled "ACTION:" and naming each owner
 * by initials with what they have done ("ACTION: KM Done; RB Carried forward", "ACTION: JT Carried forward"), as
 * boards' minutes review the actions carried forward: every owner named, joined by ", ", and one status, the
 * owners' own when they agree ("Done") and "Partly done" when some are done and some not. Null unless every part
 * (split at ";") is initials and a status.
 */
function ownersWithStatuses(
  text: string,
  known: Map<string, boolean>,
): { owners: string; status: string } | null {
  const label = ownerStatusLabel.exec(text)
  if (label === null) return null
  const owners: string[] = []
  const states = new Set<string>()
  let first = ''
  for (const part of label[1]!.split(';', 9)) {
    const named = initialsThenStatus.exec(part.trim())
    if (named === null) return null
    // "Carried forward SV, ZH": the status stops before the initials of the people it mentions.
    const all = named[2]!.split(' ')
    const mention = all.findIndex((word) => /^[A-Z]{2,4},?$/.test(word))
    const words = mention < 0 ? all : all.slice(0, mention)
    let status = ''
    for (let size = Math.min(maxOwnerStatusWords, words.length); size >= 1 && status === ''; size--) {
      const lead = words.slice(0, size).join(' ')
      let isStatus = known.get(lead)
      if (isStatus === undefined) {
        isStatus = parseStatus(lead).state !== 'unknown'
        known.set(lead, isStatus)
      }
      if (isStatus) status = lead
    }
    if (status === '') return null
    if (first === '') first = status
    states.add(parseStatus(status).state)
    for (const owner of named[1]!.split(/\s{0,2}(?:,|&|and)\s{0,2}/))
      if (!owners.includes(owner)) owners.push(owner)
  }
  if (owners.length === 0) return null
  return { owners: owners.join(', '), status: states.size === 1 ? first : 'Partly done' }
}

/**
 * "Status: Completed.", "Progress - PR approved, not yet merged", "Tracking: Behind", "Tracking and status: Done",
 * "Progress and status: On track": a line labelled as the item's status, by one of these words or two of them
 * joined by "and".
 */
const statusLabelWord = '(?:status|progress|update|tracking)'
const labelledStatus = new RegExp(
  String.raw`^${statusLabelWord}(?:\s{1,3}and\s{1,3}${statusLabelWord})?\s{0,3}[:–—-]\s{0,3}(\S.*)$`,
  'is',
)

/**
 * The status a status line gives: a bulleted line whose first words read as a status ("- In progress. Awaiting …" →
 * "In progress. Awaiting …"), or a line labelled as the status, whatever it says ("Status: Will look at this next
 * time."); else null.
 */
function statusOf(text: string, known: Map<string, boolean>): string | null {
  const labelled = labelledStatus.exec(text)
  if (labelled !== null) return collapseWhitespace(labelled[1]!)
  const match = bulleted.exec(text)
  if (match === null) return null
  const rest = collapseWhitespace(match[1]!)
  const stop = rest.search(/[.;:]/)
  const lead = stop < 0 ? rest : rest.slice(0, stop)
  if (lead.split(' ').length > maxStatusWords) return null
  let isStatus = known.get(lead)
  if (isStatus === undefined) {
    // A status line says its state in words: a bullet that only mentions a figure ("- Persistent absence below
    // 10%") is a point of the item, not its progress.
    isStatus = parseStatus(lead.replace(percentage, ' ')).state !== 'unknown'
    known.set(lead, isStatus)
  }
  return isStatus ? rest : null
}

/** "Milestone 2", "Action 3.1": an item's label alone on its line, its number the ref, its name on the line below. */
const labelAlone =
  /^(?:milestone|action|step|task|item|deliverable|objective)\s{1,3}(\d{1,3}(?:\.\d{1,3}){0,2})\s{0,3}[.:]?$/i

/** The last line that is an item's label alone with a line below it, or -1. */
function lastLabelAlone(lines: readonly { text: string }[]): number {
  for (let i = lines.length - 2; i >= 0; i--) if (labelAlone.test(lines[i]!.text)) return i
  return -1
}

/** A line that closes a sentence ("… with student organisations."): an item's details, not its title. */
const closesSentence = /[.!?]["'”’)]?$/

/**
 * Where the first item opens when the others each open with a short title over sentences of details ("Appoint the
 * review group" over "To oversee the work." and "Status: complete"): at the first item's last line above `last`
 * that closes no sentence, as the others' titles do, no further up than the others run. Otherwise `last`.
 */
function titleLineAboveDetails(
  lines: readonly { text: string }[],
  others: readonly Item[],
  last: number,
): number {
  if (last <= 0 || !closesSentence.test(lines[last]!.text.trim()) || others.length < 2) return last
  const titled = others.filter(
    (item) =>
      item.lines.length >= 2 &&
      !closesSentence.test(item.lines[0]!.text.trim()) &&
      closesSentence.test(item.lines.at(-1)!.text.trim()),
  ).length
  if (titled * 3 < others.length * 2) return last
  const longest = Math.max(...others.map((item) => item.lines.length))
  for (let i = last - 1; i >= 0 && last - i < longest; i--) {
    const text = lines[i]!.text.trim()
    if (bulleted.test(text)) return last
    if (!closesSentence.test(text)) return i
  }
  return last
}

function lastUnbulleted(lines: readonly { text: string }[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (!bulleted.test(lines[i]!.text)) return i
  return -1
}

/**
 * Items written as records, each one line directly above its "Status:" line with labelled fields below it
 * ("Success criteria: …"), as a body's progress report on a strategy lists what it did under each commitment: the
 * lines between two records are headings, the commitment the action serves, and a lead-in such as "Analyst leaders
 * will:" names the owner of every record below it until the next. The fields are the record's details.
 */
function readRecords(
  table: readonly (readonly string[])[],
  items: readonly Item[],
  footer: Item,
): FlattenedActionTables | null {
  let owner = ''
  const mergedRows: number[] = []
  let top = -1
  const records: OneColumnRecord[] = items.map((item) => {
    const head = item.lines.at(-1)!
    for (const line of item.lines.slice(0, -1)) {
      const lead = willLeadIn.exec(line.text)
      if (lead !== null) owner = lead[1]!
      if (top >= 0) mergedRows.push(line.row + 1)
    }
    if (top < 0) top = head.row
    mergedRows.push(item.status!.row + 1, ...item.moreStatusRows.map((row) => row + 1))
    for (const line of item.after) mergedRows.push(line.row + 1)
    return {
      index: head.row,
      cells: [head.text, owner, item.after.map((line) => line.text).join('\n'), item.status!.text],
    }
  })
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Owner', 'Details', 'Status'], records, {
    mergedRows,
    skippedRows: footer.lines.map((line) => line.row + 1),
    titleEvidence:
      'the line above each "Status:" line, with labelled fields below it (a record); lines between records are headings',
  })
}
