import { matchColumnHeader } from './columnSynonyms'
import type { FlattenedActionTables } from './flattenActionTables'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { type OneColumnRecord, oneColumnRecords, type PageLine } from './oneColumnRecords'
import { readOwnerCell } from './readOwnerCell'

/** At least this many "role: task" lines make the layout. */
const minItems = 5

/** The page's title lines above the first task: at most this many. */
const maxTitleLines = 3

/** A heading between groups of tasks ("September", "Two weeks before the festival") has at most this many words. */
const maxHeadingWords = 6

/**
 * "admin: post the new timetable", "Treasurer: pay the hall hire": a role of one to three words, a colon, then the
 * task opening with a word in lower case and going on. Bounded, so the match cannot backtrack far.
 */
const roleColonTask =
  /^(\p{L}[\p{L}'’-]{0,24}(?:[ /&]{1,3}\p{L}[\p{L}'’-]{0,24}){0,2})\s{0,2}:\s{1,3}(\p{Ll}\S{0,30}\s\S.*)$/u

/** The last word of the many who share a task, as a festival's, a club's or a society's task list names them beside
 * its offices and bodies ({@link isRoleOrBodyWord}): "staff", "volunteers", "trustees", "everyone". */
const crowdRole = /^(?:administration|staff|volunteers?|members?|trustees?|committees|teams|everyone|all)$/i

/** Labels naming a part of the text or a kind of change, never who does it ("Note:", "Phase:", "fix:", "docs:"). */
const notRoles =
  /^(?:note|notes|nb|phase|stage|step|goal|aim|issue|problem|question|answer|summary|update|tip|example|reminder|fix|feat|docs|chore|ci|build|refactor|test|tests|perf|style|revert|deps|todo|done)$/i

interface Task {
  readonly index: number
  readonly role: string
  readonly owners: string
  readonly task: string
  readonly line: string
}

/**
 * Reads a recurring task list or timeline written one task a line, each opening with the role that does it and a colon
 * ("team: choose the categories", "admin: post the new timetable", "treasurer: pay the hall hire"), as festivals',
 * clubs' and societies' committees share out their year: each such line is an action owned by the role before the
 * colon and titled by the task after it, the whole line kept as its description. A short line between the tasks
 * ("September", "After the festival") heads those below it as their section, and so does such a line right above the
 * first task when the page has them; the lines above are the title rows. Null unless a one-column page has at least
 * five such lines and nothing else below the first (but such headings), the roles are few and repeated (at most two
 * for every three tasks, two of them given twice or more), and at least half of the tasks name a person's or a body's
 * role ("admin", "Secretary", "team"), so a changelog's "fix: …" or a roadmap's "docs: …" lines are not read as
 * owners.
 *
 * @example
 * readRoleColonTaskLines([
 *   { index: 0, text: 'Yearly tasks' }, { index: 1, text: 'admin: book the hall' },
 *   { index: 2, text: 'team: print the posters' }, { index: 3, text: 'admin: renew the insurance' },
 *   { index: 4, text: 'treasurer: pay the hall' }, { index: 5, text: 'team: put up the posters' },
 * ])?.rows[2] // ['book the hall', 'admin', 'admin: book the hall', '']
 */
export function readRoleColonTaskLines(lines: readonly PageLine[] | null): FlattenedActionTables | null {
  if (lines === null) return null
  // Each label is judged, and its owners read, once: a long page repeats a few roles.
  const roles = new Map<string, string | null>()
  const found = lines.findIndex((line) => taskOf(line, roles) !== null)
  if (found < 0 || found > maxTitleLines) return null
  const read = lines.map((line, at) => (at < found ? null : taskOf(line, roles)))
  // With headings between the groups, the heading right above the first task is the first group's ("August"),
  // provided a title line stays above it.
  const headed = read.some((task, at) => at > found && task === null)
  const first = headed && found >= 2 && isHeading(lines[found - 1]!.text) ? found - 1 : found
  const tasks: Task[] = []
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  let section = ''
  for (let at = first; at < lines.length; at++) {
    const line = lines[at]!
    const task = read[at]
    if (task === null || task === undefined) {
      if (!isHeading(line.text)) return null
      section = line.text.replace(/\s{0,2}:$/, '')
      sectionRows.push(line.index + 1)
      continue
    }
    tasks.push(task)
    records.push({ index: line.index, cells: [task.task, task.owners, task.line, section] })
  }
  if (tasks.length < minItems) return null
  const uses = new Map<string, number>()
  for (const task of tasks) uses.set(task.role.toLowerCase(), (uses.get(task.role.toLowerCase()) ?? 0) + 1)
  const repeated = [...uses.values()].filter((count) => count >= 2).length
  if (uses.size * 3 > tasks.length * 2 || repeated < 2) return null
  const byRole = tasks.filter((task) => namesRole(task.role)).length
  if (byRole * 2 < tasks.length) return null
  const top = lines[first]!.index
  return oneColumnRecords(
    lines.slice(0, first).map((line) => [line.text]),
    top + 1,
    ['Action', 'Owner', 'Description', 'Section'],
    records,
    {
      mergedRows: [],
      sectionRows,
      skippedRows: [],
      titleEvidence:
        'each "role: task" line, the role before the colon its owner ("admin: post the new timetable")',
    },
  )
}

/** A "role: task" line read as a task; null when the line is not one or its label names a field or a kind. */
function taskOf(line: PageLine, roles: Map<string, string | null>): Task | null {
  const match = roleColonTask.exec(line.text)
  if (match === null) return null
  const role = match[1]!.trim()
  let owners = roles.get(role)
  if (owners === undefined) {
    // A field's label names no one ("Action:", "Note:"), but a role may also head an owners column ("Team").
    const field = notRoles.test(role) || (matchColumnHeader(role) !== null && !namesRole(role))
    owners = field ? null : readOwnerCell(role).join(', ')
    roles.set(role, owners)
  }
  return owners === null ? null : { index: line.index, role, owners, task: match[2]!.trim(), line: line.text }
}

/** Whether a label's last word names a person's or a body's role ("admin", "Secretary", "steering committee"). */
function namesRole(role: string): boolean {
  const last = role.split(/[ /&]+/).at(-1) ?? ''
  return crowdRole.test(last) || isRoleOrBodyWord(last)
}

/** A heading between groups of tasks: a few words, no sentence's full stop, at most a closing colon. */
function isHeading(text: string): boolean {
  const words = text.replace(/\s{0,2}:$/, '').split(' ')
  return words.length <= maxHeadingWords && !/[.;:!?]/.test(text.replace(/\s{0,2}:$/, ''))
}
