import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readCsvRows } from './readCsvRows'

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url)))
const codes = (issues: readonly { code: string }[]) => issues.map((issue) => issue.code)

describe('readCsvRows on the Excel/SharePoint quirk fixtures', () => {
  it('bom_utf8: strips the BOM so the first header is "Action", not "\\uFEFFAction"', async () => {
    const { rows, encoding, delimiter, issues } = await readCsvRows(fixture('bom_utf8.csv'))
    expect(rows).toEqual([
      ['Action', 'Lead'],
      ['Run a technician showcase', 'Priya Shah'],
    ])
    expect(rows[0]![0]!.charCodeAt(0)).toBe(0x41)
    expect(encoding).toBe('utf-8')
    expect(delimiter).toBe(',')
    expect(issues).toEqual([])
  })

  it('cp1252: not UTF-8, so decoded as windows-1252, including 0x80–0x9F', async () => {
    const { rows, encoding, issues } = await readCsvRows(fixture('cp1252.csv'))
    expect(encoding).toBe('windows-1252')
    expect(rows[1]).toEqual(['Café budget – £200 or €230 “pilot”', 'Naïve Owen'])
    expect(codes(issues)).toEqual(['encoding-fallback'])
    expect(issues[0]!.severity).toBe('info')
  })

  it('utf16le_tab: Excel "Unicode Text" is UTF-16LE with a BOM and tab-delimited', async () => {
    const { rows, encoding, delimiter } = await readCsvRows(fixture('utf16le_tab.txt'))
    expect(encoding).toBe('utf-16le')
    expect(delimiter).toBe('\t')
    expect(rows).toEqual([
      ['Action', 'Lead'],
      ['Mentoring scheme – phase 2', 'Zoë Kim'],
    ])
  })

  it('utf16be_tab: UTF-16BE with a BOM reads the same table', async () => {
    const { rows, encoding, delimiter } = await readCsvRows(fixture('utf16be_tab.txt'))
    expect(encoding).toBe('utf-16be')
    expect(delimiter).toBe('\t')
    expect(rows[1]).toEqual(['Mentoring scheme – phase 2', 'Zoë Kim'])
  })

  it('sep_line: consumes "sep=;" and splits on semicolons, keeping "0,25" as text', async () => {
    const { rows, delimiter } = await readCsvRows(fixture('sep_line.csv'))
    expect(delimiter).toBe(';')
    expect(rows).toEqual([
      ['Action', 'Share done'],
      ['Career pathways', '0,25'],
      ['Awards', '1'],
    ])
  })

  it('excel_sep_bom: strips the BOM first, then reads the sep= line', async () => {
    const { rows, delimiter, encoding } = await readCsvRows(fixture('excel_sep_bom.csv'))
    expect(encoding).toBe('utf-8')
    expect(delimiter).toBe(';')
    expect(rows).toEqual([
      ['Action', 'Lead'],
      ['Technician week', 'Renée Blanc'],
    ])
  })

  it('semicolon: sniffs ";" although commas appear inside the numbers', async () => {
    const { rows, delimiter } = await readCsvRows(fixture('semicolon.csv'))
    expect(delimiter).toBe(';')
    expect(rows[1]).toEqual(['Career pathways', '0,25', 'Ann'])
  })

  it('excel_lf_in_crlf: an Alt+Enter line break stays inside its cell, one record', async () => {
    const { rows } = await readCsvRows(fixture('excel_lf_in_crlf.csv'))
    expect(rows).toEqual([
      ['Action', 'Notes'],
      ['Forum', 'first point\nsecond point'],
      ['Survey', 'none'],
    ])
  })

  it('merged_blank: the blank under a merged cell stays "" (no fill-down)', async () => {
    const { rows } = await readCsvRows(fixture('merged_blank.csv'))
    expect(rows[2]).toEqual(['', 'Newsletter', 'Bo'])
    expect(rows[3]).toEqual(['Recognition', 'Awards', 'Cy'])
  })

  it('trailing_commas: keeps blank rows by default (row numbers match Excel) and drops them on request', async () => {
    const kept = await readCsvRows(fixture('trailing_commas.csv'))
    expect(kept.rows).toEqual([['Action', 'Lead', '', ''], ['Forum', 'Sam', '', ''], ['', '', '', ''], ['']])
    expect(kept.issues).toEqual([])
    const dropped = await readCsvRows(fixture('trailing_commas.csv'), { skipBlankRows: true })
    expect(dropped.rows).toEqual([
      ['Action', 'Lead', '', ''],
      ['Forum', 'Sam', '', ''],
    ])
  })

  it('dup_header: both "Action" columns and the empty header survive as separate cells', async () => {
    const { rows } = await readCsvRows(fixture('dup_header.csv'))
    expect(rows).toEqual([
      ['Action', 'Action', ''],
      ['Forum', 'Survey', 'Extra'],
    ])
  })

  it('proto_header: __proto__ and constructor are ordinary cells and nothing is polluted', async () => {
    const { rows } = await readCsvRows(fixture('proto_header.csv'))
    expect(rows).toEqual([
      ['__proto__', 'constructor', 'Action'],
      ['{"isAdmin":true}', '{"prototype":1}', 'Forum'],
    ])
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    expect(Object.getPrototypeOf(rows[0])).toBe(Array.prototype)
  })

  it('unterminated: an error names row 2, column 2, and the rest of the file is still read', async () => {
    const { rows, issues } = await readCsvRows(fixture('unterminated.csv'))
    expect(rows).toEqual([
      ['Action', 'Lead'],
      ['Forum', '"Sam'],
      ['Survey', 'Ann'],
    ])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ code: 'unterminated-quote', severity: 'error', row: 2, column: 2 })
    expect(issues[0]!.message).toMatch(/never closed/)
  })

  it('stray_quote: a quote inside an unquoted field is kept as a character', async () => {
    const { rows, issues } = await readCsvRows(fixture('stray_quote.csv'))
    expect(rows[1]).toEqual(['Lab refit', '12" monitors'])
    expect(issues).toEqual([])
  })

  it('html_cell: markup is kept as plain text, byte for byte', async () => {
    const { rows } = await readCsvRows(fixture('html_cell.csv'))
    expect(rows[1]![1]).toBe('<p>Tea &amp; cake</p><img src=x onerror=alert(2)>')
  })

  it('formula: formula-leading cells import verbatim, including the line break and the fullwidth ＝', async () => {
    const { rows } = await readCsvRows(fixture('formula.csv'))
    expect(rows).toEqual([
      ['Action', 'Lead', 'Notes'],
      ['=HYPERLINK("http://example.invalid","go")', '@lead', '=2+3\nnext line'],
      ['-5+1', '+44 1234 567890', '\tTabbed'],
      ['＝1+1', '-', 'ok'],
    ])
  })
})

describe('readCsvRows: parsing rules', () => {
  it('keeps CRLF inside a quoted cell and invents no row after the final line break', async () => {
    const { rows } = await readCsvRows('a,b\r\n"x\r\ny",z\r\n')
    expect(rows).toEqual([
      ['a', 'b'],
      ['x\r\ny', 'z'],
    ])
  })

  it('reads a last record with no line break, and a trailing empty field', async () => {
    expect((await readCsvRows('a,b\r\n1,')).rows).toEqual([
      ['a', 'b'],
      ['1', ''],
    ])
  })

  it('reports ragged rows with their row number', async () => {
    const { issues } = await readCsvRows('a,b,c\n1,2,3\n4,5\n')
    expect(issues).toEqual([expect.objectContaining({ code: 'ragged-row', row: 3, severity: 'warning' })])
  })

  it('compares widths from the first row of several cells: one-cell title lines above it are not ragged', async () => {
    const text =
      'Race Equality Action Plan\n12 March 2024\nRef,Action,Lead,Due\n1,Run the survey,HR,May 2024\n2,Publish results,HR\n'
    const { issues } = await readCsvRows(text)
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'ragged-row',
        row: 5,
        message: expect.stringContaining('where row 3, the first of several cells, has 4'),
      }),
    ])
  })

  it('warns about text after a closing quote and keeps it', async () => {
    const { rows, issues } = await readCsvRows('a,b\n"x"y,z\n')
    expect(rows[1]).toEqual(['xy', 'z'])
    expect(issues[0]).toMatchObject({ code: 'text-after-quote', row: 2, column: 1 })
  })

  it('numbers rows as records: the unclosed quote after a multi-line cell is row 3, line 4', async () => {
    const { issues } = await readCsvRows('h1,h2\n"two\nlines",x\ny,"open\n')
    expect(issues[0]).toMatchObject({ code: 'unterminated-quote', row: 3, column: 2 })
    expect(issues[0]!.message).toContain('line 4')
  })

  it('an empty file gives no rows and an empty-file warning', async () => {
    for (const input of ['', new Uint8Array(0), new Uint8Array([0xef, 0xbb, 0xbf])]) {
      const { rows, issues } = await readCsvRows(input)
      expect(rows).toEqual([])
      expect(codes(issues)).toEqual(['empty-file'])
    }
  })

  it('an .xlsx workbook is reported as not CSV instead of parsed as garbage', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00])
    const { rows, issues } = await readCsvRows(zip)
    expect(rows).toEqual([])
    expect(issues[0]).toMatchObject({ code: 'not-csv', severity: 'error' })
  })

  it('UTF-8 text with a stray windows-1252 byte keeps both and warns of mixed encodings', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a,b\r\nZoë,'), 0x96, 0x0d, 0x0a])
    const { rows, encoding, issues } = await readCsvRows(bytes)
    expect(encoding).toBe('utf-8')
    expect(rows[1]).toEqual(['Zoë', '–'])
    expect(codes(issues)).toEqual(['mixed-encoding'])
  })

  it('reads UTF-16LE without a BOM from its zero bytes', async () => {
    const text = 'Action\tLead\r\nForum\tSam\r\n'
    const bytes = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i)
    const { rows, encoding, issues } = await readCsvRows(bytes)
    expect(encoding).toBe('utf-16le')
    expect(rows).toEqual([
      ['Action', 'Lead'],
      ['Forum', 'Sam'],
    ])
    expect(codes(issues)).toEqual(['no-bom'])
  })

  it('honours a forced delimiter and encoding', async () => {
    const bytes = new Uint8Array([0x61, 0x7c, 0xe9, 0x0a])
    const { rows, delimiter, encoding } = await readCsvRows(bytes, {
      delimiter: '|',
      encoding: 'windows-1252',
    })
    expect([rows, delimiter, encoding]).toEqual([[['a', 'é']], '|', 'windows-1252'])
  })

  it('sniffs a tab delimiter even when quoted cells contain commas', async () => {
    const { delimiter, rows } = await readCsvRows('"a, b"\tc\r\n"d, e"\tf\r\n')
    expect(delimiter).toBe('\t')
    expect(rows[0]).toEqual(['a, b', 'c'])
  })

  it('strips the export apostrophe only before a formula trigger', async () => {
    const { rows } = await readCsvRows(`"'=1+1","'hello","''=x","'－2"\r\n`)
    expect(rows[0]).toEqual(['=1+1', "'hello", "'=x", '－2'])
    const raw = await readCsvRows(`"'=1+1"\r\n`, { unescapeFormulas: false })
    expect(raw.rows[0]).toEqual(["'=1+1"])
  })

  it('reads a ReadableStream and an async iterable of byte chunks', async () => {
    const bytes = new TextEncoder().encode('Action,Lead\r\n"Forum\r\nweekly",Sam\r\n')
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3))
        controller.close()
      },
    })
    const expected = [
      ['Action', 'Lead'],
      ['Forum\r\nweekly', 'Sam'],
    ]
    expect((await readCsvRows(stream)).rows).toEqual(expected)
    async function* chunks() {
      for (const b of bytes) yield new Uint8Array([b])
    }
    expect((await readCsvRows(chunks())).rows).toEqual(expected)
  })

  it('reads a source that refills one buffer for every chunk it sends', async () => {
    // Past the 64 KB read to detect the encoding, so both the bytes held for it and those gathered after it count.
    const lines = Array.from({ length: 2_500 }, (_, i) => [
      `${i + 1}`,
      `Service fume cupboard ${i + 1} in Lab B`,
    ])
    const bytes = new TextEncoder().encode(
      `No.,Action\n${lines.map((line) => `${line.join(',')}\n`).join('')}`,
    )
    async function* refilled() {
      const buffer = new Uint8Array(100)
      for (let at = 0; at < bytes.length; at += 100) {
        const part = bytes.subarray(at, at + 100)
        buffer.set(part)
        yield buffer.subarray(0, part.length)
      }
    }
    expect((await readCsvRows(refilled())).rows).toEqual([['No.', 'Action'], ...lines])
  })

  it('accepts an ArrayBuffer', async () => {
    const { buffer } = new TextEncoder().encode('a;b\n1;2\n')
    expect((await readCsvRows(buffer as ArrayBuffer)).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
  })
})
