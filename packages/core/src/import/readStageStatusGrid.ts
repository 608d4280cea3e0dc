import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { matchColumnHeader } from './columnSynonyms'
import type { FlattenedActionTables } from './flattenActionTables'
import { headerSearchRows } from './findHeader'

/** A stage or item name is a few words. */
const maxHeaderWords = 4
const maxItemWords = 12
/** A stage cell holds a status word or two, never prose. */
const maxCellWords = 4
/** A grid needs this many item rows and this many status words in its stage cells. */
const minItems = 3
const minStatusWords = 3

/** A stage not begun yet: a dash, "n/a" or "none". */
const blankMark = /^(?:[-–—]{1,3}|n\/?a|none|no)$/i
/** "Partially", "Partial": begun, not finished. */
const partialWord = /^partial(?:ly)?\b/i
/** A period standing for a column ("Jan", "Spring", "Now"): a timeline, not stages. */
const periodWord =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?$|^(?:spring|summer|autumn|fall|winter|now|next|later)$/i

type Stage = 'done' | 'started' | 'blank' | 'other'

/** What one stage cell says of its stage. */
function stageOf(text: string): Stage {
  if (text === '' || blankMark.test(text)) return 'blank'
  if (partialWord.test(text)) return 'started'
  const state = parseStatus(text).state
  if (state === 'complete') return 'done'
  if (state === 'in-progress') return 'started'
  if (state === 'not-started') return 'blank'
  return 'other'
}

/** A status cell written in words ("Done", "In progress"), not a mark ("✓", "x") or a dash. */
function isStatusWord(text: string): boolean {
  return /\p{L}{2}/u.test(text) && !blankMark.test(text) && stageOf(text) !== 'other'
}

/**
 * The whole item's status from its stages, as a careful reader states it: every stage done is complete, none begun
 * (dashes) is not started, some done or under way is in progress; stages saying something else ("sketches") give none.
 */
function overallStatus(stages: readonly Stage[]): string {
  if (stages.every((stage) => stage === 'done')) return 'Complete'
  if (stages.every((stage) => stage === 'blank')) return 'Not started'
  if (stages.some((stage) => stage === 'done' || stage === 'started')) return 'In progress'
  return ''
}

/** The grid's header: a first cell and two or more stage names, none a field's header, a number or a period. */
function isStageHeader(row: readonly string[]): boolean {
  const stages = row.slice(1).map(collapseWhitespace)
  return (
    stages.length >= 2 &&
    stages.every(
      (cell) =>
        hasText(cell) &&
        cell.split(' ').length <= maxHeaderWords &&
        !/\d/.test(cell) &&
        !periodWord.test(cell) &&
        matchColumnHeader(cell) === null,
    ) &&
    collapseWhitespace(row[0] ?? '').split(' ').length <= maxHeaderWords
  )
}

/**
 * Reads a status matrix whose rows are items and whose columns are the stages of the work, as project roadmaps
 * report where each topic stands ("Work item | Scoping | Build | Testing | User guide" over "Catalogue import |
 * Done | Done | Done | -"). Each row is one action, titled by its first cell; its status is read from its stages:
 * every stage done is complete, every stage a dash (or "not started") is not started, some stage done or under way
 * ("Done", "In progress", "Partially") is in progress, and stages holding other words ("sketches") give no status. The
 * stages as written are kept in the action's notes. Lines above the header are the title rows; lines after the grid
 * are left out. Returns null unless the header names two or more stages, none a column a table names by its header
 * ("Owner", "Status", "Target"), a number or a period, and at least three rows follow, every stage cell a dash or a
 * few words, with three status words or more among them making up at least half of the filled cells.
 *
 * @example
 * readStageStatusGrid([
 *   ['Part', 'Design', 'Build', 'Docs'],
 *   ['Login page', 'Done', 'Done', 'Done'],
 *   ['Search', 'Done', 'In progress', '-'],
 *   ['Export', '-', '-', '-'],
 * ])?.rows.slice(1, 3) // [['Action', 'Status', 'Notes'], ['Login page', 'Complete', 'Design: Done; Build: Done; Docs: Done']]
 */
export function readStageStatusGrid(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const limit = Math.min(table.length, headerSearchRows)
  let headerIndex = -1
  for (let index = 0; index < limit; index++) {
    const row = table[index]!
    const width = lastFilled(row) + 1
    if (width < 3) continue
    if (!isStageHeader(row.slice(0, width))) return null
    headerIndex = index
    break
  }
  if (headerIndex < 0) return null
  const header = table[headerIndex]!
  const width = lastFilled(header) + 1
  const stageNames = header.slice(1, width).map(collapseWhitespace)
  const items: number[] = []
  let statusWords = 0
  let filledStages = 0
  const seen = new Set<string>()
  for (let index = headerIndex + 1; index < table.length; index++) {
    const row = table[index]!
    const name = collapseWhitespace(row[0] ?? '')
    const stages = stageNames.map((_, i) => collapseWhitespace(row[i + 1] ?? ''))
    // The grid ends at the first row that is not an item with its stages (a closing line alone in its cell).
    if (name === '' || stages.every((cell) => cell === '') || lastFilled(row) >= width) break
    if (name.split(' ').length > maxItemWords || seen.has(name.toLowerCase())) return null
    if (stages.some((cell) => cell.split(' ').length > maxCellWords)) return null
    seen.add(name.toLowerCase())
    for (const cell of stages) {
      if (cell === '' || blankMark.test(cell)) continue
      filledStages++
      if (isStatusWord(cell)) statusWords++
    }
    items.push(index)
  }
  if (items.length < minItems || statusWords < minStatusWords || statusWords * 2 < filledStages) return null
  const titleRows = table.slice(0, headerIndex).map((row) => [...row])
  const rows: string[][] = [...titleRows, ['Action', 'Status', 'Notes']]
  const sourceRows = [...titleRows.map((_, i) => i + 1), headerIndex + 1]
  for (const index of items) {
    const row = table[index]!
    const cells = stageNames.map((_, i) => collapseWhitespace(row[i + 1] ?? ''))
    rows.push([
      collapseWhitespace(row[0] ?? ''),
      overallStatus(cells.map(stageOf)),
      stageNames.map((stage, i) => `${stage}: ${cells[i] === '' ? '-' : cells[i]}`).join('; '),
    ])
    sourceRows.push(index + 1)
  }
  const last = items[items.length - 1]!
  const skippedRows: number[] = []
  for (let index = last + 1; index < table.length; index++)
    if (table[index]!.some(hasText)) skippedRows.push(index + 1)
  return {
    rows,
    headerRow: titleRows.length + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows: [],
    skippedRows,
    titleEvidence:
      'each row of a grid of stages of the work (Scoping, Build, …), its status read from the stages',
  }
}

function lastFilled(row: readonly string[]): number {
  for (let column = row.length - 1; column >= 0; column--) if (hasText(row[column]!)) return column
  return -1
}
