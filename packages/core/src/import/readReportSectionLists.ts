import { daysInMonth } from '../dates/calendar'
import { parseTargetDate } from '../dates/parseTargetDate'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** "2. Job board post": an item's number and its text. Anchored, bounded. */
const numberedItem = /^(\d{1,2})[.)]\s{1,3}(\S.*)$/
/** The words a monthly report's section headings are made of ("New Activities", "Planned for Next Month", "Tabled
 * Activities", "Issues / Blockers"). */
const sectionWord =
  /\b(?:activities|projects|planned|tabled|issues|blockages|blockers|next month|next steps|completed|ongoing|in progress|deferred|on hold)\b/i
/** A section of work set aside: its items are on hold. */
const setAside = /\b(?:tabled|deferred|on hold|parked|postponed)\b/i
/** A section of the work planned for the month after the report: its items are due by the end of that month. */
const nextMonth = /\bnext month\b/i
/** A section heading is a few words with no full stop at its end. */
const maxHeadingWords = 8
/**
 * "Posted 26 Aug: …", "Sent to the list on 7 May", "Ana Diaz sent the email on 7 May": a line reporting the item
 * delivered, its verb first or after the name of who did it (one to three capitalised words). Anchored, bounded.
 */
const delivered =
  /^(?:\p{Lu}[\p{Ll}'’-]{0,20}\s{1,2}){0,3}(?:[Pp]osted|[Ss]ent|[Pp]ublished|[Rr]eleased|[Dd]elivered|[Cc]ompleted|[Ff]inished)\b/u
/** "Ana Diaz", "Tom O'Neill": a person's name alone on its line, two or three capitalised words. */
const nameAlone = /^\p{Lu}[\p{Ll}'’-]{1,20}(?:\s\p{Lu}[\p{Ll}'’-]{1,20}){1,2}$/u
/** "Ana Diaz sent …", "Ana Diaz is working on …": the person named at the start of a line, then a verb. */
const nameOpening =
  /^(\p{Lu}[\p{Ll}'’-]{1,20}(?:\s\p{Lu}[\p{Ll}'’-]{1,20}){1,2})\s(?:is|will|has|sent|posted|published)\b/u
/** At least this many sections, each over a list numbered from 1, and this many items, make the layout. */
const minLists = 2
const minItems = 4

/** Whether a line heads a section of the report ("New Activities"), not an item's detail. */
function isSectionHeading(text: string): boolean {
  return (
    !numberedItem.test(text) &&
    !/[.:]$/.test(text) &&
    text.split(' ').length <= maxHeadingWords &&
    sectionWord.test(text)
  )
}

/** The last day of the month after a report's day ("2031-09-13" → "2031-10-31"). */
function endOfNextMonth(day: string): string {
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7))
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 }
  const last = daysInMonth(next.year, next.month)
  return `${next.year}-${String(next.month).padStart(2, '0')}-${String(last).padStart(2, '0')}`
}

interface Item {
  readonly index: number
  readonly ref: string
  readonly title: string
  readonly section: string
  readonly details: string[]
}

/**
 * Reads a one-column monthly status report whose fixed sections ("Continued Activities", "New Activities",
 * "Planned for Next Month", "Tabled Activities") each hold a list numbered from 1, each item followed by lines
 * naming who did it and what came of it, as a volunteer team's report to its board is written:
 *
 * ```text
 * Outreach report for 2031-03-12
 * New Activities
 * 1. Members' newsletter
 * Ana Diaz
 * Posted 4 March: https://example.org/news
 * Planned for Next Month
 * 1. Tom Reid is writing a guide to the new site.
 * Tabled Activities
 * 1. Survey of past speakers
 * ```
 *
 * Each numbered item is an action, its number the ref and the section its section. A name alone on a line under
 * the item, or opening a line with its verb ("Ana Diaz sent …"), or opening the item ("Tom Reid is writing …"), is
 * its owner; a line reporting it posted, sent or published ("Posted 4 March: …") marks it complete. The items of a
 * section set aside ("Tabled", "Deferred", "On hold") are on hold, and those planned for the next month are due by the
 * end of the month after the report's date. A section with no numbered list ("Issues", "None") holds no action. The
 * lines above the first section are the title rows. Returns null unless a one-column page has at least two sections
 * each over a list numbered from 1, four items in all, and lines under at least half of them.
 *
 * @example
 * readReportSectionLists([
 *   ['Report for 2031-03-12'], ['New Activities'], ['1. Newsletter'], ['Ana Diaz'], ['Posted 4 March'],
 *   ['2. Web page'], ['Tabled Activities'], ['1. Speaker survey'], ['2. Poster run'],
 * ])?.rows[2] // ['1', 'Newsletter', 'Ana Diaz', 'Complete', '', 'New Activities', 'Ana Diaz Posted 4 March']
 */
export function readReportSectionLists(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex(({ text }) => isSectionHeading(text))
  if (first < 0) return null
  const items: Item[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  let section = ''
  let lists = 0
  let expected = 1
  for (const { index, text } of lines.slice(first)) {
    if (isSectionHeading(text)) {
      section = text
      expected = 1
      sectionRows.push(index + 1)
      continue
    }
    const item = numberedItem.exec(text)
    if (item !== null) {
      // Each section's list runs 1, 2, 3 …: a number out of order is another layout's.
      if (Number(item[1]) !== expected) return null
      if (expected === 1) lists++
      expected++
      items.push({ index, ref: item[1]!, title: item[2]!.trim(), section, details: [] })
      continue
    }
    const open = items[items.length - 1]
    if (open === undefined || open.section !== section) skippedRows.push(index + 1)
    else open.details.push(text)
  }
  if (lists < minLists || items.length < minItems) return null
  // Most items are followed by who did them and what came of them: bare lists under status headings are another
  // layout's.
  if (items.filter((read) => read.details.length > 0).length * 2 < items.length) return null
  let reportDay: string | null = null
  for (const { text } of lines.slice(0, first)) {
    const date = parseTargetDate(text)
    if (date.kind === 'due' && date.precision === 'day' && date.due !== null) reportDay = date.due
  }
  const records: OneColumnRecord[] = items.map((read) => {
    const owner =
      read.details.find((line) => nameAlone.test(line) && !sectionWord.test(line)) ??
      read.details.map((line) => nameOpening.exec(line)?.[1]).find((name) => name !== undefined) ??
      nameOpening.exec(read.title)?.[1] ??
      ''
    const status = setAside.test(read.section)
      ? 'On hold'
      : read.details.some((line) => delivered.test(line) && !nameAlone.test(line))
        ? 'Complete'
        : ''
    const target = reportDay !== null && nextMonth.test(read.section) ? endOfNextMonth(reportDay) : ''
    return {
      index: read.index,
      cells: [read.ref, read.title, owner, status, target, read.section, read.details.join(' ')],
    }
  })
  const top = lines[first]!.index
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Ref', 'Action', 'Owner', 'Status', 'Target date', 'Section', 'Notes'],
    records,
    {
      mergedRows: [],
      sectionRows,
      skippedRows,
      titleEvidence:
        'each numbered item of the report\'s sections ("New Activities", "Planned for Next Month")',
    },
  )
}
