import { bracketAtEnd } from './bracketAtEnd'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine } from './oneColumnRecords'

/** At least this many numbered themes, each over at least this many items, make the layout. */
const minThemes = 3
const minItemsPerTheme = 2

/** A theme's name has at most this many words; an item at most this many (past its bracket). */
const maxThemeWords = 6
const maxItemWords = 8

/** "1 – Caring for our members": a theme's number, a spaced dash, and its name opening with a capital. Bounded. */
const themeLine = /^(\d{1,2})\s{1,3}[–—-]\s{1,3}(\p{Lu}[^.:;!?]{0,80})$/u

/** "(a) The roof survey is back …": a lettered point opening its line. */
const letteredPoint = /^\(([a-z])\)\s{1,3}(?=\S)/

/** "done in September", "completed": a bracket saying the item is done. */
const doneBracket = /^(?:done|completed?|finished)\b/i

/**
 * Reads a parish's, a club's or a charity's action plan update written as numbered themes, each over its items one a
 * line, the bullets lost in the copy: "1 – Caring for our members" over "Visiting rota (done in May)", "Start a
 * lunch club", "Welcome pack (spring)"; then, after the last theme, perhaps points lettered "(a)", "(b)" under a
 * heading of their own ("Further matters"). Each item is an action in its
 * theme (`section`): its title the line without the bracket it may close with, and that bracket its timing (its
 * target) or, saying it was done ("done in September"), its status. A line ending in a colon introduces the items
 * below it and is none. A short line right above the prose that ends the themes heads what follows ("Further
 * matters"). After the last theme, each lettered point is an action with its letter as the ref, and the
 * other lines (a heading, a lead-in, a closing remark) are left out. Lines above the first theme are the title rows.
 * Null unless a one-column page has at least three themes numbered 1, 2, 3 … in order, each over at least two items
 * of at most eight words with no full stop, and nothing else between the themes.
 *
 * @example
 * readItemsUnderNumberedThemes([
 *   { index: 0, text: 'Plan update' }, { index: 1, text: '1 – Worship' }, { index: 2, text: 'New hymn books (done)' },
 *   { index: 3, text: 'Choir rota' }, { index: 4, text: '2 – Outreach' }, { index: 5, text: 'Open day (May)' },
 *   { index: 6, text: 'Newsletter team' }, { index: 7, text: '3 – Building' }, { index: 8, text: 'Fix the roof' },
 *   { index: 9, text: 'Paint the hall' },
 * ])?.rows[2] // ['', 'New hymn books', 'Worship', '', 'Complete']
 */
export function readItemsUnderNumberedThemes(
  lines: readonly PageLine[] | null,
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex((line) => themeOf(line.text)?.number === 1)
  if (first < 0) return null
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  let themes = 0
  let items = 0
  let theme = ''
  let at = first
  for (; at < lines.length; at++) {
    const line = lines[at]!
    const heading = themeOf(line.text)
    if (heading !== null && heading.number === themes + 1) {
      if (themes > 0 && items < minItemsPerTheme) return null
      themes++
      items = 0
      theme = heading.name
      sectionRows.push(line.index + 1)
      continue
    }
    if (line.text.endsWith(':')) {
      skippedRows.push(line.index + 1)
      continue
    }
    const item = itemOf(line.text)
    if (item === null) break
    items++
    records.push({ index: line.index, cells: ['', item.title, theme, item.target, item.status] })
  }
  // A short line right above the prose that ends the themes ("Further matters" over "We also have to agree …")
  // heads what follows them, not an item of the last theme.
  let section = ''
  const last = records.at(-1)
  if (
    at < lines.length &&
    last !== undefined &&
    last.index === lines[at - 1]!.index &&
    last.cells[3] === ''
  ) {
    records.pop()
    items--
    section = last.cells[1]!
    sectionRows.push(last.index + 1)
  }
  if (themes < minThemes || items < minItemsPerTheme) return null
  // After the last theme: the points lettered "(a)", "(b)" are actions; a heading, a lead-in or a remark is not.
  for (; at < lines.length; at++) {
    const line = lines[at]!
    const point = letteredPoint.exec(line.text)
    if (point !== null) {
      records.push({
        index: line.index,
        cells: [`(${point[1]})`, line.text.slice(point[0].length), section, '', ''],
      })
      continue
    }
    if (line.text.split(' ').length <= maxThemeWords && !/[.:;!?–—-]$/.test(line.text)) {
      section = line.text
      sectionRows.push(line.index + 1)
    } else skippedRows.push(line.index + 1)
  }
  const top = lines[first]!.index
  return oneColumnRecords(
    lines.slice(0, first).map((line) => [line.text]),
    top + 1,
    ['Ref', 'Action', 'Section', 'Target date', 'Status'],
    records,
    {
      mergedRows: [],
      sectionRows,
      skippedRows,
      titleEvidence: 'each line under a numbered theme ("1 – Caring for our members"), the theme its section',
    },
  )
}

/** A theme heading's number and name, or null. */
function themeOf(text: string): { number: number; name: string } | null {
  const match = themeLine.exec(text)
  if (match === null || match[2]!.trim().split(' ').length > maxThemeWords) return null
  return { number: Number(match[1]), name: match[2]!.trim() }
}

/** An item line: its title, and its closing bracket read as a timing or as done; null for a sentence or prose. */
function itemOf(text: string): { title: string; target: string; status: string } | null {
  const bracket = bracketAtEnd(text)
  const title = bracket === null || bracket.shape !== '(' ? text : text.slice(0, bracket.open).trim()
  if (title === '' || /[.!?]$/.test(title) || title.split(' ').length > maxItemWords) return null
  if (bracket === null || bracket.shape !== '(') return { title, target: '', status: '' }
  const inner = bracket.inner.trim()
  return doneBracket.test(inner)
    ? { title, target: '', status: 'Complete' }
    : { title, target: inner, status: '' }
}
