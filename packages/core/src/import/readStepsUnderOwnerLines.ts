import { namesNobody } from '../owners/parseOwners'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** "Website (ticket 12): mkovacs (Mila) will", "Budget: Ana Cruz will", "Docs: TBD will": a work area, a colon, then
 * the person taking it on (a handle or a name, their name in brackets after a handle allowed), then "will" or
 * nothing. Anchored, bounded. */
const ownerLine =
  /^([^:]{1,80}):\s{1,3}([\p{L}\p{N}_.@-]{2,30}(?: \p{Lu}[\p{L}'’-]{0,20}){0,2})(?:\s{1,2}\(([^()]{1,40})\))?(\s{1,2}will)?$/u

/** "1. ", "2) ": a numbered step, its number and its text. */
const numberedStep = /^(\d{1,2})[.)]\s{1,3}(\S.*)$/

/** At least this many work areas, each over its own steps numbered from 1, make the layout. */
const minGroups = 2

/** The owner a work area's line names ('' for one still to be named), or null when the line names no person. */
function ownerOfLine(text: string): { owner: string; area: string } | null {
  const match = ownerLine.exec(text)
  if (match === null) return null
  const person = match[2]!
  const placeholder = namesNobody(person)
  // The person is marked as one: "will" after them, their name in brackets after a handle, or "TBN".
  if (match[4] === undefined && match[3] === undefined && !placeholder) return null
  return { owner: placeholder ? '' : person, area: match[1]!.trim() }
}

/**
 * Reads a migration or release plan that hands its work out by person: a line per work area naming who takes it on
 * ("Website (ticket 12): mkovacs (Mila) will", "Backups: TBD will"), then that person's steps numbered from 1 again
 * under every area. Each step is an action owned by the person the area's line names (none for "TBN", "TBD": to be
 * named), its step number its ref and the area its section. The person must be marked as one: "will" after them, or
 * their name in brackets after a handle; a numbered list under "Goal 1: Widen access" names no one. Returns null
 * unless at least two such areas stand over steps numbered from 1.
 *
 * @example
 * readStepsUnderOwnerLines([
 *   ['Moving the forum'], ['Data (ticket 4): mkovacs (Mila) will'], ['1. Export the posts'], ['2. Check the export'],
 *   ['Theme (ticket 5): TBD will'], ['1. Pick a theme'],
 * ])?.rows.slice(-3) // [['1', 'Export the posts', 'mkovacs', 'Data (ticket 4)'], ['2', …], ['1', 'Pick a theme', '', 'Theme (ticket 5)']]
 */
export function readStepsUnderOwnerLines(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const used = new Set<number>()
  let groups = 0
  for (let at = 0; at < lines.length; at++) {
    const head = ownerOfLine(lines[at]!.text)
    if (head === null || numberedStep.exec(lines[at + 1]?.text ?? '')?.[1] !== '1') continue
    groups++
    sectionRows.push(lines[at]!.index + 1)
    used.add(at)
    let expected = 1
    let step = at + 1
    for (; step < lines.length; step++) {
      const numbered = numberedStep.exec(lines[step]!.text)
      if (numbered === null || Number(numbered[1]) !== expected) break
      records.push({ index: lines[step]!.index, cells: [numbered[1]!, numbered[2]!, head.owner, head.area] })
      used.add(step)
      expected++
    }
    at = step - 1
  }
  if (groups < minGroups) return null
  const first = [...used].sort((a, b) => a - b)[0]!
  const top = lines[0]!.index
  return oneColumnRecords(
    table.slice(top, top + 1),
    lines[first]!.index + 1,
    ['Ref', 'Action', 'Owner', 'Section'],
    records,
    {
      mergedRows: [],
      sectionRows,
      skippedRows: lines.filter((_, at) => at > 0 && !used.has(at)).map((line) => line.index + 1),
      titleEvidence:
        "each numbered step under a work area's line naming who takes it on, owned by that person",
    },
  )
}
