import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine } from './oneColumnRecords'
import { ownerAtStart } from './ownerAtStart'
import { parseTargetDate } from '../dates/parseTargetDate'

/** At least this many items under the deadline lead-ins make the layout. */
const minItems = 3

/** A heading over a list ("Own Tasks", "Shared Tasks") is a few words. */
const maxHeadingWords = 5

/**
 * "To be done until Friday 14.06.2030:", "To be finished by 12 May 2031:", "Done by Friday:": a line leading into the
 * list below it with the day that list is due. Anchored and bounded.
 */
const deadlineLeadIn =
  /^(?:to be\s)?(?:done|completed|finished|ready)\s(?:until|by|before)\s(\S.{1,50}?)\s{0,2}:$/i

/**
 * "Tasks until 14.06.2030", "Aufgaben bis zum 14.06.2030:", "To-dos by Friday": a heading naming the tasks below it
 * and the day they are due, its colon optional; the day must read as a date ({@link deadlineOf}). Anchored and
 * bounded.
 */
const tasksDueHeading =
  /^(?:tasks|to-?dos|aufgaben|todos)\s(?:due\s)?(?:until|by|before|bis(?:\s(?:zum|zur))?)\s(\S.{1,50}?)\s{0,2}:?$/i

/** The day a line leading into a list gives ("To be done until Friday 14.06.2030:", "Aufgaben bis zum 14.06.2030"),
 * as written, or null when the line is no such lead-in. */
function deadlineOf(text: string): string | null {
  const lead = deadlineLeadIn.exec(text)
  if (lead !== null) return lead[1]!
  const heading = tasksDueHeading.exec(text)
  if (heading === null) return null
  const kind = parseTargetDate(heading[1]!).kind
  return kind === 'due' || kind === 'range' ? heading[1]! : null
}

/** "Noor: write the guide, check the backups": a person's name, a colon, then the work. Bounded. */
const nameColon = /^([\p{Lu}][\p{L}'’-]{1,30}(?:\s[\p{Lu}][\p{L}'’.-]{0,30}){0,2}):\s{1,3}(\S.*)$/u

/**
 * Reads meeting notes that close with task lists each led in by the day they are due ("To be done until Friday
 * 14.06.2030:"), as a team's weekly notes give out the work until the next meeting: every line under such a lead-in,
 * down to the next lead-in or the page's end, is an action due that day; a line "Name: task, task" is owned by the
 * name before the colon and titled by the work after it. A short line right above a lead-in ("Own Tasks")
 * heads its list (the actions' section); of the notes above the first list only the page's first line is kept, as
 * its title. Null unless
 * a one-column page has such a lead-in and at least three items under its lead-ins, and no line under them is a
 * heading or lead-in of another kind.
 *
 * @example
 * readListsUnderDeadlineLeadIns(table, [
 *   { index: 0, text: 'Team meeting' }, { index: 1, text: 'To be done until 12.05.2031:' },
 *   { index: 2, text: 'update the sprint plan' }, { index: 3, text: 'Ana: review the PR, fix the build' },
 *   { index: 4, text: 'Bo: write the release notes' },
 * ])?.rows.at(-1) // ['write the release notes', 'Bo', '12.05.2031', '', 'Bo: write the release notes']
 */
export function readListsUnderDeadlineLeadIns(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null,
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex((line) => deadlineOf(line.text) !== null)
  if (first < 0) return null
  const top = first > 0 && isHeading(lines[first - 1]!.text) ? first - 1 : first
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const leadRows: number[] = []
  let due = ''
  let section = ''
  for (let at = top; at < lines.length; at++) {
    const line = lines[at]!
    const lead = deadlineOf(line.text)
    if (lead !== null) {
      due = lead
      leadRows.push(line.index + 1)
      continue
    }
    if (isHeading(line.text) && deadlineOf(lines[at + 1]?.text ?? '') !== null) {
      section = line.text
      sectionRows.push(line.index + 1)
      continue
    }
    const named = nameColon.exec(line.text)
    const owner =
      named !== null && ownerAtStart(`${named[1]}: Do the work`, 'name-first') === named[1] ? named[1]! : ''
    records.push({
      index: line.index,
      cells: [
        owner === '' ? line.text : named![2]!.trim(),
        owner,
        due,
        section,
        owner === '' ? '' : line.text,
      ],
    })
  }
  if (records.length < minItems) return null
  const start = lines[top]!.index
  return oneColumnRecords(
    // The notes above the lists (who came, what was discussed) are no part of the plan: only its title is kept.
    table.slice(0, start).map((row, at) => (at === lines[0]!.index ? row : row.map(() => ''))),
    start + 1,
    ['Action', 'Owner', 'Target date', 'Section', 'Description'],
    records,
    {
      mergedRows: leadRows,
      sectionRows,
      titleEvidence: 'each line under a lead-in giving its due day ("To be done until Friday 14.06.2030:")',
    },
  )
}

/** A heading over a list: a few words, with no colon or full stop. */
function isHeading(text: string): boolean {
  return text.split(' ').length <= maxHeadingWords && !/[:.;]/.test(text)
}
