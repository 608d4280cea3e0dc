import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'

/** "Equality Objective", "Our aims", "Strategic goal": a header naming the column's cells as objectives. */
const namesObjectives = /\b(?:objectives?|aims?|goals?|outcomes?)\b/i
/** "Objective and actions", "What we will do": a header that names actions too is an action column. */
const namesActions = /\b(?:actions?|activit(?:y|ies)|steps?|tasks?|deliver(?:y|ables?)|what we|how we)\b/i
/** A header cell is a few words. */
const maxHeaderWords = 6
/** A group label is a short name ("Supporting people and communities"), not a paragraph. */
const maxLabelWords = 12
/** An objective or an action in the second column says what is to be done: a few words at least. */
const minStatementWords = 4
/** At least this many actions make the layout. */
const minActions = 2

interface ObjectiveGroup {
  readonly label: string
  readonly objective: string
  readonly objectiveRow: number
  readonly actions: { index: number; text: string }[]
}

/**
 * Reads a two-column table whose first column is a group label written once per group (a merged cell in the source:
 * "Corporate Plan Priority", "Theme") and whose second column is headed as objectives ("Equality Objective"): the
 * row beside each label states the group's objective, and the rows under it, with the label cell empty, are the
 * actions that deliver it, each on its own row. A careful reader lists those rows as the actions, under the label as
 * their section, with the objective kept beside each (in `extra`, as "Objective"); the objective
 * row is a heading, not an action. The lines above the header are the title rows. Returns null unless the header
 * names objectives and not actions, every group has at least one action row under its objective, and every filled
 * row below the header fills only the first two columns, the second always.
 *
 * @example
 * readActionsUnderObjectiveRows([
 *   ['Technical plan'], ['Theme', 'Our objective'],
 *   ['Careers', 'Make routes into technical work clear to everyone.'],
 *   ['', 'Publish a map of technical roles and grades.'], ['', 'Hold a careers fair for technicians each spring.'],
 * ])?.rows[2] // ['Careers', 'Publish a map of technical roles and grades.', 'Make routes into technical work clear to everyone.']
 */
export function readActionsUnderObjectiveRows(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  let header = -1
  for (let index = 0; index < table.length && header < 0; index++) {
    const filled = filledColumns(table[index]!)
    if (filled === null) return null
    if (filled.length === 0) continue
    if (filled.length === 1 && filled[0] === 0) continue
    if (filled.length !== 2 || filled[0] !== 0 || filled[1] !== 1) return null
    header = index
  }
  if (header < 0) return null
  const [labelHeader, objectiveHeader] = table[header]!.slice(0, 2).map((cell) => collapseWhitespace(cell))
  if (!isHeaderCell(labelHeader!) || !isHeaderCell(objectiveHeader!)) return null
  if (!namesObjectives.test(objectiveHeader!) || namesActions.test(objectiveHeader!)) return null

  const groups: ObjectiveGroup[] = []
  for (let index = header + 1; index < table.length; index++) {
    const row = table[index]!
    const filled = filledColumns(row)
    if (filled === null) return null
    if (filled.length === 0) continue
    if (!filled.includes(1) || filled.some((column) => column > 1)) return null
    const text = collapseWhitespace(row[1]!)
    if (text.split(' ').length < minStatementWords) return null
    if (filled[0] === 0) {
      const label = collapseWhitespace(row[0]!)
      if (label.split(' ').length > maxLabelWords) return null
      groups.push({ label, objective: text, objectiveRow: index, actions: [] })
      continue
    }
    const group = groups.at(-1)
    if (group === undefined) return null
    group.actions.push({ index, text })
  }
  const actions = groups.reduce((sum, group) => sum + group.actions.length, 0)
  if (groups.length === 0 || groups.some((group) => group.actions.length === 0) || actions < minActions) {
    return null
  }

  const rows: string[][] = table.slice(0, header).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  const sourceColumns: (number | null)[][] = rows.map((row) => row.map(() => 1))
  // The objective goes to `extra` under one name: the source's own header ("Aims", "Our outcomes") could be read
  // as another field's.
  rows.push(['Section', 'Action', 'Objective'])
  sourceRows.push(header + 1)
  sourceColumns.push([1, 2, 2])
  for (const group of groups) {
    for (const action of group.actions) {
      rows.push([group.label, action.text, group.objective])
      sourceRows.push(action.index + 1)
      sourceColumns.push([1, 2, 2])
    }
  }
  return {
    rows,
    headerRow: header + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows: [],
    sectionRows: groups.map((group) => group.objectiveRow + 1),
    sourceColumns,
    titleEvidence:
      'the rows under each objective of a column headed as objectives, whose group label is written once beside the objective',
  }
}

/** The 0-based columns a row fills, or null when the row is wider than a page of two columns is. */
function filledColumns(row: readonly string[]): number[] | null {
  const filled: number[] = []
  for (let column = 0; column < row.length; column++) {
    if (!hasText(row[column]!)) continue
    if (column > 1) return null
    filled.push(column)
  }
  return filled
}

/** A header cell: a few words, not a sentence. */
function isHeaderCell(text: string): boolean {
  return text.split(' ').length <= maxHeaderWords && !/[.!?]$/.test(text)
}
