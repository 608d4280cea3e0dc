import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import type { FlattenedActionTables } from './flattenActionTables'
import { bracketAtEnd } from './bracketAtEnd'
import { headingPeriod } from './headingPeriod'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { isNamedOwner } from './ownerAtStart'
import { ownersInBrackets } from './ownersInBrackets'

/** "Q3 2026 Objectives", "Goals for the spring", "Team priorities", "OKRs": a title naming a team's objectives. */
const objectivesTitle = /\b(?:objectives|goals|priorities|okrs)\b/i
/** "Tasks we want to commit to:", "Our commitments:", "Actions agreed:": a lead-in naming the work below it. */
const workLeadIn = /\b(?:tasks|commit|commitments?|objectives|goals|priorities|actions)\b/i
/** Under such a lead-in, a meeting's header lines (date, attendees, a note) may stand above it: at most this many. */
const maxLinesAbove = 20
/** A capitalised word ("Ana", "Anne-Marie"): a name a page may list its people by. */
const capitalisedWord = /\p{Lu}[\p{Ll}'’-]{1,19}/gu
/** Only so much of a line above the tasks is read for the people it names. */
const maxPeopleLine = 500
/** A title is a short line, not a paragraph that mentions goals. */
const maxTitleLength = 80
/** Only the first few lines of a page are its title rows. */
const maxTitleLines = 3
/** "Marta", "Olu", "Rob K", "Anne-Marie": one capitalised word of letters, perhaps with an initial after it. */
const personName = /^\p{Lu}[\p{Ll}'’-]{1,19}(?: \p{Lu}\.?)?$/u
/** Headings of such a page that name no one: the shared or leftover lists ("Mine", "Other", "Stretch"). */
const unownedHeadings: ReadonlySet<string> = new Set([
  'backlog',
  'general',
  'ideas',
  'later',
  'mine',
  'misc',
  'miscellaneous',
  'other',
  'others',
  'shared',
  'stretch',
])
/** At least this many sections, each headed by a person and over at least one objective, make the layout. */
const minSections = 2
/** And at least this many objectives in all. */
const minObjectives = 4

/**
 * Reads a team's objectives page laid out as one heading per person over that person's objectives, as a
 * handbook's quarterly objectives page has it once its bullets are lost: a title naming the objectives ("Q3 2026
 * Objectives"), then "Marta" over "Move the invoices to the new ledger", "Write the refunds runbook", then "Olu"
 * over his. Each line under a name is one action owned by that person; the period the title names, if any
 * ("Q3 2026"), dates every action. A heading that names no one ("Other", "Stretch") opens objectives with no
 * owner; a lead-in ending in a colon is no objective. A name is one capitalised word (an initial may follow it:
 * "Rob K"), never a status or a period. Returns null unless a title naming objectives, goals, priorities or OKRs
 * stands above the first name, at least two names each head at least one objective, four or more in all, and
 * every line of the page is the one cell of its row.
 *
 * @example
 * readObjectivesUnderNames([
 *   ['Q3 2026 Objectives'], ['Marta'], ['Move the invoices to the new ledger'], ['Write the refunds runbook'],
 *   ['Olu'], ['Trial the new dashboard'], ['Retire the old exports'],
 * ])?.rows[2] // ['Move the invoices to the new ledger', 'Marta', 'Q3 2026 Objectives']
 */
export function readObjectivesUnderNames(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex((line) => headingOf(line.text) !== null)
  if (first < 1 || first > maxLinesAbove) return null
  const titles = lines.slice(0, first)
  const title =
    first > maxTitleLines
      ? undefined
      : titles.find((line) => line.text.length <= maxTitleLength && objectivesTitle.test(line.text))
  // "Tasks we want to commit to:" right above the first name, under a meeting's header lines, names the work too.
  const leadIn = lines[first - 1]!.text
  const led = leadIn.length <= maxTitleLength && leadIn.endsWith(':') && workLeadIn.test(leadIn)
  if (title === undefined && !led) return null
  // Under a lead-in, the line above giving a span of dates ("Period: 2031-06-01 to 2031-08-31") dates every task.
  const due =
    title !== undefined ? (parseTargetDate(title.text).due === null ? '' : title.text) : spanAbove(titles)

  // The people the page names elsewhere: in its header lines ("Present: Ana, Raj, Lee") or as a heading. A name in
  // brackets after a task is a helper only when so named ("(Temporal)" names a tool, not a person).
  const people = new Set<string>()
  for (const line of lines) {
    if (line.index > lines[first]!.index && headingOf(line.text) === null) continue
    for (const word of line.text.slice(0, maxPeopleLine).matchAll(capitalisedWord)) people.add(word[0])
  }
  const records: OneColumnRecord[] = []
  const mergedRows: number[] = []
  let owner = ''
  let sections = 0
  let underHeading = 0
  for (let at = first; at < lines.length; at++) {
    const line = lines[at]!
    const heading = headingOf(line.text)
    if (heading !== null) {
      // A heading over no objective is not a section of this layout.
      if (at > first && underHeading === 0) return null
      owner = heading
      if (heading !== '') sections++
      underHeading = 0
      mergedRows.push(line.index + 1)
      continue
    }
    if (line.text.endsWith(':')) {
      mergedRows.push(line.index + 1)
      continue
    }
    // "Clear the shed (Ana, Raj)": the people helping the one named above, owners too.
    const bracket = owner === '' ? null : bracketAtEnd(line.text)
    const named = bracket === null ? [] : ownersInBrackets(line.text.slice(bracket.open))
    const helpers = named.every((name) => people.has(name)) ? named : []
    const text = helpers.length === 0 ? line.text : line.text.slice(0, bracket!.open).trim()
    const owners =
      helpers.length === 0 ? owner : [owner, ...helpers.filter((name) => name !== owner)].join(', ')
    records.push({ index: line.index, cells: [text, owners, due] })
    underHeading++
  }
  if (underHeading === 0 || sections < minSections || records.length < minObjectives) return null
  const headerIndex = lines[first]!.index
  return oneColumnRecords(
    table.slice(0, headerIndex).map((row) => [...row]),
    headerIndex + 1,
    ['Action', 'Owner', 'Target date'],
    records,
    {
      mergedRows,
      titleEvidence: 'each line under a heading naming one person, owned by that person',
    },
  )
}

/** The span of days a line above gives ("Period: 2031-06-01 to 2031-08-31: 12 weeks"), written as its first and
 * last day, or '' when no line reads as one span. */
function spanAbove(lines: readonly PageLine[]): string {
  for (const line of lines) {
    const read = parseTargetDate(line.text)
    if (read.kind === 'range' && read.start !== null && read.end !== null && read.confidence >= 0.9)
      return `${read.start} to ${read.end}`
  }
  return ''
}

/**
 * What a line is as a heading of this layout: the person it names ("Marta"), '' for a heading that names no one
 * ("Other"), or null when it is no such heading (an objective, a status word, a period).
 */
function headingOf(line: string): string | null {
  // "Marta:": a name with its colon, as minutes head each person's tasks.
  const text = line.endsWith(':') ? line.slice(0, -1).trimEnd() : line
  if (unownedHeadings.has(text.toLowerCase())) return ''
  if (!personName.test(text) || !isNamedOwner(text)) return null
  if (parseStatus(text).state !== 'unknown' || headingPeriod(text, {}) !== null) return null
  return text
}
