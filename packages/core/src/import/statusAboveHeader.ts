import type { Status } from '../model/status'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { statusFromHeading } from './statusFromHeading'
import { filledCellCount } from './filledCellCount'

/** What {@link statusAboveHeader} found: the state and the 0-based row of the line that reports it. */
export interface StatusAboveHeader {
  readonly status: Status
  readonly row: number
}

/**
 * The state the title lines above a table report for every action in it ("IPA actions completed in 2009",
 * "Completed actions", "Actions on hold"), as annexes of progress reports listing only completed actions, closed
 * action logs and "actions completed this year" appendices head their tables. Only one-cell lines above the
 * header count, each read as a heading is (`statusFromHeading`: never one about the future); every line that
 * reports a state must report the same one. A key's entry ("- Completed" beside "KEY:") or a bulleted line is no
 * title. Null when none does, or two disagree.
 *
 * @example
 * statusAboveHeader([['Annual report, annex B'], ['Actions completed in 2024'], ['Ref', 'Action']], 2)?.status.state
 * // 'complete'
 */
export function statusAboveHeader(
  table: readonly (readonly string[])[],
  headerIndex: number,
): StatusAboveHeader | null {
  let found: StatusAboveHeader | null = null
  for (let row = 0; row < headerIndex && row < table.length; row++) {
    const cells = table[row]!
    // A title line is written in the first column; a lone "- Completed" further right is a colour key's entry.
    if (!hasText(cells[0] ?? '') || filledCellCount(cells) !== 1) continue
    const text = collapseWhitespace(cells[0]!.slice(0, 400))
    if (/^[-–•*]/.test(text)) continue
    const status = statusFromHeading(text)
    if (status === null) continue
    if (found !== null && found.status.state !== status.state) return null
    found ??= { status, row }
  }
  return found
}
