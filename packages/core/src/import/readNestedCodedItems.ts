import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { NUMBER_MARK } from './itemMark'

/** "1. ", "2) ": the number of a list item. Anchored and bounded. */
const listNumber = new RegExp(`^${NUMBER_MARK}\\s{1,4}(?=\\S)`)
/**
 * "EB-1: …", "WW-4 – …", "PE-2 is …": a plan's code for the item (letters, a hyphen, a number) opening its text,
 * then a colon, a spaced dash, or "is"/"are" when the code is the subject of a sentence that says what the item
 * is. Group 1 is the code. Anchored and bounded, so it cannot backtrack.
 */
const leadingCode =
  /^([A-Z]{1,5}-\d{1,3}[a-z]?)(?:\s{0,3}:\s{1,4}|\s{1,3}[–—-]\s{1,4}|\s{1,3}(?:is|are)\s{1,3})(?=\S)/
/** A code anywhere in a group item's text ("EB-1 and EB-2: These were combined"). */
const anyCode = /\b[A-Z]{1,5}-\d{1,3}[a-z]?\b/g
/** At least this many coded items make the layout. */
const minItems = 3

interface NestedItem {
  readonly index: number
  readonly column: number
  readonly code: string
  readonly title: string
  readonly group: string
}

/**
 * Reads a numbered list whose items carry the plan's codes ("4. PE-1: Public Education …"), where some items are
 * groups of others: the group item names the codes of its sub-items ("1. EB-1 and EB-2: These were combined into
 * one effort") and the sub-items follow it as a nested numbered list, written one column to the right ("1. EB-1:
 * Municipal Energy Efficiency …"). A careful reader counts the coded items as the actions, cited by their codes, and
 * a group item as the heading (section) of its sub-items, not an action. The lines above the list are the title
 * rows; lines after it end the page. Returns null unless every item that is an action opens with its code, every
 * group names exactly the codes of its sub-items, at least one group and three coded items are found, and every
 * filled row is one cell in the first or second column.
 *
 * @example
 * readNestedCodedItems([
 *   ['Priorities'], ['1. LB-1 and LB-2: joined into one project.'], ['', '1. LB-1: Audit the labs'],
 *   ['', '2. LB-2: Share the kit list'], ['2. TR-3: Fund training days'],
 * ])?.rows[2] // ['LB-1', 'Audit the labs', '1. LB-1 and LB-2: joined into one project.']
 */
export function readNestedCodedItems(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const items: NestedItem[] = []
  const sectionRows: number[] = []
  let first = -1
  let groupText = ''
  let groupCodes: string[] = []
  let subCodes: string[] = []
  let groups = 0
  const closeGroup = (): boolean => {
    if (groupCodes.length === 0) return true
    groups++
    const named = [...groupCodes].sort().join(' ')
    return named === [...subCodes].sort().join(' ')
  }
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    let column = -1
    for (let c = 0; c < row.length; c++) {
      if (!hasText(row[c]!)) continue
      if (column >= 0 || c > 1) return null
      column = c
    }
    if (column < 0) continue
    const text = collapseWhitespace(row[column]!)
    const numbered = listNumber.exec(text)
    if (numbered === null) {
      // Lines before the list are title rows; the first unnumbered line after it ends the list.
      if (column > 0) return null
      if (first >= 0) break
      continue
    }
    if (first < 0) {
      if (column > 0) return null
      first = index
    }
    const rest = text.slice(numbered[0].length)
    const coded = leadingCode.exec(rest)
    if (column === 1) {
      if (groupCodes.length === 0 || coded === null) return null
      subCodes.push(coded[1]!)
      items.push({ index, column, code: coded[1]!, title: rest.slice(coded[0].length), group: groupText })
      continue
    }
    if (!closeGroup()) return null
    // A group names two or more codes instead of opening with its own ("EB-1 and EB-2: …").
    const named = coded === null ? new Set(rest.slice(0, 120).match(anyCode) ?? []) : new Set<string>()
    if (named.size >= 2) {
      groupText = text
      groupCodes = [...named]
      subCodes = []
      sectionRows.push(index + 1)
      continue
    }
    if (coded === null) return null
    groupText = ''
    groupCodes = []
    subCodes = []
    items.push({ index, column, code: coded[1]!, title: rest.slice(coded[0].length), group: '' })
  }
  if (!closeGroup() || groups === 0 || items.length < minItems) return null

  const rows: string[][] = table.slice(0, first).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  const sourceColumns: (number | null)[][] = rows.map((row) => row.map(() => 1))
  rows.push(['Ref', 'Action', 'Section'])
  sourceRows.push(first + 1)
  sourceColumns.push([1, 1, 1])
  for (const item of items) {
    rows.push([item.code, item.title, item.group])
    sourceRows.push(item.index + 1)
    sourceColumns.push([item.column + 1, item.column + 1, item.group === '' ? null : 1])
  }
  return {
    rows,
    headerRow: first + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows: [],
    sectionRows,
    sourceColumns,
    titleEvidence:
      'the coded items ("EB-1: …") of a numbered list, with the items nested one column right under a group item that names their codes',
  }
}
