import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeWindows1252 } from './decodeWindows1252'

describe('decodeWindows1252', () => {
  it('matches iconv-lite for every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    expect(decodeWindows1252(all)).toBe(iconv.decode(all, 'windows-1252'))
  })

  it('reads the bytes Node 20 TextDecoder gets wrong: € – “ ” ™', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x96, 0x93, 0x94, 0x99]))).toBe('€–“”™')
  })

  it('handles inputs longer than one 8192-unit slice', () => {
    const bytes = new Uint8Array(20_000).fill(0xa3)
    expect(decodeWindows1252(bytes)).toBe('£'.repeat(20_000))
  })
})
