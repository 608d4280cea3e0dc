import { lookupMonth } from '../dates/lexicon'
import { parseTargetDate } from '../dates/parseTargetDate'
import { BULLET_LEAD } from './bulletMarks'
import { isDateAlone } from './isDateAlone'
import { lastSpacedDash } from './lastSpacedDash'
import type { FlattenedActionTables } from './flattenActionTables'
import { oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/**
 * "What we did in August", "What we've done", "What we have achieved since May", and a project status report's "Key
 * activities/milestones since last report", "Milestones achieved since last report": the heading of a report. Bounded.
 */
const reportHeading =
  /^(?:what we(?:['’]ve| have)? (?:did|done|achieved|delivered)(?: (?:in|during|since|this|last) [\p{L}\d ]{1,30})?|(?:key )?(?:activities|milestones|progress|work)(?:\/(?:activities|milestones))?(?: (?:achieved|completed|delivered|made))? since (?:the )?last (?:report|update))\s{0,2}:?$/iu

/**
 * "What we are going to do in September", "What we will do next", "What's next", "Plans for October": the heading
 * of what is still to do. Group 1 is the month it names, if any. Bounded.
 */
const plansHeading =
  /^(?:what we(?:['’]re| are) (?:going to do|planning|doing next)|what we(?:['’]ll| will) do(?: next)?|what(?:['’]s| is) (?:next|coming up)|plans|coming up|next steps|(?:key )?upcoming (?:activities|milestones|work|tasks|actions)(?:\/(?:activities|milestones))?)(?: (?:in|for|during|by|over) ([A-Z][a-z]{2,8}(?: \d{4})?))?\s{0,2}[:?]?$/i

/** "Key risks and issues", "Risks and issues for escalation", "Budget": a status report's other standing parts, which
 * end its list of planned work. Bounded. */
const otherPartHeading =
  /^(?:key |new(?:\/changed)? )?(?:risks?|issues|risks and issues|budget|finances?)\b.{0,60}$/i

/**
 * A planned line and the date it ends in after a spaced dash, as a status report's milestones are dated ("DAS
 * approved by Court - April 2020" → "DAS approved by Court", "April 2020"); the line and '' without one.
 */
function splitDateAtEnd(text: string): { text: string; target: string } {
  const dash = lastSpacedDash(text)
  if (dash < 0) return { text, target: '' }
  const tail = text.slice(dash + 3).trim()
  return isDateAlone(tail) && parseTargetDate(tail).kind === 'due'
    ? { text: text.slice(0, dash).trim(), target: tail }
    : { text, target: '' }
}

/**
 * The day a planned line's own words date it by, as an ISO day ("… to Committee 3 April 2020 and Court 27 April
 * 2020" → "2020-04-27", the later one), or '' when they name no day or month: what any action's prose gives it when
 * its table has no target column.
 */
function dateInLine(text: string): string {
  const read = parseTargetDate(text)
  return (read.kind === 'due' || read.kind === 'multiple') && read.due !== null ? read.due : ''
}

/** "Let us know if you have any feedback on this update": a sign-off about the update itself, not work. Bounded. */
const aboutUpdate = /\bthis (?:update|report|newsletter|blog|post|note)\b/i
const asksFeedback = /\b(?:feedback|let us know|get in touch|contact us)\b/i

/** At least this many lines of planned work make a list of them. */
const minPlans = 2

/**
 * Reads a team's monthly update laid out in one column, as government digital teams and project offices publish
 * them: a heading over what the team did ("What we did in August", each line a piece of work done), then a heading
 * over what it will do ("What we are going to do in September", "What's next", "Plans for October"), each line
 * below it a piece of planned work. A careful reader takes only the planned work as the plan: each line under that
 * heading is an action, due by the end of the month the heading names (its year the one the update's title gives),
 * and a closing line about the update itself ("We are still working on the format of this update. Let us know if
 * you have any feedback.") is no work. The report above is left out. The page's first line is its title.
 *
 * A project office's status report reads the same way: "Key activities/milestones since last report" is its report
 * heading, and "Upcoming activities" and "Upcoming milestones" are its plans headings, each the section of the lines
 * below it; a milestone dated after a spaced dash ("New system live - July 2031") is due then, and an undated line
 * under a heading naming no month is due on the date its words give.
 *
 * Needs a report heading above a plans heading and at least two lines of planned work below it; the plans go on past
 * later plans headings and end at the next report heading or the report's next standing part ("Key risks and
 * issues", "Budget"). Returns null for any other page.
 *
 * @example
 * readPlansAfterReport([
 *   ['Records team update: May 2031'], ['What we did in May'], ['We moved the archive to the new store.'],
 *   ['What we will do in June'], ['We will index the first hundred boxes.'], ['Sam is training two volunteers.'],
 * ])?.rows.slice(1) // [['Action', 'Target'], ['We will index the first hundred boxes.', 'June'], ['Sam is training two volunteers.', 'June']]
 */
export function readPlansAfterReport(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null || lines.length < 4) return null
  const report = lines.findIndex((line) => line.text.length <= 60 && reportHeading.test(line.text))
  if (report < 1) return null
  let plans = -1
  let month = ''
  for (let at = report + 1; at < lines.length && plans < 0; at++) {
    const text = lines[at]!.text
    if (text.length > 60) continue
    const heading = plansHeading.exec(text)
    if (heading === null) continue
    const named = heading[1]
    if (named !== undefined && lookupMonth(named.split(' ')[0]!.toLowerCase(), false) === null) return null
    plans = at
    month = named ?? ''
  }
  if (plans < 0) return null
  const records: { index: number; cells: string[] }[] = []
  // Each line's part of the plans, the heading over it ("Upcoming milestones"): its section.
  let section = lines[plans]!.text.replace(/[:?]$/, '')
  for (let at = plans + 1; at < lines.length; at++) {
    const { index, text } = lines[at]!
    if (text.length <= 60) {
      if (reportHeading.test(text) || otherPartHeading.test(text)) break
      // "Upcoming activities/milestones" over "Upcoming activities" and "Upcoming milestones": each part of the plans.
      const part = plansHeading.exec(text)
      if (part !== null) {
        if (part[1] !== undefined) month = part[1]
        section = text.replace(/[:?]$/, '')
        continue
      }
    }
    // The sign-off about the update itself is left out with the report.
    if (aboutUpdate.test(text) && asksFeedback.test(text)) continue
    const bullet = BULLET_LEAD.exec(text)
    const dated = splitDateAtEnd(bullet === null ? text : text.slice(bullet[0].length))
    // A date at the line's end, else the month the heading names, else a date in the line's own words.
    const target = dated.target !== '' ? dated.target : month !== '' ? month : dateInLine(dated.text)
    records.push({ index, cells: [dated.text, section, target] })
  }
  if (records.length < minPlans) return null
  const titleIndex = lines[0]!.index
  const placed = new Set(records.map((record) => record.index))
  const skippedRows = lines
    .slice(1)
    .filter((line) => !placed.has(line.index))
    .map((line) => line.index + 1)
  const dated = records.some((record) => record.cells[2] !== '')
  return oneColumnRecords(
    table.slice(0, titleIndex + 1),
    titleIndex + 1,
    dated ? ['Action', 'Section', 'Target'] : ['Action', 'Section'],
    dated ? records : records.map((record) => ({ ...record, cells: record.cells.slice(0, 2) })),
    {
      mergedRows: [],
      skippedRows,
      titleEvidence:
        'each line under the heading of what the team will do ("What we are going to do in September"), below its report of what it did',
    },
  )
}
