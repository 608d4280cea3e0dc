import type { ColumnField } from './columnSynonyms'

/** "A 0.1", "EN 2.3", "B-1.4": a pillar's letter code and the action's dotted number within it. */
const codedRef = /^[A-Z]{1,4}[ .-]?\d{1,2}(?:\.\d{1,3}){1,3}$/

/** Share of the action rows that must carry such a code (the rest are actions sharing a merged code). */
const minShare = 0.6

/**
 * A column headed as the pillar ("Pillar", "Theme", "Strand") whose cells are each a distinct pillar-coded number
 * ("A 0.1", "A 0.2", "B 1.4"), left of the action column, in a table with no ref column: the column holds the
 * actions' refs, the pillar's letter written into each, as climate and net zero action plans kept as spreadsheets
 * (Race to Zero, EAUC templates) and some strategy delivery plans number their actions. A cell left blank under a
 * merged code is an action of that code. Returns its 0-based index, else null.
 *
 * @example
 * refColumnUnderPillarHeader(new Map([['pillars', 0], ['title', 1]]), [['A 0.1', 'Set a target'], ['A 0.2', 'Publish it']]) // 0
 */
export function refColumnUnderPillarHeader(
  fields: ReadonlyMap<ColumnField, number>,
  body: readonly (readonly string[])[],
): number | null {
  const pillars = fields.get('pillars')
  const title = fields.get('title')
  if (fields.has('ref') || pillars === undefined || title === undefined || pillars > title) return null
  // Only the action rows count: a section row ("0 | Governance action plan") carries the pillar's own number.
  const actionRows = body.filter((row) => (row[title] ?? '').trim() !== '')
  const cells = actionRows.map((row) => (row[pillars] ?? '').trim()).filter((cell) => cell !== '')
  if (cells.length < 2 || cells.length < actionRows.length * minShare) return null
  if (!cells.every((cell) => cell.length <= 16 && codedRef.test(cell))) return null
  return new Set(cells).size === cells.length ? pillars : null
}
