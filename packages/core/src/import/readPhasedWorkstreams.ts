import { parseTargetDate } from '../dates/parseTargetDate'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { MAX_HEADING_LENGTH } from './maxHeadingLength'

/** "Phase 2: Build", "Stage III – Launch", "Part 1. Survey": a counted stage of the plan and its name. */
const phaseHeading =
  /^(?:phase|stage|part)\s{1,3}(?:\d{1,2}|[ivx]{1,5}|one|two|three|four|five|six)\s{0,2}[:.–—-]\s{0,3}\S/i
/** A four-digit year anywhere in a line. */
const yearWord = /(?<!\d)(?:19|20)\d\d(?!\d)/
/** A note that the work is not settled yet ("To be determined once the survey is in", "TBC"). */
const placeholderNote = /^(?:to be (?:determined|decided|confirmed|agreed|defined)|tb[cd])\b/i
/** "Month -5: ", "Week 3 – ", "Day 10: ": a window counted toward or from an event, before its period. Bounded. */
const countedWindow = /^(?:month|week|day)\s{1,2}[-+–−]?\s{0,2}\d{1,2}\s{0,2}[:–—-]\s{0,3}(?=\S)/i
/** A workstream heading written as one word ("Registration", "Publicity") over tasks written without full stops. */
const oneWord = /^[\p{L}&/-]{2,40}$/u
/** A line closed as a sentence is. */
const sentenceEnd = /[.!?]["'”’)]?$/
/** The longest period line, in characters. */
const maxPeriodLength = 40
/** At least this many period lines, and this many actions. */
const minPeriods = 2
const minActions = 3

/**
 * Whether a line is only a window of time naming its year ("February-August 2031", "October 2031-May 2032"), or
 * one left open ("January 2032 onwards", "September 2032-Indefinitely", which name no due date). Not the shared
 * `headingPeriod`: that reads a heading made of period words alone, closed by a due date, while a timeline's last
 * window is often left open in words of its own, and a reading that stopped at it would lose the timeline.
 */
function isPeriodLine(text: string): boolean {
  if (text.length > maxPeriodLength || !yearWord.test(text) || !/^\p{Lu}|^\d/u.test(text)) return false
  // A phase named with its window ("Phase 2: Build (July 2031)") is a heading, not a window alone.
  if (/[:()[\]]/.test(text) || phaseHeading.test(text)) return false
  const date = parseTargetDate(text, { referenceDate: '2000-01-01' })
  if (date.confidence < 0.5) return false
  return date.kind === 'started'
    ? date.start !== null
    : (date.kind === 'due' || date.kind === 'range') && date.due !== null
}

/**
 * The window of time a line states: the line itself when it is a period alone ({@link isPeriodLine}), or the
 * period after a counted window's label ("Month -5: November 2030" → "November 2030", as an event's plan counts the
 * months to the event). Null for any other line.
 */
function windowOf(text: string): { period: string; counted: boolean } | null {
  if (isPeriodLine(text)) return { period: text, counted: false }
  const label = countedWindow.exec(text)
  if (label === null) return null
  const period = text.slice(label[0].length)
  return isPeriodLine(period) ? { period, counted: true } : null
}

/**
 * Reads a project timeline written as one column of phases, windows and workstreams, as project offices print a
 * project's plan on its web page: "Phase 1: Discovery" over a window of time ("March-June 2031") over workstream
 * headings ("Map the Current Service"), each over its tasks written as sentences ("Interview every team lead.").
 * Each task is an action due by the end of the window above it, its workstream heading its section. A workstream
 * heading with no tasks under it ("Choose a Supplier", or one over only a note that the work is "To be
 * determined …") is itself an action, due by the end of its window. The lines above the first phase heading that
 * stands over a window are the title rows (an introduction naming the phases).
 * Returns null unless the page is one column with at least two window lines, each right under a phase heading or
 * under the work of the window before it, and nothing from that first phase heading on but phase headings,
 * windows, short headings and sentences, giving three actions or more.
 *
 * @example
 * readPhasedWorkstreams([
 *   ['Phase 1: Survey'], ['May-June 2031'], ['Map the Service'], ['Interview the leads.'], ['Phase 2: Build'],
 *   ['July 2031'], ['Choose a Supplier'],
 * ])?.rows.slice(1, 3) // [['Action', 'Target date', 'Section'], ['Interview the leads.', 'May-June 2031', 'Map the Service']]
 */
export function readPhasedWorkstreams(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  let first = -1
  for (let at = 0; at < lines.length; at++) {
    const window = windowOf(lines[at]!.text)
    if (window === null) continue
    if (at > 0 && phaseHeading.test(lines[at - 1]!.text)) {
      first = at - 1
      break
    }
    // A counted window ("Month -5: November 2030") opens the timeline under a heading of any words.
    if (window.counted) {
      first = at
      break
    }
  }
  if (first < 0) return null
  const top = lines[first]!.index
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  let periods = 0
  let counted = false
  // An event's checklist writes its tasks without full stops: its one-word lines are the workstream headings.
  const bare = lines.slice(first).every((line) => !sentenceEnd.test(line.text))
  let window: string | null = null
  let phase = ''
  let heading: { index: number; text: string; tasks: number } | null = null
  let tasks = 0
  // A workstream heading that no task followed is an action of its own.
  const closeHeading = (): void => {
    if (heading !== null && heading.tasks === 0 && window !== null && !bare)
      records.push({ index: heading.index, cells: [heading.text, window, phase] })
    heading = null
  }
  for (const line of lines.slice(first)) {
    const { text, index } = line
    if (phaseHeading.test(text) && text.length <= MAX_HEADING_LENGTH) {
      closeHeading()
      window = null
      phase = text
      sectionRows.push(index + 1)
      continue
    }
    const stated = windowOf(text)
    if (stated !== null) {
      closeHeading()
      window = stated.period
      if (stated.counted) counted = true
      periods++
      sectionRows.push(index + 1)
      continue
    }
    // Work with no window over it is another layout's.
    if (window === null) return null
    if (placeholderNote.test(text)) {
      skippedRows.push(index + 1)
      continue
    }
    if (bare ? !oneWord.test(text) : sentenceEnd.test(text)) {
      if (heading === null || text.length > 1_000) return null
      const open: { index: number; text: string; tasks: number } = heading
      open.tasks++
      tasks++
      records.push({ index, cells: [text, window, open.text] })
      continue
    }
    if (text.length > MAX_HEADING_LENGTH) return null
    closeHeading()
    heading = { index, text, tasks: 0 }
    sectionRows.push(index + 1)
  }
  closeHeading()
  // One window counted toward an event is timeline enough: its label says what the page is.
  if (periods < (counted ? 1 : minPeriods) || tasks === 0 || records.length < minActions) return null
  records.sort((a, b) => a.index - b.index)
  // A workstream that became an action is no section.
  const actionRows = new Set(records.map((record) => record.index + 1))
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Target date', 'Section'], records, {
    mergedRows: [],
    sectionRows: sectionRows.filter((row) => !actionRows.has(row)),
    skippedRows,
    titleEvidence:
      'each task under a phase\'s window of time ("March-June 2031"), due by the end of that window',
  })
}
