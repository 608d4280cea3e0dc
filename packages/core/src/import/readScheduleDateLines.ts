import { parseTargetDate } from '../dates/parseTargetDate'
import type { FlattenedActionTables } from './flattenActionTables'
import { isDateAlone } from './isDateAlone'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** "Schedule Dates", "Key dates", "Timeline", "Deadlines": the short heading of a page's list of dated steps. */
const scheduleWord = /\b(?:dates|schedule|timeline|deadlines)\b/i
/** A heading is a few words with no colon; a sub-heading in the list ("Opening Times") too. */
const maxHeadingWords = 4
/** "Stall forms due: May 3rd by noon": the step, a colon, then its date. Group 1 the step, group 2 the date. The
 * step never ends in a digit: "8-11:00 am" is a time. Bounded runs: linear. */
const stepColonDate = /^([^:]{1,59}[^:\d\s])\s{0,2}:\s{0,3}(\S.{0,80})$/
/** "10am-4pm", "9:30 – 11:00 am", "6pm": a time of day or a span of them, and nothing else. Bounded: linear. */
const timeOnly = /^\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\.?)?(?:\s?[-–]\s?\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\.?)?)?$/i
/** A day of the week, written out or cut short ("Friday", "Sat."): a line naming one is dated by the event's day. */
const weekday = /\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day|\.)?(?=[\s,.]|$)|\b(?:wednes|satur)day\b/i
/** At least this many dated steps under the heading make the layout; a longer list is another kind of page. */
const minSteps = 3
const maxLines = 40
/** Words too short to name the event the page plans ("of", "the"). */
const minEventWordLength = 4

/**
 * A date reading dating a step: a day it is due by, or the end of the span it runs over, read in the first year on
 * or after the meeting's day. With no meeting day on the page, the words as written when they are a date (a year is
 * lent only to see that they are), for the plan's date context to read.
 */
function dueOf(text: string, referenceDate: string | undefined): string | null {
  const date = parseTargetDate(text, { referenceDate: referenceDate ?? '2000-01-01' })
  if ((date.kind !== 'due' && date.kind !== 'range') || date.due === null || date.confidence < 0.5)
    return null
  return referenceDate === undefined ? text : date.due
}

/** The day of the meeting the page records, from a line above the list that is a full date alone ("10/24/2031"). */
function pageDate(lines: readonly PageLine[]): string | undefined {
  for (const { text } of lines) {
    if (!/(?:19|20)\d\d/.test(text) || !isDateAlone(text)) continue
    // "10/24/2031": a day a reader sees at once to be month first, read so.
    const read = parseTargetDate(text)
    const date = read.kind === 'unknown' ? read.alternatives?.[0] : read
    if (date?.kind === 'due' && date.due !== null && date.precision === 'day') return date.due
  }
  return undefined
}

/** Whether a step's words name the event the page plans, as its first line does ("Spring Fair: May 9th" under
 * "Spring Fair Planning Meeting"): the event's own day, not a step towards it. */
function namesEvent(step: string, title: string): boolean {
  const words = title.toLowerCase().split(/[^\p{L}\d]+/u)
  return step
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .some((word) => word.length >= minEventWordLength && words.includes(word))
}

/**
 * Reads the list of dated steps closing a planning meeting's notes, as a committee organising an event writes its
 * schedule: a heading naming the dates ("Schedule Dates", "Key dates", "Timeline") over lines that each put a step
 * first and its day after a colon ("Stall forms due: May 3rd by 5 pm", "Raffle sales: April 1st-May 20th") or in
 * its words ("All prizes in by noon on Saturday, June 6"), the year left off because the meeting's date gives it:
 *
 * ```text
 * Spring Fair Planning Meeting
 * 2/10/2031
 * … the meeting's notes …
 * Key Dates
 * Spring Fair: June 6th
 * Stall forms due: May 3rd by 5 pm
 * Raffle sales: April 1st-May 20th
 * Opening Hours
 * Fair: 10am-4pm
 * Set-up Friday 6-8 pm & Saturday 7-9 am
 * All prizes in by noon on Saturday, June 6
 * ```
 *
 * Each step is an action due by its day (by the end of a span), read in the first year that falls on or after the
 * meeting's date; a step whose day is only a weekday ("Set-up Friday …", "Sat. at 9am") falls on the event's own day.
 * The line giving that day ("Spring Fair: June 6th", its words naming the event the page's first line plans) is no
 * step, nor is a line giving only the hours ("Fair: 10am-4pm") or a short sub-heading. A day a step only starts on
 * ("available from May 1st") is not its deadline. The lines above the heading are the title rows. Returns null unless
 * a one-column page has such a heading with at least three dated steps under it and every line below it reads so.
 *
 * @example
 * readScheduleDateLines([
 *   ['Fair Planning'], ['Key Dates'], ['Stall forms due: May 3rd'], ['Raffle sales: April 1st-May 20th'],
 *   ['All prizes in by Saturday, June 6'],
 * ])?.rows[2] // ['Stall forms due', 'May 3rd', 'Stall forms due: May 3rd']
 */
export function readScheduleDateLines(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const heading = lines.findIndex(
    ({ text }) => !text.includes(':') && text.split(' ').length <= maxHeadingWords && scheduleWord.test(text),
  )
  if (heading < 1 || lines.length - heading - 1 > maxLines) return null
  const referenceDate = pageDate(lines.slice(0, heading))
  const title = lines[0]!.text
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  let eventDay: string | null = null
  let dated = 0
  const weekdayRecords: number[] = []
  for (const { index, text } of lines.slice(heading + 1)) {
    // "May 2031: Launch": a timeline whose lines open with their date is another layout; a schedule puts the step
    // first.
    const head = /^([^:–-]{1,30}?)\s{0,2}(?::|\s[-–])\s/.exec(text)?.[1]
    if (head !== undefined && isDateAlone(head)) return null
    const labelled = stepColonDate.exec(text)
    if (labelled !== null) {
      const step = labelled[1]!.trim()
      const when = labelled[2]!.trim()
      if (timeOnly.test(when)) {
        skippedRows.push(index + 1)
        continue
      }
      const due = dueOf(when, referenceDate)
      if (due === null) return null
      if (eventDay === null && records.length === 0 && namesEvent(step, title)) {
        eventDay = due
        skippedRows.push(index + 1)
        continue
      }
      dated++
      records.push({ index, cells: [step, due, text] })
      continue
    }
    if (!text.includes(':') && text.split(' ').length <= maxHeadingWords && !/\d/.test(text)) {
      skippedRows.push(index + 1)
      continue
    }
    const due = dueOf(text, referenceDate)
    if (due !== null) dated++
    else if (weekday.test(text)) weekdayRecords.push(records.length)
    else if (parseTargetDate(text).kind !== 'started') return null
    records.push({ index, cells: [text, due ?? '', text] })
  }
  if (dated < minSteps) return null
  if (eventDay !== null) {
    for (const at of weekdayRecords) {
      const { index, cells } = records[at]!
      records[at] = { index, cells: [cells[0]!, eventDay, cells[2]!] }
    }
  }
  const top = lines[heading]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Target date', 'Description'], records, {
    mergedRows: [],
    skippedRows,
    titleEvidence: 'each step of the schedule under its dates heading, due by the day written after it',
  })
}
