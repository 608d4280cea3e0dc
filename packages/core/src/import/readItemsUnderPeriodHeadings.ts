import { lookupMonth } from '../dates/lexicon'
import { parseTargetDate } from '../dates/parseTargetDate'
import { BULLET_LEAD } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** A four-digit year. */
const yearWord = /(?<!\d)(?:19|20)\d\d(?!\d)/
/** "Fall", "Spring Semester", "Summer Term": the season or part of the academic year a heading names. Bounded. */
const seasonWord = /\b(?:spring|summer|fall|autumn|winter|semester|term|trimester)\b/i
/** A period heading is short ("Fall Semester 2018", "Spring 2032", "Summer/Fall 2019"). */
const maxHeadingWords = 4
/** An item is a line of at most this many words, no paragraph. */
const maxItemWords = 25
/** The title and an introduction: at most this many lines above the first period heading. */
const maxLinesAbove = 3
/** At least this many items make such a timeline. */
const minItems = 3
/**
 * "(Aug 23)", "(Aug 23-Sep 15)", "(Oct 5-7)": a day, or a range of days, in brackets closing an item, with no year.
 * Groups: the first month and day, then the last day's month (if another) and day. Bounded, anchored at the end.
 */
const dayInBrackets =
  /\(([A-Z][a-z]{2,8})\.? (\d{1,2})(?:\s{0,2}[-–]\s{0,2}(?:([A-Z][a-z]{2,8})\.? )?(\d{1,2}))?\)$/

/**
 * The period a heading line names on its own ("Fall Semester 2018" → Sep 2018 to Jan 2019), or null: a line of at
 * most four words with a year, read as a season, a semester, a term or a range of them.
 */
function periodOf(text: string): { start: string; due: string } | null {
  if (text.split(/[\s/]+/).length > maxHeadingWords || !yearWord.test(text) || /[.:;!?]$/.test(text))
    return null
  // "2019 Q1" heads a quarter's objectives over their key results, read by the readers of those.
  if (!seasonWord.test(text)) return null
  const read = parseTargetDate(text)
  if ((read.kind !== 'due' && read.kind !== 'range') || read.start === null || read.due === null) return null
  if (read.confidence < 0.8 || read.start.slice(0, 7) === read.due.slice(0, 7)) return null
  return { start: read.start, due: read.due }
}

/**
 * The day an item's closing brackets give ("(Aug 23)", "(Oct 5-7)", "(Aug 23-Sep 15)": the last day of a range),
 * in the year that puts it in the period, or nearest to it (January in an autumn semester of 2018 is 2019's). Null when the item gives no such day.
 */
function dayOf(text: string, period: { start: string; due: string }): string | null {
  const match = dayInBrackets.exec(text)
  if (match === null) return null
  const monthWord = (match[3] ?? match[1]!).toLowerCase()
  const month = lookupMonth(monthWord, false)?.month
  const day = Number(match[4] ?? match[2])
  if (month === undefined || day < 1 || day > 31) return null
  const startYear = Number(period.start.slice(0, 4))
  const tail = `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  // The year that puts the day in the period, or nearest to it: "Aug 23" in a semester of Sep 2018 to Jan 2019 is
  // 2018's, "Jan 10" there 2019's.
  let best = ''
  let bestGap = Number.POSITIVE_INFINITY
  for (const year of [startYear - 1, startYear, startYear + 1]) {
    const date = `${year}${tail}`
    const gap =
      date < period.start
        ? daysBetween(date, period.start)
        : date > period.due
          ? daysBetween(period.due, date)
          : 0
    if (gap < bestGap) {
      best = date
      bestGap = gap
    }
  }
  return best
}

/** Whole days from one ISO date to a later one. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
}

/**
 * Reads a timeline page in one column whose items sit under period headings, as colleges and councils set out a
 * planning process: a title and an introduction, then "Fall Semester 2018" alone on its line over the steps of that
 * semester, one a line ("Community offers feedback on draft process (Aug 23-Sep 15)", "Working groups for themes
 * are identified"), often in groups the page once labelled by month, then "Spring Semester 2019" over the next.
 * A careful reader takes each line as a step: due on the day its closing brackets give (the last day of a range, in the
 * year that puts it in the period or nearest to it), else by the end of its period. The period
 * heading is its section; the lines above the first heading (the title, then sentences introducing it) are the title rows.
 *
 * Needs at least {@link minItems} items, at most {@link maxLinesAbove} lines above the first heading, and nothing
 * below it but period headings (a season, semester or term with its year, at most four words; a quarter, "2019 Q1",
 * heads objectives instead) and short lines of at most {@link maxItemWords} words, no bullet, that end in no colon. Returns null otherwise.
 *
 * @example
 * readItemsUnderPeriodHeadings([
 *   ['Planning timeline'], ['Spring 2032'], ['Survey opens (Mar 2)'], ['Results published'], ['Panel meets (Apr 4-5)'],
 * ])?.rows.slice(2).map((row) => row[1]) // ['2032-03-02', '2032-06-30', '2032-04-05']
 */
export function readItemsUnderPeriodHeadings(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex((line, at) => at > 0 && at <= maxLinesAbove && periodOf(line.text) !== null)
  if (first < 1) return null
  // Above the first heading, the title and sentences introducing the timeline: a label ("Lead: Workshop
  // Managers") or a caption ("Schedule") there frames another layout.
  if (lines.slice(1, first).some((line) => !/[.!?]["'”’)]?$/.test(line.text))) return null
  const records: { index: number; cells: string[] }[] = []
  const sectionRows: number[] = []
  let heading = ''
  let period: { start: string; due: string } | null = null
  for (let at = first; at < lines.length; at++) {
    const { index, text } = lines[at]!
    const named = periodOf(text)
    if (named !== null) {
      heading = text
      period = named
      sectionRows.push(index + 1)
      continue
    }
    // A bulleted list under the heading is read by the readers of lists.
    if (
      period === null ||
      text.endsWith(':') ||
      BULLET_LEAD.test(text) ||
      text.split(' ').length > maxItemWords
    )
      return null
    records.push({ index, cells: [text, dayOf(text, period) ?? period.due, heading] })
  }
  if (records.length < minItems) return null
  const top = lines[first]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Target date', 'Section'], records, {
    mergedRows: [],
    sectionRows,
    titleEvidence:
      'each line under a period heading alone on its line ("Fall Semester 2018"), due on the day its brackets give or by the period’s end',
  })
}
