import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { rawZip } from '../test/craftZip'
import { writeXlsx, xlsxParts } from '../test/writeOffice'
import { readXlsxTables } from './readXlsxTables'

const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'

/** A one-sheet workbook whose sheet (and optionally shared strings) XML is given by hand. */
function workbook(sheetXml: string, sharedStrings?: string): Uint8Array {
  const parts: Record<string, string | Uint8Array> = {
    ...xlsxParts([{ name: 'Plan', rows: [] }]),
    'xl/worksheets/sheet1.xml': sheetXml,
  }
  if (sharedStrings !== undefined) parts['xl/sharedStrings.xml'] = sharedStrings
  return rawZip(
    Object.entries(parts).map(([name, content]) => ({
      name,
      data: typeof content === 'string' ? strToU8(content) : content,
      method: 0 as const,
    })),
  )
}

describe('readXlsxTables', () => {
  it('reads shared, rich, inline and formula text, booleans and errors, keeping line breaks', async () => {
    const bytes = workbook(
      `<worksheet xmlns="${ns}"><sheetData><row r="1">` +
        '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
        '<c r="C1" t="inlineStr"><is><t xml:space="preserve">In progress\n[under review]</t></is></c>' +
        '<c r="D1" t="str"><f>A1&amp;"!"</f><v>Forum!</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#N/A</v></c>' +
        '</row></sheetData></worksheet>',
      `<sst xmlns="${ns}"><si><t>Forum &amp; network</t></si>` +
        '<si><r><rPr><b/></rPr><t xml:space="preserve">Bold </t></r><r><t>rest_x000D__x000A_next</t></r><rPh><t>ルビ</t></rPh></si></sst>',
    )
    const { tables, issues } = await readXlsxTables(bytes)
    expect(issues).toEqual([])
    expect(tables[0]!.rows).toEqual([
      ['Forum & network', 'Bold rest\nnext', 'In progress\n[under review]', 'Forum!', 'TRUE', '#N/A'],
    ])
  })

  it('places cells by reference, leaving gaps as empty strings, and pads rows to the widest', async () => {
    const bytes = workbook(
      `<worksheet xmlns="${ns}"><sheetData>` +
        '<row r="2"><c r="C2" t="inlineStr"><is><t>c</t></is></c></row>' +
        '<row r="4"><c r="A4"><v>7</v></c></row></sheetData></worksheet>',
    )
    const { tables } = await readXlsxTables(bytes)
    expect(tables[0]!.rows).toEqual([
      ['', '', ''],
      ['', '', 'c'],
      ['', '', ''],
      ['7', '', ''],
    ])
  })

  it('keeps merged regions as 0-based ranges with the text in the first cell', async () => {
    const bytes = writeXlsx([
      {
        name: 'Plan',
        rows: [['Title'], ['Pillar', 'Action'], ['Visibility', 'Webpage'], [null, 'Forum']],
        merges: ['A1:B1', 'A3:A4'],
      },
    ])
    const { tables } = await readXlsxTables(bytes)
    expect(tables[0]).toEqual({
      name: 'Plan',
      rows: [
        ['Title', ''],
        ['Pillar', 'Action'],
        ['Visibility', 'Webpage'],
        ['', 'Forum'],
      ],
      merges: [
        { firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 1 },
        { firstRow: 2, firstColumn: 0, lastRow: 3, lastColumn: 0 },
      ],
      before: [],
    })
  })

  it('accepts an ArrayBuffer (a browser File) as well as a Uint8Array', async () => {
    const bytes = writeXlsx([{ name: 'Plan', rows: [['a', 1.5]] }])
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    expect((await readXlsxTables(buffer)).tables[0]!.rows).toEqual([['a', '1.5']])
  })

  it('skips hidden sheets with an info issue and strips control characters', async () => {
    const bytes = writeXlsx([
      // Excel writes a control character as an _xHHHH_ escape (XML cannot hold it raw).
      { name: 'Plan', rows: [['bell_x0007_ and\ttab']] },
      { name: 'Lists', rows: [['x']], hidden: true },
    ])
    const { tables, issues } = await readXlsxTables(bytes)
    expect(tables.map((table) => table.rows)).toEqual([[['bell and\ttab']]])
    expect(issues).toEqual([expect.objectContaining({ code: 'sheet-skipped', severity: 'info' })])
  })
})
