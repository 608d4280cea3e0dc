// How Excel shows a number cell: a date when its number format is a date format (serial days since 1900 or
// 1904, written here as ISO), else the number in its displayed form ("0.00" → "3.50", "0%" → "35%").

/** Excel's built-in number formats that matter for text (ids 14–22 and 45–47 are dates and times). */
const builtInFormats: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  14: 'dd/mm/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'dd/mm/yyyy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
}

/** The format code for a built-in id; ids 27–36 and 50–58 are East Asian date formats. */
export function builtInFormat(id: number): string {
  const known = builtInFormats[id]
  if (known !== undefined) return known
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return 'yyyy-mm-dd'
  return 'General'
}

/** What a date format shows: which of year, month, day and time it writes. */
interface DateParts {
  readonly year: boolean
  readonly month: boolean
  readonly day: boolean
  readonly time: boolean
}

/** The format code with quoted text, escapes, colours and locale tags removed: only the tokens remain. */
function tokensOf(code: string): string {
  return code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:\$|Red|Black|Blue|Green|White|Yellow|Cyan|Magenta|Color)[^\]]*\]/gi, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
}

/** The parts a number format shows as a date or time, or null when it is not a date format. */
export function dateParts(code: string): DateParts | null {
  const tokens = tokensOf(code)
  if (!/[dmyhs]/i.test(tokens) || /^general$/i.test(tokens.trim())) return null
  const time = /[hs]|\[h\]|AM\/PM/i.test(tokens)
  // "m" next to h or s is minutes, not a month.
  const withoutMinutes = tokens.replace(/h+:?m+|m+:?s+/gi, '')
  return {
    year: /y/i.test(tokens),
    month: /m/i.test(withoutMinutes),
    day: /d/i.test(tokens),
    time,
  }
}

const dayMs = 86_400_000

/**
 * A date serial as ISO text: `YYYY-MM-DD` (with ` HH:MM` when the format shows a time), `YYYY-MM` for a
 * month-and-year format ("mmm-yy": the cell means a month), `HH:MM` for a time alone.
 */
export function formatSerialDate(serial: number, parts: DateParts, date1904: boolean): string {
  const days = Math.floor(serial)
  const seconds = Math.round((serial - days) * 86_400)
  const time = `${pad(Math.floor(seconds / 3600) % 24)}:${pad(Math.floor(seconds / 60) % 60)}`
  if (!parts.year && !parts.month && !parts.day) return time
  let iso: string
  if (!date1904 && days === 60) {
    iso = '1900-02-29' // Excel's own (fictional) leap day, kept as Excel shows it
  } else {
    // 1900 system: serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was.
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, days < 60 ? 31 : 30)
    iso = new Date(epoch + days * dayMs).toISOString().slice(0, 10)
  }
  if (!parts.day && parts.month && parts.year) return iso.slice(0, 7)
  if (!parts.day && !parts.month) return iso.slice(0, 4)
  return parts.time ? `${iso} ${time}` : iso
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

/** A number as Excel's General format shows it: up to 11 significant digits, no float noise. */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value)
  const magnitude = Math.abs(value)
  if (magnitude >= 1e11 || magnitude < 1e-9) {
    return value
      .toExponential(5)
      .replace(/\.?0+e/, 'e')
      .replace('e', 'E')
  }
  const text = value.toPrecision(11)
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text
}

/**
 * A number in the displayed form of its format code: decimals, thousands separators, percent, currency and
 * other literal text, and the negative section. Codes beyond that (fractions, conditions) show as General.
 */
export function formatNumber(value: number, code: string): string {
  const sections = code.split(';')
  const negative = value < 0 && sections.length > 1
  const section = (negative ? sections[1] : sections[0]) ?? ''
  const shown = negative ? -value : value
  if (/^\s*(general|@)?\s*$/i.test(section) || /[?/]|\[[<>=]/.test(section)) return formatGeneral(value)
  const literal = (text: string) =>
    text
      .replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1')
      .replace(/\[[^\]]*\]/g, '')
      .replace(/"([^"]*)"/g, '$1')
      .replace(/\\(.)/g, '$1')
      .replace(/[_*]./g, '')
  const core = /[0#][0#,.]*(?:E[+-][0#]+)?/i.exec(
    section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, (m) => ' '.repeat(m.length)),
  )
  if (core === null) return literal(section)
  const pattern = core[0]
  const before = literal(section.slice(0, core.index))
  const after = literal(section.slice(core.index + pattern.length))
  const scaled = /%/.test(after) || /%/.test(before) ? shown * 100 : shown
  const decimals = /\.([0#]*)/.exec(pattern)?.[1]?.length ?? 0
  let digits: string
  if (/E/i.test(pattern)) {
    const [mantissa = '', exponent = '0'] = scaled.toExponential(decimals).split('e')
    const width = /E[+-]([0#]+)/i.exec(pattern)?.[1]?.length ?? 1
    const sign = exponent.startsWith('-') ? '-' : '+'
    digits = `${mantissa}E${sign}${exponent.replace(/^[+-]/, '').padStart(width, '0')}`
  } else {
    digits = scaled.toFixed(decimals)
    if (pattern.includes(',') && /[0#],[0#]/.test(pattern)) {
      const [whole = '', fraction] = digits.split('.')
      const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
      digits = fraction === undefined ? grouped : `${grouped}.${fraction}`
    }
  }
  return `${before}${digits}${after}`.trim()
}
