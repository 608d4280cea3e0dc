// A small writer of .xlsx and .docx files from hand-written XML, for the fixtures and the bad-input tests.
// Just enough Office Open XML for Excel and Word to open the files: shared and inline strings, rich text,
// numbers, date cells with number formats, merged cells, hidden sheets, gridSpan and vMerge.
import { strToU8, type Zippable, zipSync } from 'fflate'

/** A cell to write: text, a number, a date (ISO, shown with `format`), rich text runs, or inline text. */
export type XlsxCell =
  | string
  | number
  | null
  | { readonly date: string; readonly format: string }
  | { readonly number: number; readonly format: string }
  | { readonly rich: readonly string[] }
  | { readonly inline: string }

export interface XlsxSheet {
  readonly name: string
  readonly rows: readonly (readonly XlsxCell[])[]
  /** A1-style ranges, e.g. "A1:F1". */
  readonly merges?: readonly string[]
  readonly hidden?: boolean
  /** Written as `<dimension ref>` (what Excel declares the used range to be). */
  readonly dimension?: string
}

export interface XlsxOptions {
  readonly date1904?: boolean
  /** Write the macro-enabled content type and a (dummy) vbaProject.bin, as an .xlsm has. */
  readonly macro?: boolean
}

const fixedTime = new Date('2024-01-01T00:00:00Z')

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export function columnLetters(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    out = String.fromCharCode(65 + rem) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

/** Days since the epoch of the workbook's date system (1900 counts Excel's fictional 29 February 1900). */
export function excelSerial(iso: string, date1904: boolean): number {
  const ms = Date.parse(`${iso}T00:00:00Z`)
  if (date1904) return (ms - Date.UTC(1904, 0, 1)) / 86_400_000
  const days = (ms - Date.UTC(1899, 11, 31)) / 86_400_000
  return days >= 60 ? days + 1 : days
}

export function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  const zippable: Zippable = {}
  for (const [name, content] of Object.entries(files)) {
    zippable[name] = [typeof content === 'string' ? strToU8(content) : content, { mtime: fixedTime }]
  }
  return zipSync(zippable, { level: 6, mtime: fixedTime })
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const pkgRelNs = 'http://schemas.openxmlformats.org/package/2006/relationships'
const relType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

function textElement(tag: string, text: string): string {
  return `<${tag} xml:space="preserve">${escapeXml(text)}</${tag}>`
}

export function writeXlsx(sheets: readonly XlsxSheet[], options: XlsxOptions = {}): Uint8Array {
  return zip(xlsxParts(sheets, options))
}

/** The parts of a workbook by path, before zipping (tests swap parts for hostile ones). */
export function xlsxParts(
  sheets: readonly XlsxSheet[],
  options: XlsxOptions = {},
): Record<string, string | Uint8Array> {
  const strings: string[] = []
  const stringIndex = new Map<string, number>()
  const formats: string[] = []
  const share = (xml: string) => {
    let index = stringIndex.get(xml)
    if (index === undefined) {
      index = strings.length
      strings.push(xml)
      stringIndex.set(xml, index)
    }
    return index
  }
  const styleOf = (format: string) => {
    let index = formats.indexOf(format)
    if (index < 0) index = formats.push(format) - 1
    return index + 1 // cellXfs 0 is General
  }
  const cellXml = (cell: XlsxCell, ref: string): string => {
    if (cell === null || cell === '') return ''
    if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${share(textElement('t', cell))}</v></c>`
    if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`
    if ('date' in cell) {
      const serial = excelSerial(cell.date, options.date1904 === true)
      return `<c r="${ref}" s="${styleOf(cell.format)}"><v>${serial}</v></c>`
    }
    if ('number' in cell) return `<c r="${ref}" s="${styleOf(cell.format)}"><v>${cell.number}</v></c>`
    if ('rich' in cell) {
      const runs = cell.rich.map(
        (text, i) => `<r>${i === 0 ? '<rPr><b/></rPr>' : ''}${textElement('t', text)}</r>`,
      )
      return `<c r="${ref}" t="s"><v>${share(runs.join(''))}</v></c>`
    }
    return `<c r="${ref}" t="inlineStr"><is>${textElement('t', cell.inline)}</is></c>`
  }

  const files: Record<string, string | Uint8Array> = {}
  sheets.forEach((sheet, s) => {
    const rows = sheet.rows
      .map((row, r) => {
        const cells = row.map((cell, c) => cellXml(cell, `${columnLetters(c)}${r + 1}`)).join('')
        return cells === '' ? '' : `<row r="${r + 1}">${cells}</row>`
      })
      .join('')
    const merges =
      sheet.merges && sheet.merges.length > 0
        ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
        : ''
    const dimension = sheet.dimension ? `<dimension ref="${sheet.dimension}"/>` : ''
    files[`xl/worksheets/sheet${s + 1}.xml`] =
      `${xmlHead}<worksheet xmlns="${mainNs}" xmlns:r="${relNs}">${dimension}<sheetData>${rows}</sheetData>${merges}</worksheet>`
  })
  const macro = options.macro === true
  const mainType = macro
    ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'
  files['[Content_Types].xml'] =
    `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    (macro ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : '') +
    `<Override PartName="/xl/workbook.xml" ContentType="${mainType}"/>` +
    sheets
      .map(
        (_, s) =>
          `<Override PartName="/xl/worksheets/sheet${s + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '</Types>'
  files['_rels/.rels'] =
    `${xmlHead}<Relationships xmlns="${pkgRelNs}"><Relationship Id="rId1" Type="${relType}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  files['xl/workbook.xml'] =
    `${xmlHead}<workbook xmlns="${mainNs}" xmlns:r="${relNs}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>` +
    sheets
      .map(
        (sheet, s) =>
          `<sheet name="${escapeXml(sheet.name)}" sheetId="${s + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${s + 1}"/>`,
      )
      .join('') +
    '</sheets></workbook>'
  const n = sheets.length
  files['xl/_rels/workbook.xml.rels'] =
    `${xmlHead}<Relationships xmlns="${pkgRelNs}">` +
    sheets
      .map(
        (_, s) =>
          `<Relationship Id="rId${s + 1}" Type="${relType}/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${n + 1}" Type="${relType}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${relType}/sharedStrings" Target="/xl/sharedStrings.xml"/>` +
    (macro
      ? `<Relationship Id="rId${n + 3}" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`
      : '') +
    '</Relationships>'
  files['xl/sharedStrings.xml'] =
    `${xmlHead}<sst xmlns="${mainNs}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((xml) => `<si>${xml}</si>`).join('') +
    '</sst>'
  files['xl/styles.xml'] =
    `${xmlHead}<styleSheet xmlns="${mainNs}">` +
    (formats.length > 0
      ? `<numFmts count="${formats.length}">${formats.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts>`
      : '') +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
    '<borders count="1"><border/></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    formats
      .map(
        (_, i) =>
          `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
      )
      .join('') +
    '</cellXfs></styleSheet>'
  if (macro) files['xl/vbaProject.bin'] = strToU8('Attribute VB_Name = "Module1"\nSub AutoOpen()\nEnd Sub\n')
  return files
}

/** A Word table cell: its text (each line a paragraph), the columns it spans, and its part in a vertical merge. */
export interface DocxCell {
  readonly text: string
  readonly span?: number
  readonly vMerge?: 'restart' | 'continue'
}

export type DocxBlock = { readonly paragraph: string } | { readonly table: readonly (readonly DocxCell[])[] }

export interface DocxOptions {
  readonly macro?: boolean
}

const wordNs = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

function paragraphXml(text: string): string {
  // A tab inside a line is Word's <w:tab/>, so the reader's handling of it is exercised too.
  const runs = text
    .split('\t')
    .map((part) => (part === '' ? '' : `<w:r>${textElement('w:t', part)}</w:r>`))
    .join('<w:r><w:tab/></w:r>')
  return `<w:p>${runs}</w:p>`
}

export function writeDocx(blocks: readonly DocxBlock[], options: DocxOptions = {}): Uint8Array {
  return zip(docxParts(blocks, options))
}

/** The parts of a document by path, before zipping. */
export function docxParts(
  blocks: readonly DocxBlock[],
  options: DocxOptions = {},
): Record<string, string | Uint8Array> {
  const body = blocks
    .map((block) => {
      if ('paragraph' in block) return paragraphXml(block.paragraph)
      const width = Math.max(
        ...block.table.map((row) => row.reduce((sum, cell) => sum + (cell.span ?? 1), 0)),
      )
      const grid = `<w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(width)}</w:tblGrid>`
      const rows = block.table
        .map((row) => {
          const cells = row
            .map((cell) => {
              const props =
                (cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '') +
                (cell.vMerge === 'restart'
                  ? '<w:vMerge w:val="restart"/>'
                  : cell.vMerge === 'continue'
                    ? '<w:vMerge/>'
                    : '')
              const paragraphs =
                cell.vMerge === 'continue' ? ['<w:p/>'] : cell.text.split('\n').map(paragraphXml)
              return `<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/>${props}</w:tcPr>${paragraphs.join('')}</w:tc>`
            })
            .join('')
          return `<w:tr>${cells}</w:tr>`
        })
        .join('')
      return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows}</w:tbl><w:p/>`
    })
    .join('')
  const macro = options.macro === true
  const mainType = macro
    ? 'application/vnd.ms-word.document.macroEnabled.main+xml'
    : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml':
      `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      (macro ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : '') +
      `<Override PartName="/word/document.xml" ContentType="${mainType}"/></Types>`,
    '_rels/.rels': `${xmlHead}<Relationships xmlns="${pkgRelNs}"><Relationship Id="rId1" Type="${relType}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': `${xmlHead}<w:document xmlns:w="${wordNs}" xmlns:r="${relNs}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  }
  if (macro) {
    files['word/_rels/document.xml.rels'] =
      `${xmlHead}<Relationships xmlns="${pkgRelNs}"><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`
    files['word/vbaProject.bin'] = strToU8('Sub AutoOpen()\nEnd Sub\n')
  }
  return files
}
