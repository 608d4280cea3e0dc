import type { ImportIssue } from '@techcommit/core'
import type { CsvEncoding } from './csvOptions'
import type { IssueLog } from './createIssueLog'
import { codeUnitsToString, decodeWindows1252, windows1252Char } from './decodeWindows1252'

/** Turns byte chunks into text in one encoding, keeping partial characters between chunks. */
export interface CsvDecoder {
  readonly encoding: Exclude<CsvEncoding, 'text'>
  decode(chunk: Uint8Array, final: boolean): string
}

/** What `detectCsvEncoding` found in the first bytes of a file. */
export interface DetectedEncoding {
  readonly encoding: Exclude<CsvEncoding, 'text'>
  /** Bytes of byte-order mark to skip. */
  readonly bomLength: number
  /** True when the bytes are a ZIP archive (an .xlsx workbook), not text. */
  readonly notText: boolean
}

const fileIssue = (code: string, severity: ImportIssue['severity'], message: string): ImportIssue => ({
  code,
  severity,
  row: null,
  column: null,
  columnName: null,
  message,
})

/** Length of the UTF-8 prefix that ends on a whole character (a chunk may stop mid-character). */
function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!
    if ((b & 0xc0) === 0x80) continue
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return need > back ? n - back : n
  }
  return n
}

/** Counts well-formed multi-byte UTF-8 sequences and stray bytes, to tell UTF-8 from windows-1252. */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0
  let invalid = 0
  let i = 0
  while (i < bytes.length) {
    const len = utf8SequenceLength(bytes, i)
    if (len === 1) i++
    else if (len > 1) {
      valid++
      i += len
    } else {
      invalid++
      i++
    }
  }
  return { valid, invalid }
}

/** Length of the well-formed UTF-8 sequence at i, or 0 when the byte there cannot start one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!
  if (b < 0x80) return 1
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = bytes[i + k]
    return c !== undefined && c >= lo && c <= hi
  }
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80
    const hi = b === 0xed ? 0x9f : 0xbf
    return cont(1, lo, hi) && cont(2) ? 3 : 0
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80
    const hi = b === 0xf4 ? 0x8f : 0xbf
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0
  }
  return 0
}

/** Decode UTF-8, reading any byte that is not part of a well-formed sequence as windows-1252. */
function decodeMixed(bytes: Uint8Array): { text: string; firstBad: number } {
  const units = new Uint16Array(bytes.length)
  let u = 0
  let firstBad = -1
  let i = 0
  while (i < bytes.length) {
    const len = utf8SequenceLength(bytes, i)
    const b = bytes[i]!
    if (len === 1) {
      units[u++] = b
      i++
    } else if (len === 0) {
      if (firstBad === -1) firstBad = i
      units[u++] = windows1252Char(b)
      i++
    } else {
      let cp = len === 2 ? b & 0x1f : len === 3 ? b & 0x0f : b & 0x07
      for (let k = 1; k < len; k++) cp = (cp << 6) | (bytes[i + k]! & 0x3f)
      if (cp >= 0x10000) {
        cp -= 0x10000
        units[u++] = 0xd800 + (cp >> 10)
        units[u++] = 0xdc00 + (cp & 0x3ff)
      } else units[u++] = cp
      i += len
    }
  }
  return { text: codeUnitsToString(units.subarray(0, u)), firstBad }
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/**
 * Decide the encoding from the first bytes of a file: a BOM wins; then UTF-16 without BOM (every other byte
 * zero); then UTF-8 if the bytes are valid UTF-8 (or hold real UTF-8 sequences among a few bad bytes);
 * otherwise windows-1252.
 */
export function detectCsvEncoding(
  head: Uint8Array,
  final: boolean,
  forced: Exclude<CsvEncoding, 'text'> | undefined,
  issues: IssueLog,
): DetectedEncoding {
  const [b0, b1, b2] = [head[0], head[1], head[2]]
  const utf8Bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf
  const le = b0 === 0xff && b1 === 0xfe
  const be = b0 === 0xfe && b1 === 0xff
  if (forced !== undefined) {
    const bomLength =
      forced === 'utf-8' && utf8Bom
        ? 3
        : (forced === 'utf-16le' && le) || (forced === 'utf-16be' && be)
          ? 2
          : 0
    return { encoding: forced, bomLength, notText: false }
  }
  if (utf8Bom) return { encoding: 'utf-8', bomLength: 3, notText: false }
  if (le) return { encoding: 'utf-16le', bomLength: 2, notText: false }
  if (be) return { encoding: 'utf-16be', bomLength: 2, notText: false }
  if (b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && head[3] === 0x04) {
    issues.add(
      fileIssue(
        'not-csv',
        'error',
        'This file is a ZIP archive (most likely an Excel .xlsx workbook), not CSV. In Excel choose File › Save As › "CSV UTF-8 (Comma delimited)" and import that file.',
      ),
    )
    return { encoding: 'utf-8', bomLength: 0, notText: true }
  }
  const probe = Math.min(head.length - (head.length % 2), 1024)
  if (probe >= 4) {
    let zeroEven = 0
    let zeroOdd = 0
    for (let i = 0; i < probe; i += 2) {
      if (head[i] === 0) zeroEven++
      if (head[i + 1] === 0) zeroOdd++
    }
    const half = probe / 2
    const utf16 = (z: number, other: number) => z >= half * 0.4 && other <= half * 0.1
    if (utf16(zeroOdd, zeroEven) || utf16(zeroEven, zeroOdd)) {
      const encoding = zeroOdd > zeroEven ? 'utf-16le' : 'utf-16be'
      issues.add(
        fileIssue(
          'no-bom',
          'info',
          `The file has no byte-order mark but looks like ${encoding.toUpperCase()} text; it was read as ${encoding.toUpperCase()}.`,
        ),
      )
      return { encoding, bomLength: 0, notText: false }
    }
  }
  const whole = final ? head : head.subarray(0, completeUtf8Length(head))
  if (isValidUtf8(whole)) return { encoding: 'utf-8', bomLength: 0, notText: false }
  const { valid } = scanUtf8(whole)
  if (valid > 0) return { encoding: 'utf-8', bomLength: 0, notText: false }
  issues.add(
    fileIssue(
      'encoding-fallback',
      'info',
      'The file is not valid UTF-8, so it was read as windows-1252 (what Excel writes for "CSV (Comma delimited)"). If letters look wrong, save it from Excel as "CSV UTF-8 (Comma delimited)" and import again.',
    ),
  )
  return { encoding: 'windows-1252', bomLength: 0, notText: false }
}

/** Create a chunk decoder for one encoding. Bad UTF-8 bytes are read as windows-1252 and reported once. */
export function createCsvDecoder(encoding: Exclude<CsvEncoding, 'text'>, issues: IssueLog): CsvDecoder {
  if (encoding === 'windows-1252') {
    return { encoding, decode: (chunk) => decodeWindows1252(chunk) }
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const decoder = new TextDecoder('utf-16le', { ignoreBOM: true })
    let odd: number | null = null
    let byteCount = 0
    const checkEven = (final: boolean) => {
      if (!final || byteCount % 2 === 0) return
      issues.add(
        fileIssue(
          'odd-utf16-byte',
          'warning',
          `The file is UTF-16 but has an odd number of bytes (${byteCount}): its last byte is half a character and was dropped. The file may be cut short; export it again.`,
        ),
      )
    }
    return {
      encoding,
      decode(chunk, final) {
        byteCount += chunk.length
        checkEven(final)
        if (encoding === 'utf-16le') {
          // A lone last byte would decode as U+FFFD: drop it, the issue above says so.
          const whole = final && byteCount % 2 === 1 ? chunk.subarray(0, chunk.length - 1) : chunk
          return decoder.decode(whole, { stream: !final })
        }
        // Swap to little-endian ourselves: TextDecoder('utf-16be') is missing from small-ICU Node builds.
        const start = odd === null ? 0 : 1
        const total = chunk.length + start
        const even = total - (total % 2)
        const swapped = new Uint8Array(even)
        for (let k = 0; k < even; k += 2) {
          const hi = k === 0 && odd !== null ? odd : chunk[k - start]!
          swapped[k] = chunk[k + 1 - start]!
          swapped[k + 1] = hi
        }
        odd = total % 2 === 1 ? (chunk.length > 0 ? chunk[chunk.length - 1]! : odd) : null
        return decoder.decode(swapped, { stream: !final })
      },
    }
  }
  const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  let carry: Uint8Array | null = null
  let offset = 0
  let reported = false
  return {
    encoding,
    decode(chunk, final) {
      let bytes = chunk
      if (carry !== null) {
        bytes = new Uint8Array(carry.length + chunk.length)
        bytes.set(carry)
        bytes.set(chunk, carry.length)
      }
      const end = final ? bytes.length : completeUtf8Length(bytes)
      carry = end < bytes.length ? bytes.slice(end) : null
      const part = end < bytes.length ? bytes.subarray(0, end) : bytes
      const base = offset
      offset += part.length
      try {
        return fatal.decode(part)
      } catch {
        const { text, firstBad } = decodeMixed(part)
        if (!reported && firstBad !== -1) {
          reported = true
          issues.add(
            fileIssue(
              'mixed-encoding',
              'warning',
              `Some bytes are not valid UTF-8 (the first at byte ${base + firstBad + 1} of the file); they were read as windows-1252. The file mixes encodings: check accented letters and symbols, and re-save it from Excel as "CSV UTF-8 (Comma delimited)".`,
            ),
          )
        }
        return text
      }
    },
  }
}
