import { htmlToText } from './htmlToText'

// Spaces, tabs and the no-break/zero-width characters Word and web pages leave behind; a single character
// class with one quantifier, so matching is linear.
const innerSpace = /[ \t\u00a0\u2007\u202f\u200b\ufeff]+/g
const anySpace = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g
// Whether `anySpace` has anything to change: a space other than a plain one, or two in a row. Most cells have
// neither, and a test is far cheaper than rebuilding the string.
const untidySpace = /[^\S ]|\u200b| {2}/
const untidyInnerSpace = /[\t\u00a0\u2007\u202f\u200b\ufeff]| {2}/
/** Any character trim() keeps. */
const nonSpace = /\S/
/**
 * Tidies a cell for reading: decodes HTML (when `html` is true), unifies line endings to `\n`, collapses runs of
 * spaces inside each line, trims every line and drops empty lines at the start and end. Line breaks inside the
 * text are kept, because they separate items (success measures, pillar names, two actions in one grid cell).
 *
 * @example
 * cleanCellText('In progress \r\n[under review]  ') // 'In progress\n[under review]'
 */
export function cleanCellText(text: string, options: { readonly html?: boolean } = {}): string {
  const decoded = options.html === false ? text : htmlToText(text)
  // One line (most cells): nothing to split, the tidy line is the cell.
  if (!decoded.includes('\n') && !decoded.includes('\r'))
    return (untidyInnerSpace.test(decoded) ? decoded.replace(innerSpace, ' ') : decoded).trim()
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
 * Collapses every run of whitespace, line breaks included, into one space and trims the ends: the form of a
 * title or a heading.
 *
 * @example
 * collapseWhitespace(' To support  all\ntechnicians ') // 'To support all technicians'
 */
export function collapseWhitespace(text: string): string {
  return (untidySpace.test(text) ? text.replace(anySpace, ' ') : text).trim()
}

/**
 * True when the cell holds any text, not only whitespace.
 *
 * @example
 * hasText(' \u00a0 ') // false
 */
export function hasText(cell: string): boolean {
  // An empty cell (most of a wide table's) holds none; most filled cells open with a printable ASCII character,
  // text itself: no need to trim them to know.
  if (cell.length === 0) return false
  const first = cell.charCodeAt(0)
  if (first > 0x20 && first < 0x7f) return true
  // `\s` is the whitespace trim() takes off: tested, not trimmed, so an indented line is not copied to be looked at.
  return nonSpace.test(cell)
}

/**
 * The lines of a cell, each trimmed, blank lines left out: how a reader counts the lines of a cell typed one
 * item a line.
 *
 * @example
 * textLines('Advertise the posts\r\n\n  Offer large print ') // ['Advertise the posts', 'Offer large print']
 */
export function textLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}
