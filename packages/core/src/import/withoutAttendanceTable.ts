import { hasText } from '../text/cleanCellText'
import { ROLL_LABEL_WORDS } from './rollLabelWords'

/** "Name", "Job title", "Organisation", "Role": the words of a header over the people at a meeting. Anchored. */
const attendanceWord =
  /^\s{0,3}(?:(?:full\s{1,3})?name|job\s{1,3}title|title|role|position|post|organi[sz]ation|department|company|representing|present|apologies)\s{0,3}:?\s{0,3}$/i

/**
 * True when a row is the header of a list of the people at a meeting ("Name | Job Title | Organisation", "Name |
 * Role | Representing"): three cells or more, every one a word of such a list, one of them "Name" and one naming
 * where the person works or what they do. A meeting's minutes put it under "Present:"; it is never the header of the
 * plan's table, whose rows are people, not work.
 *
 * @example
 * isAttendanceHeader(['Name', 'Job Title', 'Organisation']) // true
 * isAttendanceHeader(['Name', 'Action', 'Deadline']) // false
 */
export function isAttendanceHeader(row: readonly string[]): boolean {
  const filled = row.filter(hasText)
  if (filled.length < 3 || !filled.every((cell) => attendanceWord.test(cell))) return false
  return (
    filled.some((cell) => /^\s{0,3}(?:full\s{1,3})?name\b/i.test(cell)) &&
    filled.some((cell) =>
      /organi[sz]ation|job|role|position|post|department|company|representing/i.test(cell),
    )
  )
}

/**
 * The rows of a list of the people at a meeting set out as a table ({@link isAttendanceHeader}) are blanked: its
 * header and the rows below it that fill two cells or more, up to the first row that fills fewer (the minutes going
 * on in one column). The rows stay, empty, so every later row keeps its number. Returns the rows unchanged when no
 * such header stands in the first 50 rows.
 *
 * @example
 * withoutAttendanceTable([['Present:'], ['Name', 'Role', 'Organisation'], ['Ana Ruiz', 'Chair', 'Parish'], ['1. Welcome']])
 * // [['Present:'], [], [], ['1. Welcome']]
 */
export function withoutAttendanceTable(rows: readonly (readonly string[])[]): readonly (readonly string[])[] {
  const limit = Math.min(rows.length, 50)
  let header = -1
  for (let index = 0; index < limit; index++) {
    if (isAttendanceHeader(rows[index]!)) {
      header = index
      break
    }
  }
  if (header < 0) return withoutRollLine(rows, limit)
  let end = header + 1
  while (end < rows.length && rows[end]!.filter(hasText).length >= 2) end++
  return rows.map((row, index) => (index >= header && index < end ? [] : row))
}

/** "Present at the open day were:", "Attendees:": a line introducing the roll below it. Anchored, bounded. */
const rollLeadIn = new RegExp(`^\\s{0,3}(?:${ROLL_LABEL_WORDS})\\b[^.:]{0,60}:\\s{0,3}$`, 'i')

/** Bullets that set the names of a roll apart on one line ("• Ana Ruiz [Parish] • Tom Reed [Club]"). */
const minRollBullets = 3

/**
 * The roll written as one line of bullet-separated names under its lead-in ("Present at the open day were:" over
 * "• Ana Ruiz [Parish] • Tom Reed [Club] • …") is blanked too, as the table of those present is: a list of people,
 * never the page's list of work.
 */
function withoutRollLine(
  rows: readonly (readonly string[])[],
  limit: number,
): readonly (readonly string[])[] {
  for (let index = 0; index + 1 < limit; index++) {
    const lead = rows[index]!.filter(hasText)
    if (lead.length !== 1 || !rollLeadIn.test(lead[0]!)) continue
    const roll = rows[index + 1]!.filter(hasText)
    if (roll.length !== 1 || (roll[0]!.match(/•/g)?.length ?? 0) < minRollBullets) return rows
    return rows.map((row, at) => (at === index + 1 ? [] : row))
  }
  return rows
}
