import { collapseWhitespace } from '../text/cleanCellText'
import { BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, pageLineOfEach, type RowLine } from './oneColumnRecords'

/** "• Goal 1: Safer streets" at the margin: an outer bullet, its text. Anchored, bounded. */
const outerBullet = new RegExp(`^[${BULLET_MARKS}][ \\t]{1,8}(\\S.*)$`, 's')
/** "  • Light every path": a bullet indented under it, its indent and its text. */
const innerBullet = new RegExp(`^([ \\t]{1,16})[${BULLET_MARKS}][ \\t]{1,8}(\\S.*)$`, 's')
/** "      Done; lights fitted in May.": a line with no bullet, its indent and its text. */
const plainLine = /^([ \t]{0,40})(\S.*)$/s
/** At least this many outer bullets, each over its own indented items. */
const minGroups = 2
/** At least this many items with a note under them: fewer, and the indented lines are no pattern. */
const minNotes = 2

/**
 * Reads a one-column progress page whose list kept its indents: outer bullets at the margin ("• Goal 1: Safer
 * streets", the points of a plan), each over bullets indented below it ("  • Light every path", the actions), and
 * under an action, indented deeper still and with no bullet, what has been done about it ("      Done; lights
 * fitted in May.", on one line or several). A careful reader takes each note as its action's progress, not as a
 * heading of the action after it. The actions come with their notes as the progress (read for their status) and
 * their outer bullet as the section; a line at the margin with no bullet between the groups (a "Progress on
 * goal 1" link) is skipped, and the lines above the first outer bullet are the title rows. Returns null unless
 * the page is one column with two outer bullets or more, each over at least one indented bullet, and two actions or
 * more with a note.
 *
 * @example
 * readBulletsOverIndentedNotes([
 *   ['• Goal 1: Safer streets'], ['  • Light every path'], ['      Done; lights fitted in May.'],
 *   ['• Goal 2: Cleaner parks'], ['  • Add more bins'], ['      Bins ordered.'],
 * ])?.rows[1] // ['Light every path', 'Done; lights fitted in May.', 'Goal 1: Safer streets']
 */
export function readBulletsOverIndentedNotes(
  table: readonly (readonly string[])[],
  rowLines: readonly RowLine[] = pageLineOfEach(table),
): FlattenedActionTables | null {
  const items: { index: number; text: string; notes: string[]; section: string }[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  const mergedRows: number[] = []
  let top = -1
  let groups = 0
  let section = ''
  let itemIndent = -1
  let inGroup = 0
  for (let index = 0; index < table.length; index++) {
    const line = rowLines[index]
    if (line === undefined) continue
    if (line === null) return null
    const raw = table[index]![0]!.replace(/\s+$/, '')
    const outer = outerBullet.exec(raw)
    if (outer !== null) {
      if (groups > 0 && inGroup === 0) return null
      if (top < 0) top = index
      groups++
      inGroup = 0
      section = collapseWhitespace(outer[1]!)
      sectionRows.push(index + 1)
      itemIndent = -1
      continue
    }
    const inner = innerBullet.exec(raw)
    if (inner !== null) {
      if (top < 0) return null
      inGroup++
      itemIndent = inner[1]!.length
      items.push({ index, text: collapseWhitespace(inner[2]!), notes: [], section })
      continue
    }
    if (top < 0) continue
    const plain = plainLine.exec(raw)!
    if (itemIndent >= 0 && plain[1]!.length > itemIndent) {
      items[items.length - 1]!.notes.push(collapseWhitespace(plain[2]!))
      mergedRows.push(index + 1)
      continue
    }
    // A line at the margin between the groups (a link, a caption): no item, no note.
    if (plain[1]!.length > 0) return null
    skippedRows.push(index + 1)
    itemIndent = -1
  }
  if (groups < minGroups || inGroup === 0) return null
  if (items.filter((item) => item.notes.length > 0).length < minNotes) return null
  const records: OneColumnRecord[] = items.map((item) => ({
    index: item.index,
    cells: [item.text, item.notes.join(' '), item.section],
  }))
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Progress', 'Section'], records, {
    mergedRows,
    sectionRows,
    skippedRows,
    titleEvidence:
      'the indented bullets of a list kept with its indents, each under an outer bullet (its section), with the lines indented below each as its progress',
  })
}
