import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import type { ImportIssue } from '../model/importIssue'
import { createImportIssue } from './createImportIssue'
import { statusFromLeadIn } from './statusFromLeadIn'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { isDatedPeriod } from './headingPeriod'
import { namesPresent } from './namesPresent'

/** "3. July:", "Q3 2024:", "Autumn:": an optional list number, a short period, a closing colon. */
const periodLabel = /^(?:\d{1,2}[.)]\s{1,3})?(\S.{0,29}?)\s{0,2}:$/
/** A four-digit year anywhere in a line. */
const yearWord = /(?<!\d)(?:19|20)\d\d(?!\d)/
/** At least this many labels, and this many items under them. */
const minLabels = 2
/** A period heading is short ("December 2031 to March 2032"); its lead-in a short sentence ("We will:"). */
const maxPeriodLength = 40
const maxLeadInLength = 120
const minItems = 3
/** A roll naming at least this many members above the first label makes the page minutes. */
const minMembers = 2

/** The period a label names ("July", "Q3 2024") and the month and day it ends on in any year ("07-31"), or null
 * when its words are not a period alone. */
function periodOf(line: string): { period: string; endsOn: string } | null {
  const match = periodLabel.exec(line)
  if (match === null) return null
  const period = match[1]!
  if (!/^\p{Lu}|^\d/u.test(period)) return null
  // A year is lent only to see whether the words are a period: the page gives the real one, if any.
  const date = parseTargetDate(period, { referenceDate: '2000-01-01' })
  // "Completed in 2030": the period the work was done in reads as a completion date, a period all the same.
  return isDatedPeriod(date, ['due', 'range', 'completed']) ? { period, endsOn: date.due!.slice(5) } : null
}

/**
 * Reads a one-column milestone list grouped under period labels, as working groups, project boards and committees
 * write the months ahead on their pages: a lead-in ("The group has set these milestones for the coming months."),
 * then "3. July:" over the milestones due that month one per line, "4. Aug:" over the next, or "Q3 2025:", "Autumn:"
 * over theirs. Each line under a label is an action due by the end of the label's period, the label its section;
 * a number opening the label numbers the periods, not the milestones, so they get no ref. A label without a year
 * takes the year last written above it on the page, or the next year once the months pass December ("Dec:" then
 * "Jan:"), and an info issue says so; with none anywhere, the period is kept
 * as written and dated as the plan's date context dates it. A label saying its work is done ("Completed in 2024:",
 * "Actions réalisées en 2024 :") gives its lines that state and no target: the period is when they were done. The
 * lines above the first label are the title rows.
 * Returns null unless the page is one column with at least two labels ending in a colon, each over at least one
 * line, three such lines in all, and nothing but labels and their lines from the first label on.
 *
 * @example
 * readPeriodLabelledLists([
 *   ['Milestones for 2026'], ['1. May:'], ['Name the review panel'], ['2. June:'], ['Publish the terms'],
 *   ['Open the consultation'],
 * ])?.rows.slice(1, 3) // [['Action', 'Target date', 'Section', 'Status'], ['Name the review panel', 'May 2026', 'May', '']]
 */
export function readPeriodLabelledLists(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  // A schedule repeats its labels ("July:" each year): each is read once.
  const periods = new Map<string, { period: string; endsOn: string } | null>()
  const labelOf = (text: string): { period: string; endsOn: string } | null => {
    if (!text.endsWith(':')) return null
    let period = periods.get(text)
    if (period === undefined) {
      period = periodOf(text)
      periods.set(text, period)
    }
    return period
  }
  // "December 2031" alone on its line over "We will:": a roadmap's period heading and the lead-in that opens its
  // list, read together as one label; the lead-in says whether the work is done ("We have:").
  const pairAt = (at: number): { period: string; endsOn: string; leadIn: string } | null => {
    const heading = lines[at]!.text
    const next = lines[at + 1]?.text
    if (
      next === undefined ||
      heading.endsWith(':') ||
      !next.endsWith(':') ||
      heading.length > maxPeriodLength
    )
      return null
    if (next.length > maxLeadInLength || labelOf(next) !== null) return null
    const read = labelOf(`${heading}:`)
    return read === null ? null : { ...read, leadIn: next }
  }
  const first = lines.findIndex((line, at) => labelOf(line.text) !== null || pairAt(at) !== null)
  if (first < 0) return readTermOverGroups(table, lines)
  const top = lines[first]!.index
  // "Présents : Ana Cruz, Bo Lind" above the labels: the page is minutes, whose labels ending in a colon head the
  // items of business ("Compte rendu du 3 mars 2031 :", the last meeting's minutes), never the periods work is due in.
  if (namesPresent(table.slice(0, top)).size >= minMembers) return null
  // The year the lines above the labels name last ("Milestones for 2026"), lent to labels without one.
  let year = ''
  for (const line of lines.slice(0, first)) year = line.text.match(yearWord)?.[0] ?? year
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const issues: ImportIssue[] = []
  let period: string | null = null
  let endsOn = ''
  let target = ''
  let done = ''
  let under = 0
  let leadInRow = -1
  let labels = 0
  for (let at = first; at < lines.length; at++) {
    const line = lines[at]!
    if (at === leadInRow) continue
    const pair = labelOf(line.text) === null ? pairAt(at) : null
    const read = pair ?? labelOf(line.text)
    if (read !== null) {
      if (period !== null && under === 0) return null
      const label = read.period
      const own = label.match(yearWord)?.[0]
      // The months run on in order: "Dec:" then "Jan:" has passed into the next year.
      if (own === undefined && year !== '' && read.endsOn < endsOn) year = String(Number(year) + 1)
      period = label
      labels++
      endsOn = read.endsOn
      under = 0
      sectionRows.push(line.index + 1)
      if (own !== undefined) year = own
      target = own !== undefined || year === '' ? label : `${label} ${year}`
      // "Completed in 2024:", "Actions done in spring:": the period the work was done in, not a target.
      done = parseStatus(line.text.slice(0, -1)).state === 'complete' ? line.text.slice(0, -1).trim() : ''
      if (done !== '') target = ''
      if (pair !== null) {
        // The heading is the period the roadmap plans or reports; the lead-in ("We have:") its items' state.
        leadInRow = at + 1
        sectionRows.push(lines[at + 1]!.index + 1)
        done = statusFromLeadIn(pair.leadIn)?.text ?? ''
      }
      if (own === undefined && year !== '') {
        issues.push(
          createImportIssue(
            'period-inferred',
            'info',
            line.index + 1,
            1,
            null,
            `"${label}" names no year; it was read as ${target}, from the year written above it on the page and the order of the labels. If that is wrong, write the year in the label.`,
          ),
        )
      }
      continue
    }
    // A line ending in a colon that is no period ("Next steps:") is another layout's label.
    if (line.text.endsWith(':') || line.text.length > 1_000) return null
    under++
    records.push({ index: line.index, cells: [line.text, target, period!, done] })
  }
  if (labels < minLabels || records.length < minItems || under === 0) return null
  const flattened = oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Target date', 'Section', 'Status'],
    records,
    {
      mergedRows: [],
      sectionRows,
      titleEvidence: 'each line under a period label ("3. July:"), due by the end of that period',
    },
  )
  return issues.length > 0 ? { ...flattened, issues } : flattened
}

/** "Fall Semester 2031", "Spring 2032", "Q3 2031": a part of a year longer than a month, as a timeline heads its
 * groups. */
const termPrecisions: ReadonlySet<string> = new Set(['quarter', 'season', 'term'])
/** "(Aug 23)", "(Aug 23-Sep 15)", "(Oct 5-7)": a day or a run of days closing an item, with no year. Bounded. */
const closingDays = /\s\(([A-Z][a-z]{2,8}\.?\s\d{1,2}(?:\s?[-–]\s?(?:[A-Z][a-z]{2,8}\.?\s)?\d{1,2})?)\)$/
/** An item of a timeline is one short line: a longer one is a paragraph of prose. */
const maxItemLength = 200
/** At least this many groups of items, set apart by blank lines, under the one heading. */
const minGroups = 2
/** The term's heading stands near the top: below at most this many title and intro lines. */
const maxLinesAboveTerm = 4

/**
 * A timeline page of one term's heading with its year ("Fall Semester 2031") over items in groups set apart by
 * blank lines (the month labels between the groups lost), no label ending in a colon: each line below the heading
 * is an item due by the end of the term, or, when it closes with its own day in brackets ("(Aug 23)", "(Oct 5-7)"),
 * by that day in the heading's year. Null unless the heading, below at most four title and intro lines, is a
 * quarter, a season or a term with a year, at least three short items follow it in two groups or more, and none of
 * them is another period or a label.
 */
function readTermOverGroups(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[],
): FlattenedActionTables | null {
  const first = lines.slice(0, maxLinesAboveTerm + 1).findIndex(({ text }) => isTermHeading(text))
  if (first < 0) return null
  const heading = lines[first]!.text
  const year = heading.match(yearWord)?.[0]
  const items = lines.slice(first + 1)
  if (year === undefined || items.length < minItems) return null
  let groups = 1
  for (let at = 1; at < items.length; at++) if (items[at]!.index > items[at - 1]!.index + 1) groups++
  if (groups < minGroups) return null
  if (items.some(({ text }) => text.endsWith(':') || text.length > maxItemLength || isTermHeading(text)))
    return null
  const records = items.map(({ index, text }) => {
    const days = closingDays.exec(text)
    return { index, cells: [text, days === null ? heading : `${days[1]} ${year}`, heading, ''] }
  })
  const top = lines[first]!.index
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Target date', 'Section', 'Status'],
    records,
    {
      mergedRows: [],
      sectionRows: [top + 1],
      titleEvidence:
        'each line under a term\'s heading ("Fall Semester 2031"), due by the end of the term or by its own day in brackets',
    },
  )
}

function isTermHeading(text: string): boolean {
  if (text.length > maxPeriodLength || text.endsWith(':') || !yearWord.test(text)) return false
  const date = parseTargetDate(text, {})
  return isDatedPeriod(date, ['due']) && termPrecisions.has(date.precision ?? '')
}
