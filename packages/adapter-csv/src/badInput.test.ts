import { describe, expect, it } from 'vitest'
import { readCsvRows } from './readCsvRows'
import { readCsvRowsSync } from './readCsvRowsSync'

describe('bad input becomes an issue, not silent loss', () => {
  it('a UTF-16 file with an odd final byte', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00, 0x62, 0x00, 0x0a, 0x00, 0x63])
    const { rows, issues } = readCsvRowsSync(le)
    expect(rows[0]).toEqual(['a', 'b'])
    expect(issues).toContainEqual(expect.objectContaining({ code: 'odd-utf16-byte', severity: 'warning' }))
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0x0a, 0x00])
    expect(readCsvRowsSync(be).issues.map((i) => i.code)).toContain('odd-utf16-byte')
  })

  it('an even UTF-16 file has no such issue', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00])
    expect(readCsvRowsSync(le).issues.map((i) => i.code)).not.toContain('odd-utf16-byte')
  })

  it('a lone surrogate in string input is replaced and reported', () => {
    const { rows, issues } = readCsvRowsSync('Action,Owner\nLaunch \ud83d,Jo\nPair \ud83d\ude00 ok,Al\n')
    expect(rows[1]).toEqual(['Launch \ufffd', 'Jo'])
    expect(rows[2]).toEqual(['Pair \ud83d\ude00 ok', 'Al'])
    expect(issues).toContainEqual(expect.objectContaining({ code: 'lone-surrogate' }))
  })

  it('one 900 KB record arriving in 64-byte chunks is read whole', async () => {
    const record = `1,"${'x'.repeat(900_000)}"\n`
    const bytes = new TextEncoder().encode(`No.,Action\n${record}`)
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 64) yield bytes.subarray(i, i + 64)
    }
    const { rows } = await readCsvRows(chunks())
    expect(rows).toHaveLength(2)
    expect(rows[1]![1]).toHaveLength(900_000)
  })
})
