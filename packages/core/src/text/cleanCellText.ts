import { htmlToText } from './htmlToText'

// Spaces, tabs and the no-break/zero-width characters Word and web pages leave behind; a single character
// class with one quantifier, so matching is linear.
const innerSpace = /[ \t\u00a0\u2007\u202f\u200b\ufeff]+/g
const anySpace = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g
/** {@link tidiness}: nothing to do for either function. */
const TIDY = 0
/** Unchanged by {@link cleanCellText}, but it has line breaks, which {@link collapseWhitespace} turns into spaces. */
const TIDY_LINES = 1
/** May need work: take the slow path, which decides. */
const UNTIDY = 2

/**
 * How much tidying a cell may need, by a scan of its character codes (most cells are already tidy; on a large
 * table this runs on every mapped cell, and a scan costs less than a regular expression). It may answer UNTIDY
 * for a cell that needs nothing, never TIDY for one that does: any character the slow path could change
 * (whitespace other than a lone space or a single line break, `<`, `&`, CR) or any space at the edge of a line
 * sends the cell the slow way.
 */
function tidiness(text: string): number {
  const n = text.length
  if (n === 0) return TIDY
  let lines = false
  let previous = 10 // as if a line break came before the text: a leading space or break is untidy
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 128) {
      if (c > 32) {
        if (c === 60 || c === 38) return UNTIDY // `<` and `&`: possible HTML
      } else if (c === 32) {
        if (previous === 32 || previous === 10) return UNTIDY
      } else if (c === 10) {
        if (previous === 32 || previous === 10) return UNTIDY
        lines = true
      } else return UNTIDY // tab, CR and the other control characters
    } else if (
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200b) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff
    )
      return UNTIDY
    previous = c
  }
  if (previous === 32 || previous === 10) return UNTIDY
  return lines ? TIDY_LINES : TIDY
}

/**
 * Tidies a cell for reading: decodes HTML (when `html` is true), unifies line endings to `\n`, collapses runs of
 * spaces inside each line, trims every line and drops empty lines at the start and end. Line breaks inside the
 * text are kept, because they separate items (success measures, pillar names, two actions in one grid cell).
 *
 * @example
 * cleanCellText('In progress \r\n[under review]  ') // 'In progress\n[under review]'
 */
export function cleanCellText(text: string, options: { readonly html?: boolean } = {}): string {
  if (tidiness(text) !== UNTIDY) return text
  const decoded = options.html === false ? text : htmlToText(text)
  const lines = decoded.replace(/\r\n?/g, '\n').split('\n')
  const out: string[] = []
  for (const line of lines) {
    const tidy = line.replace(innerSpace, ' ').trim()
    if (tidy === '' && (out.length === 0 || out[out.length - 1] === '')) continue
    out.push(tidy)
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop()
  return out.join('\n')
}

/**
 * True when {@link cleanCellText} and {@link collapseWhitespace} would both return the text unchanged: one test
 * instead of two for the many cells that are already tidy.
 *
 * @example
 * isTidyCell('In progress') // true
 */
export function isTidyCell(text: string): boolean {
  return tidiness(text) === TIDY
}

/**
 * Collapses every run of whitespace, line breaks included, into one space and trims the ends: the form of a
 * title or a heading.
 *
 * @example
 * collapseWhitespace(' To support  all\ntechnicians ') // 'To support all technicians'
 */
export function collapseWhitespace(text: string): string {
  if (tidiness(text) === TIDY) return text
  return text.replace(anySpace, ' ').trim()
}

/**
 * True when the cell holds any text: `cell.trim() !== ''`, without making the trimmed copy when the cell
 * starts with a printable ASCII character (most cells), which cannot be whitespace. It runs on every cell.
 *
 * @example
 * hasText(' \u00a0 ') // false
 */
export function hasText(cell: string): boolean {
  if (cell === '') return false
  const first = cell.charCodeAt(0)
  return (first > 32 && first < 127) || cell.trim() !== ''
}
