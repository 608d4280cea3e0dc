// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The table matches iconv-lite's `windows-1252` codec
// (the five unassigned bytes become U+FFFD); the test suite checks all 256 bytes against iconv-lite. We carry
// the 32 entries ourselves because iconv-lite needs a global `Buffer`, which browsers do not have, and Node 20's
// `TextDecoder('windows-1252')` wrongly decodes this range as C1 control characters.
const HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
]

/** The character a single windows-1252 byte stands for. */
export function windows1252Char(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80]! : byte
}

/**
 * Decode windows-1252 ("ANSI", what Excel's plain "CSV (Comma delimited)" writes on UK Windows) bytes.
 *
 * @example
 * decodeWindows1252(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0xa3, 0x35])) // "Café – £5"
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) units[i] = windows1252Char(bytes[i]!)
  return codeUnitsToString(units)
}

/** Build a string from UTF-16 code units in slices, so huge inputs do not overflow the call stack. */
export function codeUnitsToString(units: Uint16Array): string {
  let out = ''
  const step = 8192
  for (let i = 0; i < units.length; i += step) {
    out += String.fromCharCode.apply(null, units.subarray(i, i + step) as unknown as number[])
  }
  return out
}
