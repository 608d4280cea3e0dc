import { BULLET_LEAD } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { opensWithVerb } from './itemsBesideCommitments'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { MAX_HEADING_LENGTH } from './maxHeadingLength'

/** An action joined to the next by a slash is at least this many words: "Review/update the policy" is one action. */
const minActionWords = 4
/** A line this long is read no further: no list of a few actions runs to it. */
const maxLineLength = 4000
/** At least this many lines of actions joined by slashes, and this many actions in all. */
const minLines = 2
const minActions = 4

/**
 * The actions a line holds when it is several instructions joined by slashes ("Survey the bus shelters for
 * damage/Ask the county to move the stop by the school/Consider a second crossing on the main road."), each
 * without its closing full stop, or null when it is not: two or more parts, each of four words or more opening with
 * a capitalised verb in its bare form and a lower-case word after it ("Community Safety and Crime" is a heading's
 * theme, not an instruction).
 *
 * @example
 * slashJoinedActions('Survey the bus shelters/Ask the county to move the stop') // ['Survey the bus shelters', 'Ask the county to move the stop']
 * slashJoinedActions('Health and Wellbeing/Community Safety and Crime') // null
 */
export function slashJoinedActions(line: string): string[] | null {
  if (line.length > maxLineLength || BULLET_LEAD.test(line)) return null
  const parts = line.split('/').map((part) => part.trim().replace(/\.$/, ''))
  if (parts.length < 2) return null
  for (const part of parts) {
    const words = part.split(' ')
    if (words.length < minActionWords || !opensWithVerb(part) || !/^[a-z]/.test(words[1]!)) return null
  }
  return parts
}

/**
 * Reads a review of a plan written as one column of notes, as parish and town councils keep them: per theme a
 * short heading ("Green spaces action plan"), one line holding the theme's actions joined by slashes ("Survey the
 * bus shelters for damage/Ask the county to move the stop by the school/Consider a second crossing"), then bulleted
 * notes on the progress made ("• The county has agreed to a site visit"). A careful reader takes each instruction
 * of the line as an action under the heading; the bullets report on the theme as a whole (they need not follow the
 * actions one by one), so they are kept as notes on each of its actions rather than read as actions. Lines above
 * the first heading are the title rows; the page ends at the first line that is none of these. Returns null unless
 * the page is one column with at least two such lines and four actions in all.
 *
 * @example
 * readSlashJoinedActions([
 *   ['Parish review'], ['Transport'], ['Survey the bus shelters/Ask the county to move the stop'], ['• Visit booked'],
 *   ['Play areas'], ['Repaint the swings in the park/Mend the gate by the pond'],
 * ])?.rows[2] // ['Survey the bus shelters', 'Visit booked']
 */
export function readSlashJoinedActions(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  // Each line's actions, read once: a heading is known by the line of actions after it.
  const joinedAt = lines.map((line) => (line.text.includes('/') ? slashJoinedActions(line.text) : null))
  const first = joinedAt.findIndex((actions) => actions !== null)
  if (first < 0) return null
  const start = first > 0 && isHeading(lines[first - 1]!.text) ? first - 1 : first
  const records: { index: number; cells: string[] }[] = []
  const sectionRows: number[] = []
  const mergedRows: number[] = []
  let group: { index: number; cells: string[] }[] = []
  let joined = 0
  let next = start
  for (; next < lines.length; next++) {
    const line = lines[next]!
    const bullet = BULLET_LEAD.exec(line.text)
    if (bullet !== null && group.length > 0) {
      const note = line.text.slice(bullet[0].length).trim()
      for (const record of group)
        record.cells[1] = record.cells[1] === '' ? note : `${record.cells[1]}\n${note}`
      mergedRows.push(line.index + 1)
      continue
    }
    const actions = bullet === null ? joinedAt[next]! : null
    if (actions !== null) {
      joined++
      group = actions.map((title) => ({ index: line.index, cells: [title, ''] }))
      records.push(...group)
      continue
    }
    if (bullet === null && isHeading(line.text) && (joinedAt[next + 1] ?? null) !== null) {
      sectionRows.push(line.index + 1)
      group = []
      continue
    }
    break
  }
  if (joined < minLines || records.length < minActions) return null
  const top = lines[start]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Notes'], records as OneColumnRecord[], {
    mergedRows,
    sectionRows,
    skippedRows: lines.slice(next).map((line) => line.index + 1),
    titleEvidence: 'each instruction of the lines that join a theme\'s actions by slashes ("…/…/…")',
  })
}

function isHeading(text: string): boolean {
  return text.length <= MAX_HEADING_LENGTH && !BULLET_LEAD.test(text) && !text.includes('/')
}
