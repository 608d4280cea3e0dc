import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { openingOf } from './verbLedLinesUnderHeadings'

/** A run of lone lines this long at least may be a list of tasks. */
const minRun = 3
/** At least this share of the run's lines open with an instruction's verb ("Organise …", "Update …"). */
const minVerbShare = 0.6
/** The opening of a line read for its verb: enough characters for its first few words. */
const maxOpening = 120

/**
 * The rows (0-based) of a table's body, from `start`, that hold text in `column` only and stand in a run of three or
 * more such rows, most of which (three in five) open with an instruction's verb ({@link openingOf}: "Organise a
 * meeting …", "Update the group's terms"). Such a run is a list of tasks whose other cells (number, owner, status)
 * were left blank, as a board's action table lists its newest items before numbering them, not a stack of headings
 * over nothing: each of its lines is an action. Blank rows do not break a run; a row with any other cell filled
 * does. A run of noun-phrase headings ("Staff development", "Governance") is never one.
 *
 * @example
 * loneTaskRun([['', 'Organise the launch'], ['', 'Update the web page'], ['', 'Send the agenda']], 0, 1) // Set {0, 1, 2}
 * loneTaskRun([['', 'Governance'], ['', 'Staff development'], ['', 'Estates']], 0, 1) // Set {}
 */
export function loneTaskRun(
  rows: readonly (readonly string[])[],
  start: number,
  column: number,
): ReadonlySet<number> {
  const found = new Set<number>()
  let run: number[] = []
  let verbs = 0
  const close = (): void => {
    if (run.length >= minRun && verbs >= minVerbShare * run.length) for (const index of run) found.add(index)
    run = []
    verbs = 0
  }
  for (let index = start; index < rows.length; index++) {
    const row = rows[index]!
    let filled = 0
    for (const cell of row) if (hasText(cell)) filled++
    if (filled === 0) continue
    const text = row[column] ?? ''
    if (filled !== 1 || !hasText(text)) {
      close()
      continue
    }
    run.push(index)
    // Only the opening words decide: a bounded slice, so a long line costs no more than a short one.
    if (openingOf(collapseWhitespace(text.slice(0, maxOpening))) === 'verb') verbs++
  }
  close()
  return found
}
