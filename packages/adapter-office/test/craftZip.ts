// Hand-made hostile zips for the bad-input tests: entries whose central directory says what we choose (sizes,
// flags, counts), and deflate streams that expand a short input enormously, built in milliseconds.
import { strToU8 } from 'fflate'

export interface RawEntry {
  readonly name: string
  /** The entry's bytes as stored (already deflated when method is 8). */
  readonly data: Uint8Array
  readonly method: 0 | 8
  /** What the directory claims the entry inflates to. Default: the stored length. */
  readonly declaredSize?: number
  readonly flags?: number
}

/** A zip with exactly the entries and claims given; `count` overrides the entry count in the end record. */
export function rawZip(entries: readonly RawEntry[], count?: number): Uint8Array {
  const parts: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = strToU8(entry.name)
    const local = new Uint8Array(30 + name.length)
    const view = new DataView(local.buffer)
    view.setUint32(0, 0x04034b50, true)
    view.setUint16(4, 20, true)
    view.setUint16(6, entry.flags ?? 0, true)
    view.setUint16(8, entry.method, true)
    view.setUint32(18, entry.data.length, true)
    view.setUint32(22, entry.declaredSize ?? entry.data.length, true)
    view.setUint16(26, name.length, true)
    local.set(name, 30)
    const header = new Uint8Array(46 + name.length)
    const c = new DataView(header.buffer)
    c.setUint32(0, 0x02014b50, true)
    c.setUint16(4, 20, true)
    c.setUint16(6, 20, true)
    c.setUint16(8, entry.flags ?? 0, true)
    c.setUint16(10, entry.method, true)
    c.setUint32(20, entry.data.length, true)
    c.setUint32(24, entry.declaredSize ?? entry.data.length, true)
    c.setUint16(28, name.length, true)
    c.setUint32(42, offset, true)
    header.set(name, 46)
    parts.push(local, entry.data)
    central.push(header)
    offset += local.length + entry.data.length
  }
  const directorySize = central.reduce((sum, part) => sum + part.length, 0)
  const end = new Uint8Array(22)
  const e = new DataView(end.buffer)
  e.setUint32(0, 0x06054b50, true)
  e.setUint16(8, count ?? entries.length, true)
  e.setUint16(10, count ?? entries.length, true)
  e.setUint32(12, directorySize, true)
  e.setUint32(16, offset, true)
  const all = [...parts, ...central, end]
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of all) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/** Writes bits least-significant first, as DEFLATE packs them. */
class BitWriter {
  private readonly bytes: number[] = []
  private current = 0
  private used = 0
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.current |= ((value >> i) & 1) << this.used
      if (++this.used === 8) {
        this.bytes.push(this.current)
        this.current = 0
        this.used = 0
      }
    }
  }
  /** A Huffman code goes most-significant bit first. */
  code(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.bits((value >> i) & 1, 1)
  }
  finish(): Uint8Array {
    if (this.used > 0) this.bytes.push(this.current)
    return Uint8Array.from(this.bytes)
  }
}

function literal(out: BitWriter, byte: number): void {
  if (byte < 144) out.code(0x30 + byte, 8)
  else out.code(0x190 + byte - 144, 9)
}

const distanceBases = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
]

/** A match of 258 bytes (fixed code 285) at `distance` back. */
function match258(out: BitWriter, distance: number): void {
  out.code(0xc0 + 5, 8)
  let code = distanceBases.length - 1
  while (distanceBases[code]! > distance) code--
  out.code(code, 5)
  const extra = code < 4 ? 0 : Math.floor(code / 2) - 1
  out.bits(distance - distanceBases[code]!, extra)
}

/**
 * A raw DEFLATE stream (one fixed-Huffman block) of `prefix`, then `unit` repeated `count` times, then
 * `suffix`: the repeats cost 13 bits per 258 bytes, so megabytes of output take a few kilobytes to write.
 */
export function deflateRepeat(prefix: string, unit: string, count: number, suffix: string): Uint8Array {
  const out = new BitWriter()
  out.bits(1, 1) // final block
  out.bits(1, 2) // fixed Huffman codes
  for (const byte of strToU8(prefix)) literal(out, byte)
  const unitBytes = strToU8(unit)
  for (const byte of unitBytes) literal(out, byte)
  let remaining = unitBytes.length * (count - 1)
  while (remaining >= 258) {
    match258(out, unitBytes.length)
    remaining -= 258
  }
  // The repeated text continues where the last match stopped.
  const total = unitBytes.length * (count - 1)
  for (let i = total - remaining; i < total; i++) literal(out, unitBytes[i % unitBytes.length]!)
  for (const byte of strToU8(suffix)) literal(out, byte)
  out.code(0, 7) // end of block
  return out.finish()
}
