import { hasText } from '../text/cleanCellText'
import { BULLET_MARK, NUMBER_MARK } from './itemMark'

/** A list of lines alone on their rows, and the lone line right above it that introduces it. */
export interface ListUnderLeadIn {
  /** 0-based row of the lead-in or label line ("The Act requires public bodies to:", "Measures"). */
  readonly leadRow: number
  /** The lead-in's text, trimmed. */
  readonly lead: string
  /** The line alone on its row right above a lead-in ending in a colon ("4. Targets" over "The plan aims to achieve:"). */
  readonly heading: string | null
  /** 0-based rows of the items, in order (bare bullet lines included). */
  readonly rows: readonly number[]
  /** Each item's text with its bullet or number stripped; empty for a bare bullet line. */
  readonly items: readonly string[]
}

/** "• ", "- ", "1. ", "2) " opening a line, or a bare bullet alone on it. */
const itemMark = new RegExp(`^(?:${BULLET_MARK}(?:\\s{1,8}|$)|${NUMBER_MARK}(?:\\s{1,8}|$))`)

/** The one filled cell of a row, trimmed, or null when it has none or several. */
export function loneText(row: readonly string[]): string | null {
  let text: string | null = null
  for (const cell of row) {
    if (!hasText(cell)) continue
    if (text !== null) return null
    text = cell.trim()
  }
  return text
}

/** What one row holds alone: its one filled cell, trimmed; null when it fills several; undefined when it is blank. */
export type LoneText = string | null | undefined

/**
 * {@link loneText} of every row in one pass, a blank row told apart (undefined): read once by `rowsNotActions` and
 * handed to each of its walks of the page, which would otherwise each look at every cell of every row again.
 *
 * @example
 * loneTextOfEach([[' Goals '], ['', ''], ['Fix', 'Ana']]) // ['Goals', undefined, null]
 */
export function loneTextOfEach(table: readonly (readonly string[])[]): LoneText[] {
  const texts: LoneText[] = new Array(table.length)
  for (let index = 0; index < table.length; index++) {
    let text: LoneText
    for (const cell of table[index]!) {
      if (!hasText(cell)) continue
      if (text !== undefined) {
        text = null
        break
      }
      text = cell.trim()
    }
    texts[index] = text
  }
  return texts
}

/** The first filled cell of a row ("- clear commitment" of an item whose rest a colon split off), or null. */
function firstText(row: readonly string[]): string | null {
  for (const cell of row) if (hasText(cell)) return cell.trim()
  return null
}

/**
 * The bulleted or numbered lists of a page pasted as lines, each with the lone line right above it that
 * introduces it: its lead-in ("… requires public bodies to:") or its label ("Goals", "Measures"). A list is a run
 * of lines opening with a bullet or a number (in their first filled cell) ("• ", "- ", "1. "), blank rows aside; it ends at the first other
 * line. Only rows from the one above `bodyStart` are read. Used by the rules that tell which lists hold no actions.
 *
 * @example
 * listsUnderLeadIns([['Measures'], ['• Number of staff trained'], ['• Survey score']], 0)
 * // [{ leadRow: 0, lead: 'Measures', heading: null, rows: [1, 2], items: ['Number of staff trained', 'Survey score'] }]
 */
export function listsUnderLeadIns(
  table: readonly (readonly string[])[],
  bodyStart: number,
  /** {@link loneTextOfEach} of the same table, when the caller has read it. */
  lone: readonly LoneText[] = loneTextOfEach(table),
): readonly ListUnderLeadIn[] {
  const lists: ListUnderLeadIn[] = []
  let current: {
    leadRow: number
    lead: string
    heading: string | null
    rows: number[]
    items: string[]
    /** The first item's mark: a numbered list may hold bulleted sub-items, not the other way round. */
    marks: string
    /** The latest item's mark, to see a numbered list's numbers go back. */
    lastMark: string
  } | null = null
  // The previous filled row's text when it was alone on its row: the heading over a lead-in.
  let above: string | null = null
  // The line right above the body (read as the title or header) may be the first list's lead-in.
  for (let index = Math.max(0, bodyStart - 1); index < table.length; index++) {
    const row = table[index]!
    if (lone[index] === undefined) continue
    const first = firstText(row)
    const mark = first === null ? null : itemMark.exec(first)
    // A numbered line below bulleted items is the next numbered heading ("3. Key Action Areas"), not one more item.
    const bulleted = current !== null && current.rows.length > 0 && !/^\d/.test(current.marks)
    if (first !== null && mark !== null && !(bulleted && /^\d/.test(mark[0]))) {
      above = lone[index] ?? null
      // "2." after "1.", "2.", "3.": the numbers went back, so the line is the next item of an outer list the lead-in
      // does not introduce ("1. Review metrics" over "Metrics include:" "1. … 2. … 3. …", then "2. Research names").
      if (current !== null && wentBack(current.marks, current.lastMark, mark[0])) {
        lists.push(toList(current))
        current = null
        continue
      }
      if (current !== null) {
        const text = row
          .filter(hasText)
          .map((cell) => cell.trim())
          .join(' ')
        if (current.rows.length === 0) current.marks = mark[0]
        current.lastMark = mark[0]
        current.rows.push(index)
        current.items.push(text.slice(mark[0].length).trim())
      }
      continue
    }
    if (current !== null && current.rows.length > 0) lists.push(toList(current))
    const text = lone[index] ?? null
    const heading = text?.endsWith(':') ? above : null
    current =
      text === null
        ? null
        : { leadRow: index, lead: text, heading, rows: [], items: [], marks: '', lastMark: '' }
    above = text
  }
  if (current !== null && current.rows.length > 0) lists.push(toList(current))
  return lists
}

function toList(
  found: ListUnderLeadIn & { readonly marks: string; readonly lastMark: string },
): ListUnderLeadIn {
  const { marks: _marks, lastMark: _lastMark, ...list } = found
  return list
}

/** Whether a numbered list ("1.", "2.", "3.") meets a number no greater than its latest: its numbers went back. */
function wentBack(first: string, last: string, mark: string): boolean {
  if (!/^\d/.test(first) || !/^\d/.test(last) || !/^\d/.test(mark)) return false
  return Number.parseInt(mark, 10) <= Number.parseInt(last, 10)
}
