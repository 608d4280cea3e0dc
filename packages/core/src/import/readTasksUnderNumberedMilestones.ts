import { BULLET_LEAD } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { struckThrough } from './struckThrough'

/**
 * "Milestone 2", "Sprint 3 (in progress)", "Phase 1 ( Completed )": a numbered stage of a plan alone on its line,
 * with at most a short bracket after it. Anchored, bounded.
 */
const stageHeading =
  /^(milestone|sprint|iteration|phase|stage|release)\s(\d{1,3})(?:\s{0,2}\(\s{0,2}[^()]{1,30}\))?\s{0,2}:?$/i

/** "Two weeks starting 3 May", "1 week review and plan", "One month": a line that opens with a length of time. */
const durationLead =
  /^(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s(?:weeks?|days?|months?|sprints?)\b/i

/** "Goal: …", "Aim: …", "Scope: …": a line saying what the stage is for, not a task of it. */
const purposeLead = /^(?:goals?|aims?|objectives?|purpose|scope|focus|theme|outcome)\s?:\s/i

/** "3b - Build the form", "12 – Test": the task's own number (with a letter) before a spaced dash. */
const taskRef = /^(\d{1,3})[a-z]?\s[-–]\s{1,3}(?=\S)/

/** A line in quotation marks from end to end: a motto or an epigraph, not a task. */
const quoted = /^["“‘'].*["”’']$/

/** At least this many numbered stages make the layout. */
const minStages = 2
/** At least this many tasks crossed off or numbered by their stage make the lines tasks, not a report's prose. */
const minMarked = 2

/**
 * Reads a one-column plan of numbered stages of the same kind ("Milestone 1", "Sprint 2 (in progress)", "Phase 3"),
 * each heading alone on its line over the stage's tasks, one a line, as teams write a roadmap or a sprint plan. Each
 * line under a heading is a task sectioned by its stage, except a line that opens with a length of time ("Two weeks
 * starting 3 May", "1 week review") and a line saying what the stage is for ("Goal: …"), which describe the stage,
 * and a line quoted from end to end (a motto). A task crossed off in Markdown ("~~Write the tests~~") is done; a task
 * opening with its own number before a dash ("2b - Test the form") keeps it for the table's reader to peel as its
 * ref. Lines above the first
 * heading are the title rows. Returns null unless the page is one column with at least two such headings of one
 * kind, numbered upwards, each over at least one task, and at least two tasks are crossed off or numbered by their
 * stage ("2b" under "Sprint 2"): without such marks the lines under a numbered milestone are a report's prose.
 *
 * @example
 * readTasksUnderNumberedMilestones([
 *   ['Website plan'], ['Sprint 1 (done)'], ['~~Draw the wireframes~~'], ['Sprint 2'], ['Goal: a page people can use'],
 *   ['2a - Build the form'],
 * ])?.rows.slice(2) // [['Draw the wireframes', 'Done', 'Sprint 1 (done)'], ['2a - Build the form', '', 'Sprint 2']]
 */
export function readTasksUnderNumberedMilestones(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex((line) => stageHeading.test(line.text))
  if (first < 0) return null
  const kind = stageHeading.exec(lines[first]!.text)![1]!.toLowerCase()
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const mergedRows: number[] = []
  let stage = ''
  let stages = 0
  let lastNumber = -1
  let underStage = 0
  // Tasks crossed off or numbered by their stage ("2b" under "Sprint 2"): the marks of a task list.
  let marked = 0
  for (let at = first; at < lines.length; at++) {
    const line = lines[at]!
    const heading = stageHeading.exec(line.text)
    if (heading !== null) {
      const number = Number(heading[2])
      if (heading[1]!.toLowerCase() !== kind || number <= lastNumber) return null
      if (stages > 0 && underStage === 0) return null
      lastNumber = number
      stage = line.text
      stages++
      underStage = 0
      sectionRows.push(line.index + 1)
      continue
    }
    const text = line.text.replace(BULLET_LEAD, '')
    if (durationLead.test(text) || purposeLead.test(text) || quoted.test(text)) {
      mergedRows.push(line.index + 1)
      continue
    }
    const struck = struckThrough(text)
    const task = struck ?? text
    const ref = taskRef.exec(task)
    if (struck !== null || (ref !== null && Number.parseInt(ref[1]!, 10) === lastNumber)) marked++
    records.push({ index: line.index, cells: [task, struck === null ? '' : 'Done', stage] })
    underStage++
  }
  if (stages < minStages || underStage === 0 || marked < minMarked) return null
  const top = lines[first]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Status', 'Section'], records, {
    mergedRows,
    sectionRows,
    titleEvidence:
      'each line under a numbered stage heading ("Milestone 2", "Sprint 3"), crossed off when done',
  })
}
