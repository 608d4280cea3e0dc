import { hasText } from '../text/cleanCellText'
import { scoreHeader } from './assignColumns'
import { headingPeriod } from './headingPeriod'
import { isSentence } from './isSentence'
import { peelRef } from './peelRef'
import { wordsUpTo } from './wordsUpTo'
import { readsAsBodyRow } from './readsAsBodyRow'
import type { Taxonomy } from '../model/taxonomySchema'
import { technicianCommitment } from '../taxonomy/technicianCommitment'

/** Where the table sits in the rows: its header row (or none) and its first body row. 0-based. */
export interface FoundTable {
  readonly headerIndex: number | null
  readonly bodyStart: number
}

const searchRows = 50

const filledCells = (row: readonly string[]) => row.filter(hasText)

/**
 * True when a cell can be a header: a few words, not a numbered item ("5. Take action …") and not a sentence
 * ("… for officers."), however many field words it happens to hold.
 *
 * @example
 * isHeaderLabel('By when') // true
 * isHeaderLabel('5. Take action that supports career progression') // false
 */
export function isHeaderLabel(cell: string): boolean {
  const text = cell.trim()
  const words = wordsUpTo(text, 11)
  // A question ("Who will lead it?", "When will it be done?") asks what the column holds: a header, not a sentence.
  if (words > 10 || (words > 2 && /[.!]$/.test(text))) return false
  // Peeled last: most cells a header is looked for in are sentences, told apart above without it.
  return peelRef(text) === null
}

/**
 * Whether a row repeats, word for word, a cell written above it in the same column (past the first): "Focus key
 * pages on site top tasks | In progress" under "Publish journey maps | In progress" is one more item of a list whose
 * second cell is a status tag, not the header its words ("tasks", "progress") could make it. A header names its
 * columns before their values, so nothing above it in a column holds its label.
 */
function repeatsCellAbove(
  table: readonly (readonly string[])[],
  index: number,
  skipRows: ReadonlySet<number>,
): boolean {
  const row = table[index]!
  for (let column = 1; column < row.length; column++) {
    const cell = row[column]!.trim()
    if (cell === '') continue
    for (let above = 0; above < index; above++) {
      if (!skipRows.has(above) && table[above]![column]?.trim() === cell) return true
    }
  }
  return false
}

/**
 * Finds the table below any title, caption and preamble rows (a KEY of acronyms, an intro sentence): the
 * first row, within the first 50, whose filled cells are short and at least two of them name a field by
 * their words ("What we will do", "Lead(s)", "By when"), and none repeats a cell above it in its column (a status tag
 * "In progress" beside an item is a value, however many rows hold it), nor do its cells read as the values their
 * columns hold ({@link readsAsBodyRow}). Without one, the table has no header: its body
 * starts at the first row of two or more filled cells, or, in a one-column list, at the first list item (or,
 * in a list with no numbers or bullets, the first sentence), keeping any headings between it and the title.
 *
 * @example
 * findTable([['Plan 2020'], ['Action', 'Who', 'By when'], ['Do x', 'AB', 'May 2020']]).headerIndex // 1
 */
export function findTable(
  table: readonly (readonly string[])[],
  skipRows: ReadonlySet<number> = new Set(),
  forcedHeader?: number,
  taxonomy: Taxonomy = technicianCommitment,
): FoundTable {
  if (forcedHeader !== undefined) return { headerIndex: forcedHeader, bodyStart: forcedHeader + 1 }
  const limit = Math.min(table.length, searchRows)
  for (let index = 0; index < limit; index++) {
    if (skipRows.has(index)) continue
    const cells = filledCells(table[index]!)
    if (cells.length < 2 || cells.some((cell) => cell.length > 80)) continue
    // Stop scoring a row once too many of its cells name nothing for it to be a header.
    let named = 0
    let unnamed = 0
    for (const cell of cells) {
      if (isHeaderLabel(cell) && scoreHeader(cell).size > 0) named++
      else if (++unnamed * 2 > cells.length) break
    }
    if (
      named >= 2 &&
      named * 2 >= cells.length &&
      !repeatsCellAbove(table, index, skipRows) &&
      !readsAsBodyRow(table, index, taxonomy, { repeatedValues: true })
    )
      return { headerIndex: index, bodyStart: index + 1 }
  }
  const wide = table.findIndex((row, i) => !skipRows.has(i) && filledCells(row).length >= 2)
  const listed = table.findIndex((row, i) => {
    if (skipRows.has(i)) return false
    const cells = filledCells(row)
    return cells.length === 1 && (peelRef(cells[0]!) !== null || /^\s*[•·▪*–-]\s/.test(cells[0]!))
  })
  // A one-column list of sentences with no numbers or bullets: the first sentence starts it.
  const sentence =
    wide >= 0 || listed >= 0
      ? -1
      : table.findIndex((row, i) => {
          if (skipRows.has(i)) return false
          const cells = filledCells(row)
          return cells.length === 1 && isSentence(cells[0]!)
        })
  const starts = [wide, listed, sentence].filter((i) => i >= 0)
  if (starts.length === 0) return { headerIndex: null, bodyStart: 0 }
  // Captions between the title and the first item ("Key objectives include:") stay in the body as sections.
  const first = Math.min(...starts)
  const title = table.findIndex((row) => filledCells(row).length > 0)
  if (title >= 0 && title < first && opensPeriodHeadings(table, title))
    return { headerIndex: null, bodyStart: title }
  return { headerIndex: null, bodyStart: title >= 0 && title < first ? title + 1 : first }
}

/**
 * Whether a one-column page's first line is the first of its period headings ("Summer 2031" over its tasks, then
 * "Fall 2031" over more): a line that is only a period, with another such line among the lone lines below it. A
 * schedule printed as a list starts with its first period, not with a title.
 */
function opensPeriodHeadings(table: readonly (readonly string[])[], first: number): boolean {
  const lone = (index: number): string | null => {
    const cells = filledCells(table[index]!)
    return cells.length === 1 ? cells[0]!.trim() : null
  }
  const text = lone(first)
  if (text === null || headingPeriod(text, {}) === null) return false
  const limit = Math.min(table.length, first + searchRows)
  for (let index = first + 1; index < limit; index++) {
    const line = lone(index)
    if (line !== null && line !== text && headingPeriod(line, {}) !== null) return true
  }
  return false
}
