import { readFileSync } from 'node:fs'
import { ImportError } from '@techcommit/core'
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importDocxPlan } from '../src/importDocxPlan'
import { importOfficePlan } from '../src/importOfficePlan'
import { importXlsxPlan } from '../src/importXlsxPlan'
import { readDocxTables } from '../src/readDocxTables'
import { readXlsxTables } from '../src/readXlsxTables'
import { sniffOfficeFormat } from '../src/sniffOfficeFormat'
import { deflateRepeat, type RawEntry, rawZip } from './craftZip'
import { docxParts, writeDocx, writeXlsx, xlsxParts } from './writeOffice'

// Every kind of bad input the issue names, each a clear issue (never a hang, never an exception) with the
// code a caller can switch on and a message that says what to do.

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)))
const plan = [
  ['Action', 'Owner', 'Target date'],
  ['Launch a technician webpage', 'Forum', 'Dec. 18'],
]

/** A workbook's parts stored (not deflated), with some parts replaced by hand-made entries. */
function workbookWith(replace: Record<string, Partial<RawEntry>>, count?: number): Uint8Array {
  const parts = xlsxParts([{ name: 'Plan', rows: plan }])
  const entries = Object.entries(parts).map(([name, content]): RawEntry => {
    const data = typeof content === 'string' ? strToU8(content) : content
    return { name, data, method: 0, ...replace[name] }
  })
  return rawZip(entries, count)
}

const errorCodes = (issues: readonly { code: string; severity: string }[]) =>
  issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code)

describe('zip bombs', () => {
  it('a part that says it inflates past the cap is refused before inflating', async () => {
    const bytes = workbookWith({
      'xl/worksheets/sheet1.xml': { data: new Uint8Array(64), method: 8, declaredSize: 3_000_000_000 },
    })
    const { tables, issues } = await readXlsxTables(bytes)
    expect(tables).toEqual([])
    expect(issues).toEqual([
      expect.objectContaining({ code: 'zip-too-large', message: expect.stringContaining('zip bomb') }),
    ])
  })

  it('a part that lies about its size stops at the cap while inflating, not after', async () => {
    // 10 MB of spaces inside the sheet, declared as 1 KB: 60 KB on disk.
    const bomb = deflateRepeat('<worksheet><sheetData>', ' '.repeat(1000), 10_000, '</sheetData></worksheet>')
    const bytes = workbookWith({
      'xl/worksheets/sheet1.xml': { data: bomb, method: 8, declaredSize: 1000 },
    })
    const { issues } = await readXlsxTables(bytes, { limits: { maxUnzippedBytes: 2_000_000 } })
    expect(errorCodes(issues)).toEqual(['zip-too-large'])
    // With room for it the same file reads to the end, so the cap is what stopped it.
    const whole = await readXlsxTables(bytes, { limits: { maxUnzippedBytes: 20_000_000 } })
    expect(errorCodes(whole.issues)).toEqual([])
  })

  it('a zip listing more entries than the cap is refused from its directory alone', async () => {
    const { issues } = await readXlsxTables(workbookWith({}, 60_000))
    expect(errorCodes(issues)).toEqual(['zip-too-many-entries'])
    const small = await readXlsxTables(fixture('oxford-2018-2020.xlsx'), { limits: { maxEntries: 3 } })
    expect(errorCodes(small.issues)).toEqual(['zip-too-many-entries'])
  })
})

describe('XML that tries to expand or fetch entities', () => {
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">' +
    '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">' +
    '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">' +
    '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>'

  it('billion laughs in the shared strings: refused at the DOCTYPE, nothing expanded', async () => {
    const bytes = workbookWith({ 'xl/sharedStrings.xml': { data: strToU8(laughs) } })
    const { tables, issues } = await readXlsxTables(bytes)
    expect(tables).toEqual([])
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'xml-doctype',
        message: expect.stringContaining('xl/sharedStrings.xml'),
      }),
    ])
  })

  it('an external entity in a Word document is never resolved', async () => {
    const parts = docxParts([{ paragraph: 'Plan' }])
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>'
    const entries = Object.entries({ ...parts, 'word/document.xml': xxe }).map(
      ([name, content]): RawEntry => ({
        name,
        data: typeof content === 'string' ? strToU8(content) : content,
        method: 0,
      }),
    )
    const { tables, issues } = await readDocxTables(rawZip(entries))
    expect(tables).toEqual([])
    expect(errorCodes(issues)).toEqual(['xml-doctype'])
    expect(JSON.stringify(issues)).not.toContain('root:')
  })

  it('an entity used without any DOCTYPE is bad XML, not an expansion', async () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>'
    const { issues } = await readXlsxTables(
      workbookWith({ 'xl/worksheets/sheet1.xml': { data: strToU8(sheet) } }),
    )
    expect(errorCodes(issues)).toEqual(['bad-xml'])
  })
})

describe('files that are not a readable workbook or document', () => {
  /** A stand-in for an OLE2 compound file: its magic and the UTF-16 names of the streams that tell its kind. */
  const ole2 = (...streams: string[]) => {
    const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
    const names = streams.flatMap((name) => [...name].flatMap((ch) => [ch.charCodeAt(0), 0]))
    return Uint8Array.from([...head, ...new Array(504).fill(0), ...names, 0, 0])
  }

  it('a password-protected file (an encrypted OLE2 package) says to remove the password', async () => {
    const encrypted = ole2('EncryptionInfo', 'EncryptedPackage')
    expect(sniffOfficeFormat(encrypted)).toBe('ole2')
    const { plan, issues } = await importXlsxPlan(encrypted)
    expect(plan.actions).toEqual([])
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'password-protected',
        message: expect.stringContaining('remove the password'),
      }),
    ])
    await expect(importXlsxPlan(encrypted, { strict: true })).rejects.toBeInstanceOf(ImportError)
  })

  it('an old .xls or .doc names itself and says to save as .xlsx or .docx', async () => {
    const xls = await importXlsxPlan(ole2('Workbook', 'SummaryInformation'))
    expect(xls.issues).toEqual([
      expect.objectContaining({ code: 'old-binary-format', message: expect.stringContaining('.xls') }),
    ])
    const doc = await importOfficePlan(ole2('WordDocument', '1Table'))
    expect(doc.issues).toEqual([
      expect.objectContaining({
        code: 'old-binary-format',
        message: expect.stringContaining('Word 97–2003 .doc'),
      }),
    ])
  })

  it('a truncated zip is reported as cut short, wherever it was cut', async () => {
    const whole = fixture('oxford-2018-2020.xlsx')
    for (const keep of [whole.length - 10, Math.floor(whole.length / 2), 40]) {
      const { issues } = await readXlsxTables(whole.subarray(0, keep))
      expect(errorCodes(issues), `cut at ${keep}`).toEqual(['truncated-zip'])
    }
  })

  it('a Word file given to the Excel reader (and the reverse) says which reader to use', async () => {
    const asXlsx = await readXlsxTables(fixture('oxford-2018-2020.docx'))
    expect(asXlsx.issues[0]!.message).toContain('importDocxPlan')
    const asDocx = await readDocxTables(fixture('oxford-2018-2020.xlsx'))
    expect(asDocx.issues[0]!.message).toContain('importXlsxPlan')
    const csv = await importDocxPlan(strToU8('Action,Owner\nForum,Sam\n'))
    expect(errorCodes(csv.issues)).toEqual(['not-office-file'])
  })

  it('an encrypted zip entry is refused with the password advice', async () => {
    const bytes = workbookWith({ 'xl/worksheets/sheet1.xml': { flags: 1 } })
    const { issues } = await readXlsxTables(bytes)
    expect(errorCodes(issues)).toEqual(['password-protected'])
  })
})

describe('macro-enabled files', () => {
  it('.xlsm and .docm import their data; the macro project is never inflated', async () => {
    const xlsm = writeXlsx([{ name: 'Plan', rows: plan }], { macro: true })
    const docm = writeDocx([{ table: plan.map((row) => row.map((text) => ({ text }))) }], { macro: true })
    expect([sniffOfficeFormat(xlsm), sniffOfficeFormat(docm)]).toEqual(['xlsm', 'docm'])
    for (const bytes of [xlsm, docm]) {
      const { plan: imported, issues } = await importOfficePlan(bytes)
      expect(errorCodes(issues)).toEqual([])
      expect(imported.actions.map((action) => action.title)).toEqual(['Launch a technician webpage'])
    }
    // A 5 MB macro project beside a cap of 1 MB: reading it would hit the cap.
    const parts = xlsxParts([{ name: 'Plan', rows: plan }], { macro: true })
    const entries = Object.entries(parts).map(
      ([name, content]): RawEntry => ({
        name,
        data: name.endsWith('.bin') ? new Uint8Array(5_000_000) : strToU8(content as string),
        method: 0,
      }),
    )
    const big = await importXlsxPlan(rawZip(entries), { limits: { maxUnzippedBytes: 1_000_000 } })
    expect(errorCodes(big.issues)).toEqual([])
    expect(big.plan.actions).toHaveLength(1)
  })
})

describe('a sheet of 1,048,576 rows', () => {
  it('a sheet declaring the whole grid, with a stray value on the last row, keeps only its real rows', async () => {
    const bytes = writeXlsx([
      {
        name: 'Plan',
        dimension: 'A1:C1048576',
        rows: [...plan, ...new Array(1_048_573).fill([]), ['x']],
      },
    ])
    const { tables, issues } = await readXlsxTables(bytes)
    expect(tables[0]!.rows).toEqual(plan)
    expect(issues).toEqual([
      expect.objectContaining({ code: 'table-cut', severity: 'warning', row: 1_048_576 }),
    ])
  })

  it('1,048,576 filled rows stop at the row cap, with a warning, and the plan above it still imports', async () => {
    const row =
      '<row><c t="inlineStr"><is><t>Survey technicians</t></is></c><c t="inlineStr"><is><t>Forum</t></is></c></row>'
    const sheet = deflateRepeat(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        '<row><c t="inlineStr"><is><t>Action</t></is></c><c t="inlineStr"><is><t>Owner</t></is></c></row>',
      row,
      1_048_575,
      '</sheetData></worksheet>',
    )
    const bytes = workbookWith({ 'xl/worksheets/sheet1.xml': { data: sheet, method: 8 } })
    const { tables, issues } = await readXlsxTables(bytes, { limits: { maxRows: 2_000 } })
    expect(tables[0]!.rows).toHaveLength(2_000)
    expect(issues.map((issue) => issue.code)).toEqual(['table-cut'])
    const imported = await importXlsxPlan(bytes, { limits: { maxRows: 2_000 } })
    expect(imported.plan.actions).toHaveLength(1_999)
  })
})
