import { BULLET_LEAD } from './bulletMarks'
import { namesPresent } from './namesPresent'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** "Ana:", "Ana Cruz:": a person's name alone on its line, then a colon. Anchored, bounded. */
const nameHeading = /^(\p{Lu}[\p{L}'’-]{1,20}(?: \p{Lu}[\p{L}'’-]{1,20})?):$/u

/** "Ana: book the hall": a first name, a colon, then what that person does. Anchored, bounded. */
const nameLine = /^(\p{Lu}[\p{L}'’-]{1,20}):\s{1,3}\S/u

/** "1. ", "2) ", "(3) ": a numbered line, an entry of a roll or an agenda rather than a person's task. */
const numbered = /^\(?\d{1,3}[.)]\s/

/** "Label: …": a line opening with a word or two and a colon, a note of its own rather than a task. */
const labelled = /^[\p{L}'’-]{1,30}(?: [\p{L}'’-]{1,30})?:\s/u

/** "1. Alan Bell", "3. Ana de Vries": a person on a numbered roll (attendance), first name and surname, the surname's
 * particles ("de", "van der", "zur") allowed, nothing else on the line. Bounded. */
const listedPerson =
  /^\d{1,3}[.)]\s{1,3}(\p{Lu}[\p{L}'’-]{1,20})(?: (?:\p{Lu}[\p{L}'’-]{0,20}|\p{Ll}{1,4})){1,3}$/u

/** "(with Ana)", "(mit Ana und Tom)", "(avec Ana)": the people who help with a task, in a bracket at its end. */
const helpersBracket = /\(\s{0,2}(?:with|mit|avec|met|con)\s([^()]{1,60})\)\s{0,2}$/i

/** At least this many people's headings, one after another, make the layout. */
const minGroups = 3

/**
 * Reads a task list written per person, as minutes of a club or a student council keep their open tasks: a person's
 * name alone on a line with a colon ("Ana:"), then that person's tasks one a line, then the next person's name. Each
 * line under a name is a task owned by that person; "(with Tom)" at its end ("mit", "avec", "met", "con") adds the
 * helper as an owner. A line right above the first name that opens with a listed person's first name and a colon
 * ("Ana: book the hall, ask the bakery") is that person's tasks written on one line, kept whole. The run of names
 * must be at least three long, every name over at least one task; a line that is numbered ("1. …") or opens with a
 * label and a colon ends a group, so a roll of members under "Present:" or an agenda under "Items:" is none. At
 * least half the names must be the first names of people the page's roll lists ("Present: Ana Cruz, …", or a
 * numbered list of full names such as its attendance), so headings such as "Notes:" over lines are not read as
 * people. The page's first line is its title; no other line above or below the run is a task. Returns null
 * otherwise.
 *
 * @example
 * readTasksUnderNameHeadings([
 *   ['Present:'], ['1. Ana Cruz'], ['2. Tom Reed'], ['3. Lee Park'], ['Ana:'], ['Book the hall (with Tom)'],
 *   ['Tom:'], ['Print the flyers'], ['Lee:'], ['Ask the bakery'],
 * ])?.rows.slice(-3)
 * // [['Book the hall (with Tom)', 'Ana, Tom'], ['Print the flyers', 'Tom'], ['Ask the bakery', 'Lee']]
 */
export function readTasksUnderNameHeadings(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  // The longest run of name headings, each over at least one task line.
  let best: { start: number; end: number; groups: number } | null = null
  for (let at = 0; at < lines.length; ) {
    if (!nameHeading.test(lines[at]!.text)) {
      at++
      continue
    }
    const start = at
    let groups = 0
    while (at < lines.length && nameHeading.test(lines[at]!.text)) {
      let tasks = 0
      let next = at + 1
      while (next < lines.length && isTask(lines[next]!.text)) {
        tasks++
        next++
      }
      if (tasks === 0) break
      groups++
      at = next
    }
    if (groups >= minGroups && (best === null || groups > best.groups)) best = { start, end: at, groups }
    if (at === start) at++
  }
  if (best === null) return null
  const people = new Set<string>(namesPresent(table))
  for (let at = 0; at < lines.length; at++) {
    if (at >= best.start && at < best.end) continue
    const person = listedPerson.exec(lines[at]!.text)
    if (person !== null) people.add(person[1]!.toLowerCase())
  }
  const records: OneColumnRecord[] = []
  // "Ana: book the hall, ask the bakery" right above the run: a listed person's tasks written on their name's line.
  let start = best.start
  while (start > 0) {
    const named = nameLine.exec(lines[start - 1]!.text)
    if (named === null || !people.has(named[1]!.toLowerCase())) break
    start--
  }
  for (let at = start; at < best.start; at++)
    records.push({ index: lines[at]!.index, cells: [lines[at]!.text, nameLine.exec(lines[at]!.text)![1]!] })
  const sectionRows: number[] = []
  let owner = ''
  let known = 0
  for (let at = best.start; at < best.end; at++) {
    const line = lines[at]!
    const heading = nameHeading.exec(line.text)
    if (heading !== null) {
      owner = heading[1]!
      if (people.has(owner.split(' ')[0]!.toLowerCase())) known++
      sectionRows.push(line.index + 1)
      continue
    }
    const task = line.text.replace(BULLET_LEAD, '')
    const helpers = helpersBracket.exec(task)
    const owners =
      helpers === null
        ? owner
        : [owner, ...helpers[1]!.split(/\s{0,2}(?:,|\band\b|\bund\b|\bet\b|\ben\b|\by\b|&)\s{0,2}/)]
            .map((name) => name.trim())
            .filter((name) => name !== '')
            .join(', ')
    records.push({ index: line.index, cells: [task, owners] })
  }
  if (known * 2 < best.groups) return null
  const top = lines[start]!.index
  // The page's first line is its title; the rest above the run (attendance, agenda, notes) holds no task.
  const first = lines[0]!.index
  return oneColumnRecords(table.slice(first, first + 1), top + 1, ['Action', 'Owner'], records, {
    mergedRows: [],
    sectionRows,
    skippedRows: [...lines.slice(1, start), ...lines.slice(best.end)].map((line) => line.index + 1),
    titleEvidence: 'each line under a person\'s name alone with a colon ("Ana:"), owned by that person',
  })
}

/** A line that can be a person's task: not a name heading, not numbered, not a label's note. */
function isTask(text: string): boolean {
  return !nameHeading.test(text) && !numbered.test(text) && !labelled.test(text) && !text.endsWith(':')
}
