import type { ImportIssue } from '../model/importIssue'
import type { Taxonomy } from '../model/taxonomySchema'
import { hasText } from '../text/cleanCellText'
import { matchColumnHeader } from './columnSynonyms'
import { namesActions } from './actionColumnChoice'
import { isMemoHeadRow } from './memoHeadRow'
import { glossaryRows } from './glossaryRows'
import { readsAsBodyRow } from './readsAsBodyRow'
import { type ColumnMap, looksLikeHeader, mapColumns } from './mapColumns'
import type { TableToPlanOptions } from './tableToPlan'
import { ITEM_REF, YEAR_ONLY_AFTER_ACTION } from './itemMark'
import { filledCellCount } from './filledCellCount'
import { isActionMarginHeader } from './discussionBesideActionColumn'

// A year after an item word other than "action" ("Objectives 2030") names a period: deliberately not a ref.
const numberedLabel = new RegExp(
  String.raw`^\s{0,3}(?:actions?|objectives?|priorit(?:y|ies)|tasks?|goals?)\s{1,3}${YEAR_ONLY_AFTER_ACTION}${ITEM_REF}\s{0,3}[.:]?\s{0,3}$`,
  'i',
)

/**
 * "Actions for the year as identified in the last review:": a sentence of five or more words ending in a colon, a
 * lead-in line that introduces the table below it, as committee reports and governance statements write one. It
 * names actions, but it is never a lone "Action" column header. Words and spaces are disjoint, so it is linear.
 */
const leadInSentence = /^\s{0,3}\S{1,40}(?:\s{1,3}\S{1,40}){4,}\s{0,3}:\s{0,3}$/

/** Rows searched for the header: a plan's title, legend and preamble fit well within them. */
export const headerSearchRows = 50

/**
 * Finds the header row by synonyms ({@link mapColumns}): the row `options.headerRow` names, else the first of
 * the first 50 rows with two recognised headers, else one with a lone "Action" column, else (columns forced
 * by number) the first filled row. Null when no row maps an action column. A row whose cells read as the values
 * of their columns ({@link readsAsBodyRow}) is a row of the body, whatever header words it holds; a lone line
 * just above a row of three cells or more is the table's title, not its header.
 *
 * @example
 * findHeader([['Plan'], ['Action', 'Lead']], {}, technicianCommitment)?.index // 1
 */
export function findHeader(
  table: readonly (readonly string[])[],
  options: TableToPlanOptions,
  taxonomy: Taxonomy,
): { index: number; map: ColumnMap; issues: ImportIssue[] } | null {
  const mapOptions = options.columns === undefined ? { taxonomy } : { taxonomy, columns: options.columns }
  // A header shorter than the rows below it (a hand-made CSV whose header stops at its last heading) still spans
  // the whole table: a cell past its last heading is kept in extra as "Column N", not dropped.
  let width = 0
  for (const row of table) if (row.length > width) width = row.length
  const at = (index: number) => {
    const row = table[index]
    if (!row) return null
    const spanning = row.length < width ? [...row, ...new Array<string>(width - row.length).fill('')] : row
    const mapped = mapColumns(spanning, index + 1, mapOptions)
    return mapped ? { index, map: mapped.map, issues: mapped.issues } : null
  }
  if (options.headerRow !== undefined) return at(options.headerRow - 1)
  const forcedTexts = Object.values(options.columns ?? {}).filter((v): v is string => typeof v === 'string')
  const forcedNumbers = Object.values(options.columns ?? {}).some((v) => typeof v === 'number')
  const limit = Math.min(table.length, headerSearchRows)
  // First a row with two recognised headers; only failing that, a lone "Action" column. One pass: a row with
  // not even one recognised header (most rows) is tested once. "Action 1", "Action 3.1": a numbered label, the
  // ref of an action, is never a lone column header.
  const lone: number[] = []
  // "Action plan | The steps agreed …", "Lead | The post answerable …": the columns defined down the page above
  // the table, their terms again in its header; never the header themselves.
  const glossary = glossaryRows(table, limit)
  for (let index = 0; index < limit; index++) {
    const row = table[index]!
    if (glossary.has(index)) continue
    const filled = filledCellCount(row)
    if (filled === 0) continue
    // One text in every filled cell ("Action Plan 2027" across the table): a title merged over the columns and
    // filled into each, never a header, which names each column apart.
    if (filled >= 2 && oneTextAcross(row)) continue
    // "TO: | Members of the board", "Date: | 3 May": a memo's head above its table, not the table's header.
    if (isMemoHeadRow(row)) continue
    const forced =
      forcedTexts.length > 0 &&
      row.some((cell) => forcedTexts.some((text) => cell.trim().toLowerCase() === text.trim().toLowerCase()))
    // A header row that names no action column ("Measure | Lead responsibility | Timescale") is still the table's
    // header: a lone "Action plan" below it is a section row of its body, never the header.
    if (!forced && filled >= 2 && lone.length === 0 && namesFieldsButNoAction(row)) break
    if (!forced && !looksLikeHeader(row, taxonomy, { minRecognised: 1 })) continue
    // Two recognised headers need two filled cells.
    if (forced || (filled >= 2 && looksLikeHeader(row, taxonomy, { minRecognised: 2 }))) {
      // "1.1 | Action plan launch | Lead technician | 12 May 2027 | Complete": header words in a row of values.
      if (!forced && readsAsBodyRow(table, index, taxonomy, { repeatedValues: true })) continue
      const found = at(index)
      if (found) return found
    } else if (!row.some((cell) => numberedLabel.test(cell) || leadInSentence.test(cell))) lone.push(index)
  }
  for (const index of lone) {
    const filled = filledCellCount(table[index]!)
    // "Action tracker" alone over a table of five columns: the table's title; its header would name them apart. A
    // lone "Action" over the last column of minutes whose other columns are unheaded (the numbers, the text) is
    // the margin's header, not a title, which opens its row.
    if (filled === 1 && overWideRows(table, index) && !headsLastColumnAlone(table[index]!, width)) continue
    if (filled >= 2 && readsAsBodyRow(table, index, taxonomy, { repeatedValues: true })) continue
    const found = at(index)
    if (found) return found
  }
  if (forcedNumbers) {
    const first = table.findIndex((row) => row.some((cell) => cell.trim() !== ''))
    if (first >= 0) return at(first)
  }
  return null
}

/** Two or more short cells that name fields (owners, target, …), at most one other short cell, none the action. */
function namesFieldsButNoAction(row: readonly string[]): boolean {
  let named = 0
  let other = 0
  for (const cell of row) {
    if (!hasText(cell)) continue
    if (cell.length > 40) return false
    const match = matchColumnHeader(cell)
    if (match?.field === 'title') return false
    // "Key Actions | Look Fors": a description header naming the actions is the action column (actionColumnChoice).
    if (match?.field === 'description' && namesActions(cell)) return false
    if (match !== null) named++
    else if (++other > 1) return false
  }
  return named >= 2
}

/** The row's one filled cell is its last column's, past an empty first cell, and says only "Action(s)" or
 * "Action by": the header of a minutes table's margin naming who acts. */
function headsLastColumnAlone(row: readonly string[], width: number): boolean {
  if (width < 3 || hasText(row[0] ?? '')) return false
  const last = row[width - 1] ?? ''
  return isActionMarginHeader(last)
}

/** Every filled cell of the row holds the same text, and it is no bare header word ("Action | Action" is a header
 * whose column is doubled). */
function oneTextAcross(row: readonly string[]): boolean {
  let first: string | null = null
  for (const cell of row) {
    if (!hasText(cell)) continue
    const text = cell.trim()
    if (first === null) first = text
    else if (text !== first) return false
  }
  const match = first === null ? null : matchColumnHeader(first)
  return match === null || match.rank >= 10
}

/** One of the (at most three) filled rows just below a lone line fills three cells or more: a table whose header
 * would name its columns apart, the line its title (an intro line or two may stand between them, and a sparse
 * table leaves cells of many rows empty). */
function overWideRows(table: readonly (readonly string[])[], index: number): boolean {
  let seen = 0
  for (let i = index + 1; i < table.length && seen < 3; i++) {
    const filled = filledCellCount(table[i]!)
    if (filled === 0) continue
    if (filled >= 3) return true
    seen++
  }
  return false
}
