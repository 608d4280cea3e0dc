import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** The ordinal words a stage label may open with, in order ("FirstIteration", "Second sprint"). */
const ordinals = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]

/** "FirstIteration　Build the tool", "Sprint 2: Add search", "Phase 3 - Launch": a stage of a plan, by its ordinal
 * word or its number, then the work done in it on the same line (after spaces, an ideographic space, a colon or a
 * dash). Anchored, bounded. */
const stageLine = new RegExp(
  String.raw`^(?:(${ordinals.join('|')})\s?(?:iteration|sprint|phase|stage|release|step)|(?:iteration|sprint|phase|stage|release|step)\s?(\d{1,2}))(?:[\s\u3000]{1,3}|\s{0,2}[:：.–-]\s{0,2})(?=\S)`,
  'i',
)

/** At least this many stages, on lines one after another, make the layout. */
const minStages = 3

/** The stage's place in the plan (1 for "First", "Sprint 1"), or null when the line is no stage's. */
function stageOf(text: string): number | null {
  const match = stageLine.exec(text)
  if (match === null) return null
  return match[1] !== undefined ? ordinals.indexOf(match[1].toLowerCase()) + 1 : Number(match[2])
}

/**
 * Reads a small release plan that says in one line per stage what each stage delivers: "FirstIteration　Set up the
 * tools", "SecondIteration　Build the basic features", "Sprint 3: Add search" (a stage by its ordinal word or its
 * number, then the work after spaces, an ideographic space, a colon or a dash). Each such line is an action titled as
 * written, the stage label kept in its title. The stages must follow one another on consecutive lines, counting up
 * from the first; stage headings with tasks on the lines beneath them ("Phase 1: Discovery" over its tasks) are another
 * layout. Returns null unless at least three such lines run on.
 *
 * @example
 * readStageLabelledLines([
 *   ['Release plan'], ['FirstIteration Set up the tools'], ['SecondIteration Build the forms'],
 *   ['ThirdIteration Add search'],
 * ])?.rows.at(-1) // ['ThirdIteration Add search', 'ThirdIteration']
 */
export function readStageLabelledLines(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  for (let at = 0; at < lines.length; at++) {
    const first = stageOf(lines[at]!.text)
    if (first === null) continue
    let end = at + 1
    while (end < lines.length && stageOf(lines[end]!.text) === first + (end - at)) end++
    if (end - at < minStages) {
      at = end - 1
      continue
    }
    // The stage's label beside its line, as its section: a line alone in its row would read as a heading.
    const records: OneColumnRecord[] = lines
      .slice(at, end)
      .map((line) => ({ index: line.index, cells: [line.text, stageLine.exec(line.text)![0].trim()] }))
    const top = lines[0]!.index
    return oneColumnRecords(table.slice(top, top + 1), lines[at]!.index + 1, ['Action', 'Section'], records, {
      mergedRows: [],
      skippedRows: lines.filter((_, n) => n > 0 && (n < at || n >= end)).map((line) => line.index + 1),
      titleEvidence:
        'each line naming a stage of the plan ("FirstIteration", "Sprint 2") and the work done in it',
    })
  }
  return null
}
