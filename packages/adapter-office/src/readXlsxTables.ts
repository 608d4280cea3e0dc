import type { ImportIssue } from '@techcommit/core'
import { cleanOfficeText } from './cleanOfficeText'
import { builtInFormat, dateParts, formatGeneral, formatNumber, formatSerialDate } from './formatCellNumber'
import type { CellMerge, OfficeTable, OfficeTables, ReadOfficeOptions } from './officeOptions'
import { OfficeFileProblem } from './OfficeFileProblem'
import { openOfficeFile } from './openOfficeFile'
import type { ZipArchive } from './openZip'
import { readRelationships, relationshipOfKind } from './readRelationships'
import { readXmlPart } from './readXmlPart'
import { TableBuilder } from './TableBuilder'
import { toBytes, type OfficeInput } from './toBytes'

/**
 * Reads every worksheet of an Excel workbook (`.xlsx`, or `.xlsm` without touching its macros) as rows of cell
 * text, with its merged regions. Shared, inline and rich text become plain text with line breaks kept; cells
 * formatted as dates become ISO dates (`YYYY-MM-DD`, `YYYY-MM` for a month-and-year format) in either of
 * Excel's date systems (1900 or 1904); other numbers keep the form the sheet displays ("3.50", "35%").
 * Hidden sheets and chart sheets are skipped with an info issue. A file that cannot be read (old `.xls`,
 * password-protected, damaged, a zip bomb) gives no tables and one error issue saying why; never throws.
 *
 * @example
 * const { tables, issues } = await readXlsxTables(new Uint8Array(await file.arrayBuffer()))
 * for (const sheet of tables) console.log(sheet.name, sheet.rows.length, 'rows,', sheet.merges.length, 'merges')
 */
export async function readXlsxTables(
  input: OfficeInput,
  options: ReadOfficeOptions = {},
): Promise<OfficeTables> {
  const issues: ImportIssue[] = []
  try {
    const zip = openOfficeFile(toBytes(input), 'workbook', options)
    return { tables: readWorkbook(zip, options, issues), after: [], issues }
  } catch (error) {
    if (error instanceof OfficeFileProblem)
      return { tables: [], after: [], issues: [...issues, error.toIssue()] }
    throw error
  }
}

const maxMerges = 100_000

interface SheetEntry {
  readonly name: string
  readonly path: string | undefined
  readonly hidden: boolean
}

function readWorkbook(zip: ZipArchive, options: ReadOfficeOptions, issues: ImportIssue[]): OfficeTable[] {
  const root = relationshipOfKind(readRelationships(zip, ''), 'officeDocument')
  const workbookPath = root?.path ?? 'xl/workbook.xml'
  const relationships = readRelationships(zip, workbookPath)
  let date1904 = false
  const sheets: SheetEntry[] = []
  readXmlPart(zip, workbookPath, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true'
      if (name !== 'sheet') return
      const relationship = relationships.get(attributes.id ?? '')
      sheets.push({
        name: cleanOfficeText(attributes.name ?? `Sheet ${sheets.length + 1}`),
        path: relationship?.kind === 'worksheet' ? relationship.path : undefined,
        hidden: attributes.state === 'hidden' || attributes.state === 'veryHidden',
      })
    },
  })
  const strings = readSharedStrings(zip, relationshipOfKind(relationships, 'sharedStrings')?.path)
  const formats = readCellFormats(zip, relationshipOfKind(relationships, 'styles')?.path)

  const tables: OfficeTable[] = []
  for (const sheet of sheets) {
    if (sheet.path === undefined || !zip.has(sheet.path) || sheet.hidden) {
      const why = sheet.hidden ? 'is hidden' : 'is not a worksheet (a chart sheet, or missing from the file)'
      issues.push(info('sheet-skipped', `The sheet "${sheet.name}" ${why}, so it was not read.`))
      continue
    }
    tables.push(readSheet(zip, sheet, { strings, formats, date1904 }, options, issues))
  }
  return tables
}

interface CellContext {
  readonly strings: readonly string[]
  /** Format code per cell style index (`s` attribute). */
  readonly formats: readonly string[]
  readonly date1904: boolean
}

function readSheet(
  zip: ZipArchive,
  sheet: SheetEntry,
  context: CellContext,
  options: ReadOfficeOptions,
  issues: ImportIssue[],
): OfficeTable {
  const table = new TableBuilder(sheet.name, options.limits ?? {}, issues)
  const merges: CellMerge[] = []
  let row = 0
  let column = 0
  let type = ''
  let style = 0
  let value = ''
  let inline = ''
  let capture: 'value' | 'inline' | null = null
  let phonetic = 0
  readXmlPart(zip, sheet.path!, {
    open(name, attributes) {
      switch (name) {
        case 'row':
          row = attributes.r === undefined ? row + 1 : Number.parseInt(attributes.r, 10)
          column = 0
          break
        case 'c':
          column = attributes.r === undefined ? column + 1 : columnNumber(attributes.r)
          type = attributes.t ?? 'n'
          style = attributes.s === undefined ? 0 : Number.parseInt(attributes.s, 10)
          value = ''
          inline = ''
          break
        case 'v':
          capture = 'value'
          break
        case 't':
          if (phonetic === 0) capture = 'inline'
          break
        case 'rPh':
          phonetic++
          break
        case 'mergeCell': {
          const merge = parseRange(attributes.ref ?? '')
          // A sheet needs a few hundred merges at most; a flood of them is only there to use up memory.
          if (merge !== null && merges.length < maxMerges) merges.push(merge)
          break
        }
      }
    },
    text(text) {
      if (capture === 'value') value += text
      else if (capture === 'inline') inline += text
    },
    close(name) {
      if (name === 'v' || name === 't') capture = null
      else if (name === 'rPh') phonetic--
      else if (name === 'c') table.set(row, column, cellText(type, style, value, inline, context))
    },
    done: () => table.full,
  })
  return table.finish(merges)
}

function cellText(type: string, style: number, value: string, inline: string, context: CellContext): string {
  switch (type) {
    case 's':
      return context.strings[Number.parseInt(value, 10)] ?? ''
    case 'inlineStr':
      return cleanOfficeText(inline)
    case 'str':
    case 'e':
      return cleanOfficeText(value)
    case 'b':
      return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : ''
    case 'd':
      // An ISO 8601 date-time written as such (strict Open XML); keep its date when the time is midnight.
      return value.replace(/T00:00(?::00(?:\.0+)?)?Z?$/, '')
  }
  if (value.trim() === '') return ''
  const number = Number(value)
  if (!Number.isFinite(number)) return cleanOfficeText(value)
  const code = context.formats[style] ?? 'General'
  const parts = dateParts(code)
  if (parts !== null && number >= 0 && number < 2_958_466)
    return formatSerialDate(number, parts, context.date1904)
  return code === 'General' ? formatGeneral(number) : formatNumber(number, code)
}

function readSharedStrings(zip: ZipArchive, path: string | undefined): string[] {
  const strings: string[] = []
  if (path === undefined || !zip.has(path)) return strings
  let current = ''
  let capture = false
  let phonetic = 0
  readXmlPart(zip, path, {
    open(name) {
      if (name === 'si') current = ''
      else if (name === 'rPh') phonetic++
      else if (name === 't' && phonetic === 0) capture = true
    },
    text(text) {
      if (capture) current += text
    },
    close(name) {
      if (name === 't') capture = false
      else if (name === 'rPh') phonetic--
      else if (name === 'si') strings.push(cleanOfficeText(current))
    },
  })
  return strings
}

/** The number format code of every cell style (`cellXfs`), by index. */
function readCellFormats(zip: ZipArchive, path: string | undefined): string[] {
  const formats: string[] = []
  if (path === undefined || !zip.has(path)) return formats
  const custom = new Map<number, string>()
  let inCellFormats = false
  readXmlPart(zip, path, {
    open(name, attributes) {
      if (name === 'numFmt') {
        custom.set(Number.parseInt(attributes.numFmtId ?? '', 10), attributes.formatCode ?? 'General')
      } else if (name === 'cellXfs') {
        inCellFormats = true
      } else if (name === 'xf' && inCellFormats) {
        const id = Number.parseInt(attributes.numFmtId ?? '0', 10)
        formats.push(custom.get(id) ?? builtInFormat(id))
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellFormats = false
    },
  })
  return formats
}

/** "AB12" → 28 (1-based column); the row digits are ignored. */
function columnNumber(reference: string): number {
  let column = 0
  for (let i = 0; i < reference.length && i < 4; i++) {
    const code = reference.charCodeAt(i) | 0x20
    if (code < 0x61 || code > 0x7a) break
    column = column * 26 + (code - 0x60)
  }
  return column
}

/** "B3:D7" → 0-based inclusive indexes, or null when the reference is not a range. */
function parseRange(reference: string): CellMerge | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(reference)
  if (match === null) return null
  return {
    firstRow: Number(match[2]) - 1,
    firstColumn: columnNumber(match[1]!) - 1,
    lastRow: Number(match[4]) - 1,
    lastColumn: columnNumber(match[3]!) - 1,
  }
}

function info(code: string, message: string): ImportIssue {
  return { code, severity: 'info', row: null, column: null, columnName: null, message }
}
