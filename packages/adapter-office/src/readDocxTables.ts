import type { ImportIssue } from '@techcommit/core'
import { cleanOfficeText } from './cleanOfficeText'
import type { CellMerge, OfficeTable, OfficeTables, ReadOfficeOptions } from './officeOptions'
import { OfficeFileProblem } from './OfficeFileProblem'
import { openOfficeFile } from './openOfficeFile'
import type { ZipArchive } from './openZip'
import { readRelationships, relationshipOfKind } from './readRelationships'
import { readXmlPart } from './readXmlPart'
import { TableBuilder } from './TableBuilder'
import { toBytes, type OfficeInput } from './toBytes'

/**
 * Reads every table of a Word document (`.docx`, or `.docm` without touching its macros), in document order,
 * as rows of cell text: each paragraph of a cell is one line (`\n` between them), a cell spanning columns
 * (`gridSpan`) or rows (`vMerge`) is kept as one merged region with its text in the first cell. The paragraphs
 * around the tables come back too (`before` each table, `after` the last), for titles and legends. A table
 * nested inside a cell adds its text to that cell. A file that cannot be read gives no tables and one error
 * issue saying why; never throws.
 *
 * @example
 * const { tables } = await readDocxTables(await readFile('action-plan.docx'))
 * console.log(tables.map((table) => `${table.name}: ${table.rows.length} rows`))
 */
export async function readDocxTables(
  input: OfficeInput,
  options: ReadOfficeOptions = {},
): Promise<OfficeTables> {
  const issues: ImportIssue[] = []
  try {
    const zip = openOfficeFile(toBytes(input), 'document', options)
    return readDocument(zip, options, issues)
  } catch (error) {
    if (error instanceof OfficeFileProblem)
      return { tables: [], after: [], issues: [...issues, error.toIssue()] }
    throw error
  }
}

function readDocument(zip: ZipArchive, options: ReadOfficeOptions, issues: ImportIssue[]): OfficeTables {
  const path = relationshipOfKind(readRelationships(zip, ''), 'officeDocument')?.path ?? 'word/document.xml'
  if (!zip.has(path)) {
    throw new OfficeFileProblem(
      'missing-part',
      `The Word file has no document part ("${path}"); it is damaged.`,
    )
  }
  const tables: OfficeTable[] = []
  let paragraphs: string[] = []
  // In an object, not a `let`: TypeScript does not follow assignments made inside the callbacks.
  const current: { table: TableBuilder | null } = { table: null }
  let merges: CellMerge[] = []
  /** Open vertical merges of the current table, by their first column. */
  let vertical = new Map<
    number,
    { firstRow: number; firstColumn: number; lastRow: number; lastColumn: number }
  >()
  let depth = 0 // table nesting: only top-level tables become tables
  let textBox = 0 // paragraphs inside a text box or shape are not the document's text
  let fallback = 0 // mc:Fallback repeats what mc:Choice already said
  let run = 0 // a tab or break is text only inside a run (w:tabs in paragraph properties defines tab stops)
  let row = 0
  let column = 0
  let span = 1
  let vMerge: 'restart' | 'continue' | null = null
  let cellLines: string[] = []
  let line = ''
  let capture = false

  const closeVertical = (from: number, to: number) => {
    for (const [start, merge] of vertical) {
      if (start < from || start > to) continue
      if (merge.lastRow > merge.firstRow || merge.lastColumn > merge.firstColumn) merges.push({ ...merge })
      vertical.delete(start)
    }
  }

  const finishTable = () => {
    if (current.table === null) return
    closeVertical(0, Number.POSITIVE_INFINITY)
    tables.push(current.table.finish(merges, paragraphs))
    paragraphs = []
    current.table = null
  }

  readXmlPart(zip, path, {
    open(name, attributes) {
      switch (name) {
        case 'tbl':
          depth++
          if (depth === 1) {
            current.table = new TableBuilder(`Table ${tables.length + 1}`, options.limits ?? {}, issues)
            merges = []
            vertical = new Map()
            row = 0
          }
          break
        case 'tr':
          if (depth === 1) {
            row++
            column = 0
          }
          break
        case 'gridBefore':
          if (depth === 1) column += toCount(attributes.val)
          break
        case 'tc':
          if (depth === 1) {
            span = 1
            vMerge = null
            cellLines = []
          }
          break
        case 'gridSpan':
          if (depth === 1) span = toCount(attributes.val)
          break
        case 'vMerge':
          if (depth === 1) vMerge = attributes.val === 'restart' ? 'restart' : 'continue'
          break
        case 'txbxContent':
          textBox++
          break
        case 'Fallback':
          fallback++
          break
        case 'r':
          run++
          break
        case 'p':
          // A paragraph inside a text box sits inside a paragraph of the document: keep the outer one's text.
          if (textBox === 0) line = ''
          break
        case 't':
          capture = textBox === 0 && fallback === 0
          break
        case 'tab':
          if (run > 0 && textBox === 0 && fallback === 0) line += '\t'
          break
        case 'br':
        case 'cr':
          if (run > 0 && textBox === 0 && fallback === 0) line += '\n'
          break
        case 'noBreakHyphen':
          if (run > 0 && textBox === 0 && fallback === 0) line += '-'
          break
      }
    },
    text(text) {
      if (capture) line += text
    },
    close(name) {
      switch (name) {
        case 't':
          capture = false
          break
        case 'txbxContent':
          textBox--
          break
        case 'Fallback':
          fallback--
          break
        case 'r':
          run--
          break
        case 'p': {
          if (textBox > 0) break
          const text = cleanOfficeText(line)
          if (depth === 0) {
            if (text.trim() !== '') paragraphs.push(text.trim())
          } else {
            cellLines.push(text)
          }
          break
        }
        case 'tc': {
          const builder = current.table
          if (depth !== 1 || builder === null) break
          const first = column
          const last = column + span - 1
          const open = vertical.get(first)
          if (vMerge === 'continue' && open !== undefined) {
            open.lastRow = row - 1
          } else {
            closeVertical(first, last)
            builder.set(row, first + 1, trimLines(cellLines))
            const merge = { firstRow: row - 1, firstColumn: first, lastRow: row - 1, lastColumn: last }
            if (vMerge === 'restart') vertical.set(first, merge)
            else if (span > 1) merges.push(merge)
          }
          column += span
          break
        }
        case 'tbl':
          if (depth === 1) finishTable()
          depth--
          break
      }
    },
    done: () => current.table?.full === true,
  })
  // A table cut at the row cap stops the reading before its end tag.
  finishTable()
  return { tables, after: paragraphs, issues }
}

/** A cell's paragraphs as lines, without the empty paragraphs Word leaves at its end. */
function trimLines(lines: readonly string[]): string {
  let end = lines.length
  while (end > 0 && lines[end - 1]!.trim() === '') end--
  return lines.slice(0, end).join('\n')
}

function toCount(value: string | undefined): number {
  const count = Number.parseInt(value ?? '1', 10)
  return count >= 1 && count <= 1_000 ? count : 1
}
