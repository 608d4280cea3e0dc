import { readFileSync } from 'node:fs'
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { zip } from '../test/writeOffice'
import { sniffOfficeFormat } from './sniffOfficeFormat'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url)))

describe('sniffOfficeFormat', () => {
  it('tells a workbook from a document by content, whatever the file is called', () => {
    expect(sniffOfficeFormat(fixture('glasgow-2018-2020.xlsx'))).toBe('xlsx')
    expect(sniffOfficeFormat(fixture('glasgow-2018-2020.docx'))).toBe('docx')
  })

  it('gives null for a CSV, an empty file, a zip that is not Office, and a cut-short workbook', () => {
    expect(sniffOfficeFormat(strToU8('Action,Owner\r\nForum,Sam\r\n'))).toBeNull()
    expect(sniffOfficeFormat(new Uint8Array())).toBeNull()
    expect(sniffOfficeFormat(zip({ 'notes.txt': 'hello' }))).toBeNull()
    const whole = fixture('oxford-2018-2020.xlsx')
    expect(sniffOfficeFormat(whole.subarray(0, whole.length - 30))).toBeNull()
  })

  it('a content type named like a prototype key is no format', () => {
    const types =
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/x" ContentType="__proto__"/></Types>'
    expect(sniffOfficeFormat(zip({ '[Content_Types].xml': types }))).toBeNull()
  })
})
