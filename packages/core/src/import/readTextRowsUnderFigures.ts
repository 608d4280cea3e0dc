import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { countWords } from './countWords'
import { repeatsHeaderCells } from './repeatsHeaderCells'
import { filledCellCount } from './filledCellCount'
import type { FlattenedActionTables } from './flattenActionTables'
import { isInstruction } from './isInstruction'
import { loneCell } from './loneCell'
import { instructionVerbs } from './ownersNamedAsSubject'

/** At least this many pairs of rows make the layout. */
const minPairs = 3
/** A header cell names a field in a few words ("Recommended Funds for Better Use"). */
const maxHeaderWords = 8
/** A figure cell is a short value: "No", "$0", "12", "Yes – see note". */
const maxFigureWords = 4
const maxFigureLength = 40
/** The text row holds a sentence: a recommendation or a task, never a word or two. */
const minTextWords = 5
/** The ref opening a figure row: "1", "12.", "A3", "2.1". */
const refCell = /^(?:\d{1,4}|[A-Z]{1,3}-?\d{1,3}|\d{1,3}\.\d{1,3})[.)]?$/

type Shape = 'blank' | 'figures' | 'text' | null

/**
 * Reads a table whose records each take two rows: a row of figures under the header (the record's number, then short
 * values such as "No", "$0"), and below it a row whose one cell, spanning the table, holds the record's text. An audit
 * office's list of open recommendations prints its records so ("1 | No | $0 | $0" over "We recommend that the agency
 * …"), and so do registers whose text is too long for a column. A careful reader takes each pair as one action: the
 * number its ref, the text below its title, and the figures its other columns under their own header words.
 *
 * The header must be one row of short cells (at least two); every row below it a row of figures (a ref, then at
 * least one short value, no sentence and no instruction such as "Book the venue", which is the record's own title)
 * or a one-cell text row of at least five words in the first column, each figures row followed by its text row, at
 * least three pairs. Returns null for any other layout.
 *
 * @example
 * readTextRowsUnderFigures([
 *   ['Number', 'Significant', 'Cost'],
 *   ['1', 'No', '$0'], ['We recommend that the Office publish its rota each month.'],
 *   ['2', 'Yes', '$0'], ['We recommend that the Office train every new steward.'],
 *   ['3', 'No', '$500'], ['We recommend that the Office review the contract yearly.'],
 * ])?.rows[1] // ['1', 'We recommend that the Office publish its rota each month.', 'No', '$0']
 */
export function readTextRowsUnderFigures(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  const header = table.findIndex((row) => filledCellCount(row) >= 2)
  if (header < 0 || !isHeader(table[header]!)) return null
  const pairs: { figures: number; text: number }[] = []
  // The header printed again after a page break, between two records: a header, no record.
  const repeatedHeaders: number[] = []
  let open: number | null = null
  for (let index = header + 1; index < table.length; index++) {
    if (open === null && repeatsHeaderCells(table[index]!, table[header]!)) {
      repeatedHeaders.push(index + 1)
      continue
    }
    const shape = shapeOf(table[index]!)
    if (shape === null) return null
    if (shape === 'blank') continue
    if (shape === 'figures') {
      if (open !== null) return null
      open = index
    } else {
      if (open === null) return null
      pairs.push({ figures: open, text: index })
      open = null
    }
  }
  if (open !== null || pairs.length < minPairs) return null
  // The rows above the header are the page's title lines, kept one cell each.
  const rows: string[][] = []
  const sourceRows: number[] = []
  const sourceColumns: (number | null)[][] = []
  for (let index = 0; index < header; index++) {
    const cells = table[index]!.filter(hasText)
    if (cells.length === 0) continue
    rows.push([collapseWhitespace(cells.join(' '))])
    sourceRows.push(index + 1)
    sourceColumns.push([null])
  }
  const width = table[header]!.length
  const others = Array.from({ length: Math.max(0, width - 1) }, (_, c) => c + 1)
  rows.push(['Ref', 'Action', ...others.map((c) => collapseWhitespace(table[header]![c] ?? ''))])
  sourceRows.push(header + 1)
  sourceColumns.push([1, null, ...others.map((c) => c + 1)])
  const headerRow = rows.length
  for (const pair of pairs) {
    const figures = table[pair.figures]!
    rows.push([
      collapseWhitespace(figures[0]!),
      collapseWhitespace(table[pair.text]![0]!),
      ...others.map((c) => collapseWhitespace(figures[c] ?? '')),
    ])
    sourceRows.push(pair.figures + 1)
    sourceColumns.push([1, 1, ...others.map((c) => c + 1)])
  }
  return {
    rows,
    headerRow,
    sourceRows,
    subHeaderRows: repeatedHeaders,
    mergedRows: pairs.map((pair) => pair.text + 1),
    sourceColumns,
    titleEvidence: 'the text row spanning the table below each row of figures: one record over two rows',
  }
}

/** A header: short cells naming fields, none of them a bare number. */
function isHeader(row: readonly string[]): boolean {
  return row.every(
    (cell) => !hasText(cell) || (countWords(cell) <= maxHeaderWords && !/^[\d$£€.,%\s-]+$/.test(cell.trim())),
  )
}

function shapeOf(row: readonly string[]): Shape {
  const filled = filledCellCount(row)
  if (filled === 0) return 'blank'
  if (filled === 1 && loneCell(row) === 0) return countWords(row[0]!) >= minTextWords ? 'text' : null
  if (!refCell.test(row[0]!.trim())) return null
  const shortValues = row
    .slice(1)
    .every(
      (cell) =>
        !hasText(cell) ||
        (cell.trim().length <= maxFigureLength &&
          countWords(cell) <= maxFigureWords &&
          !opensWithInstruction(cell)),
    )
  return shortValues ? 'figures' : null
}

/** "Book the venue", "Publish minutes": a short cell opening with an instruction's verb is the record's title beside
 * its number, so the row below it is a note on it, not its text. A one-word value ("Review", "Yes") is no
 * instruction, nor a name ("Head of HR"). */
function opensWithInstruction(cell: string): boolean {
  const line = collapseWhitespace(cell)
  const [first, ...rest] = line.split(' ')
  if (rest.length === 0 || !/^[A-Z]/.test(first!)) return false
  return instructionVerbs.has(first!.toLowerCase()) || isInstruction(line)
}
