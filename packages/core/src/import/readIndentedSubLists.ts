import { collapseWhitespace } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, pageLineOfEach, type RowLine } from './oneColumnRecords'
import { ITEM_NUMBER } from './itemMark'

/** "1. Enhancing the community" at the line's start: an outer item, its number and text. Anchored, bounded. */
const outerItem = new RegExp(`^(${ITEM_NUMBER})[.)] {1,4}(\\S.*)$`, 's')
/** "    1. Establish criteria …": an inner item, indented by at least two spaces or a tab. */
const innerItem = new RegExp(`^[ \\t]{2,16}(${ITEM_NUMBER})[.)] {1,4}(\\S.*)$`, 's')
/** At least this many outer items, each over its own indented list. */
const minGroups = 2
/** Inner items of actions average at least this many words; shorter ones ("CIP Fund") are the parts of their
 * outer item. */
const minAverageWords = 4

/**
 * Reads a one-column page holding one nested numbered list, copied from a web page or a word processor that kept
 * the indents: outer items at the margin ("1. Enhancing and Empowering the Community", a strategic direction or
 * goal) each over items indented below it and numbered again from 1 ("    1. Establish criteria and method to get
 * youth involved", the initiatives), as city councils' and school boards' strategic plans list directions over
 * key initiatives. The indented items are the actions, with their numbers as printed for refs and the outer item
 * as their section; the lines above the first outer item are the title rows, and lines below the last item (a
 * closing sentence) are skipped. When the indented items are short labels (averaging under four words: "Open
 * Space Plan", "CIP Fund") they are the parts of the goals above them, not actions: the outer items are the
 * actions, each with its parts as its description. Returns null unless the page is one column, the outer numbers run 1, 2, 3 …, each outer item
 * is followed by at least one indented item and the indented numbers restart at 1 under each, with no other line
 * inside the list.
 *
 * @example
 * readIndentedSubLists([
 *   ['Plan'], ['1. Greener campus'], ['  1. Fit solar panels on the library roof'],
 *   ['2. Healthier staff'], ['  1. Open a staff gym in the sports hall'],
 * ])?.rows[2] // ['1', 'Fit solar panels on the library roof', 'Greener campus']
 */
export function readIndentedSubLists(
  table: readonly (readonly string[])[],
  rowLines: readonly RowLine[] = pageLineOfEach(table),
): FlattenedActionTables | null {
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  let top = -1
  let outer = 0
  let inner = 0
  let section = ''
  let words = 0
  let ended = false
  for (let index = 0; index < table.length; index++) {
    const line = rowLines[index]
    if (line === undefined) continue
    if (line === null) return null
    const raw = table[index]![0]!
    const innerMatch = innerItem.exec(raw)
    const outerMatch = innerMatch === null ? outerItem.exec(raw) : null
    if (top < 0) {
      if (outerMatch === null) {
        if (innerMatch !== null) return null
        continue
      }
      top = index
    }
    if (ended) {
      if (innerMatch !== null || outerMatch !== null) return null
      skippedRows.push(index + 1)
      continue
    }
    if (outerMatch !== null) {
      // Each outer item over at least one indented item, the outer numbers one after another.
      if ((outer > 0 && inner === 0) || Number(outerMatch[1]) !== outer + 1) return null
      outer++
      inner = 0
      section = collapseWhitespace(outerMatch[2]!)
      sectionRows.push(index + 1)
      continue
    }
    if (innerMatch !== null) {
      if (Number(innerMatch[1]) !== inner + 1) return null
      inner++
      const text = collapseWhitespace(innerMatch[2]!)
      words += text.split(' ').length
      records.push({ index, cells: [innerMatch[1]!, text, section] })
      continue
    }
    // A line that is no item: the list has ended (a closing sentence), once the last outer item has its items.
    if (inner === 0) return null
    ended = true
    skippedRows.push(index + 1)
  }
  if (outer < minGroups || inner === 0) return null
  if (words < minAverageWords * records.length)
    return goalsOverParts(table, top, records, sectionRows, skippedRows)
  return oneColumnRecords(table.slice(0, top), top + 1, ['Ref', 'Action', 'Section'], records, {
    mergedRows: [],
    sectionRows,
    skippedRows,
    titleEvidence:
      'the indented items of a nested numbered list, each under an outer numbered item (its section) at the margin',
  })
}

/**
 * The outer items as the actions when the indented items are only their parts, named in a few words ("1. Update
 * the Comprehensive Plan" over "1. Open Space Plan", "2. Growth Plan"), as town councils' and governors' goal lists
 * break each goal into the topics it covers: each goal keeps its number as its ref and its parts as its description.
 */
function goalsOverParts(
  table: readonly (readonly string[])[],
  top: number,
  parts: readonly OneColumnRecord[],
  goalRows: readonly number[],
  skippedRows: readonly number[],
): FlattenedActionTables {
  // Parts and goals are both in page order: one pass hands each goal the parts up to the next goal.
  let next = 0
  const goals: OneColumnRecord[] = goalRows.map((row, i) => {
    const match = outerItem.exec(table[row - 1]![0]!)!
    const end = i + 1 < goalRows.length ? goalRows[i + 1]! - 1 : table.length
    const below: string[] = []
    while (next < parts.length && parts[next]!.index < end) below.push(parts[next++]!.cells[1]!)
    return { index: row - 1, cells: [match[1]!, collapseWhitespace(match[2]!), below.join('; ')] }
  })
  return oneColumnRecords(table.slice(0, top), top + 1, ['Ref', 'Action', 'Description'], goals, {
    mergedRows: parts.map((part) => part.index + 1),
    skippedRows: [...skippedRows],
    titleEvidence:
      'the outer items of a nested numbered list; the short items indented under each are its parts (its description)',
  })
}
