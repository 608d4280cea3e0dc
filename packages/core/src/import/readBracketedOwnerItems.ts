import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { isPriorityLabel } from './peelPriorityLabel'
import { firstText } from './readLabelledRecords'

/** The states an issue tracker writes in capitals after a work item ("… : TODO"), as the words a status reads. */
const trackerStates: Readonly<Record<string, string>> = {
  TODO: 'Not started',
  INPROGRESS: 'In progress',
  DOING: 'In progress',
  DONE: 'Done',
  POSTPONED: 'Postponed',
}

/** An owner in brackets is a nickname, a name, a short list of them or a group ("Everyone on the rota"), never a
 * sentence. */
const maxOwnerLength = 40
const maxOwnerWords = 6
/** A progress line under an item is a short note ("Still open", "✅", "Waiting on estates"), never a paragraph. */
const maxProgressLength = 120

/** "?", "??" after or as an owner: the writer was not sure who, or did not know yet. */
const unsureMarks = /\s{0,3}\?{1,3}$/
/** A word of two letters or more, with its inner punctuation ("Wikipedia/wikimedia", "OSI"). */
const oneWordItem = /^\p{L}[\p{L}\p{N}/&.'’-]{1,60}$/u

/** "AI", "A/I", "AP", "Action", "Action item": a minute-taker's tag marking the line as an action item, not an owner. */
const actionItemTag = /^(?:AI|A\/I|AP|action(?: item| point)?)$/i
/** "(Priya) will ask …": the owner in round brackets right after such a tag. Group 1 is the name. */
const ownerInRoundBrackets = /^\(([^()]{1,40})\)\s{0,3}/
/** "Older action items", "New Action Items:": a heading between two runs of items, neither an item nor an end. */
const actionItemsHeading = /^(?:[\p{L}-]{1,20}\s){0,3}action\s(?:items?|points?)\s{0,2}:?$/iu

/** "x", "X", "✓": the mark of a ticked task-list box. */
const taskBox = /^[xX✓✔]$/

/** A work item: "[ana] Draft the guide: TODO" → owner "ana", text "Draft the guide", status "TODO"; else null. */
function readItem(line: string): { owner: string; text: string; status: string } | null {
  if (!line.startsWith('[')) return null
  const close = line.indexOf(']')
  if (close < 2 || close > maxOwnerLength + 1) return null
  const written = line.slice(1, close).trim()
  // "[x] Add batch support": a ticked task-list box, not an owner (an open box "[ ]" has no owner either); "[P0]
  // Plan the schedule": a priority.
  if (
    written === '' ||
    taskBox.test(written) ||
    isPriorityLabel(written) ||
    written.includes('[') ||
    written.split(' ').length > maxOwnerWords
  )
    return null
  // "[Ana?]": the one named, not yet sure; "[??]": an owner still to be found, so none yet.
  let owner = written.replace(unsureMarks, '')
  let text = line.slice(close + 1).trim()
  // "[AI] (Priya) will ask the council": the tag marks an action item; the name in round brackets is its owner.
  if (actionItemTag.test(written)) {
    const named = ownerInRoundBrackets.exec(text)
    owner = named === null ? '' : named[1]!.trim()
    if (named !== null) text = text.slice(named[0].length)
  }
  let status = ''
  // The state after the last colon ("…: TODO", "…: TODO TODO"), or, with the colon lost, the last word.
  const colon = text.lastIndexOf(':')
  const tail =
    colon < 0
      ? []
      : text
          .slice(colon + 1)
          .trim()
          .split(' ')
  if (tail.length > 0 && tail.every((word) => trackerStates[word] !== undefined)) {
    status = tail[0]!
    text = text.slice(0, colon).trim()
  } else {
    const space = text.lastIndexOf(' ')
    const last = text.slice(space + 1)
    if (space > 0 && trackerStates[last] !== undefined) {
      status = last
      text = text.slice(0, space).trim()
    }
  }
  // "[ana] Canada": one word is an item (a place, a partner to contact) when it is a word, not a mark or a number.
  if (!text.includes(' ') && !oneWordItem.test(text)) return null
  return { owner, text, status: status === '' ? '' : trackerStates[status]! }
}

/** The next filled line below `index`, its spaces collapsed, or ''. */
function nextLine(table: readonly (readonly string[])[], index: number): string {
  for (let next = index + 1; next < table.length; next++) {
    const line = collapseWhitespace(firstText(table[next]!))
    if (line !== '') return line
  }
  return ''
}

interface Item {
  readonly index: number
  readonly owner: string
  readonly text: string
  readonly status: string
  /** The progress line written under the item, or ''. */
  progress: string
}

/**
 * The items of the page's list, from its first item on: with `progressLines`, one line that is not an item right
 * under an item is that item's progress, and the list ends at a second such line; without, it ends at the first.
 * `notes` counts the progress lines that stand between two items (a line under the last item alone proves no
 * habit). Null when no line is an item.
 */
function readItems(
  table: readonly (readonly string[])[],
  progressLines: boolean,
): { items: Item[]; top: number; end: number; notes: number } | null {
  let top = -1
  let end = table.length
  let notes = 0
  const items: Item[] = []
  // The row of a line under the last item not yet known to be its progress, or -1.
  let pending = -1
  for (let index = 0; index < table.length; index++) {
    const line = collapseWhitespace(firstText(table[index]!))
    if (line === '') continue
    const item = readItem(line)
    if (item === null) {
      if (top < 0) continue
      // "Older action items" between two runs of items heads the run below it.
      if (actionItemsHeading.test(line) && readItem(nextLine(table, index)) !== null) continue
      const last = items[items.length - 1]!
      if (progressLines && pending < 0 && last.progress === '' && line.length <= maxProgressLength) {
        pending = index
        last.progress = line
        continue
      }
      // In a plain list, a line between two items with no owner written yet is an item of its own.
      if (!progressLines && !line.endsWith(':') && readItem(nextLine(table, index)) !== null) {
        items.push({ index, owner: '', text: line, status: '', progress: '' })
        continue
      }
      end = index
      break
    }
    if (top < 0) top = index
    if (pending >= 0) notes++
    pending = -1
    items.push({ index, ...item, progress: '' })
  }
  if (top < 0) return null
  // A line under the last item is its progress only when the items between have shown the habit.
  if (pending >= 0 && notes === 0) {
    items[items.length - 1]!.progress = ''
    end = Math.min(end, pending)
  }
  return { items, top, end, notes }
}

/**
 * Reads a one-column list of work items, each written with its owner in square brackets before the action and
 * the tracker's state after a colon, as a release team's blueprint or a wiki's task list has them:
 * "[ana] Draft the style guide: TODO", "[raj, lee] Test the screen reader: DONE". The lines above the list are
 * the title rows; each item becomes one row under an Action / Owner / Status header, its state read as the status
 * (TODO not started, INPROGRESS or DOING in progress, DONE done, POSTPONED on hold). A state with its colon lost
 * ("… to TODO") is still the state. Returns null unless at least two such items stand one after another; the
 * list ends at the first line that is not an item.
 *
 * @example
 * readBracketedOwnerItems([
 *   ['Team plans'], ['[ana] Draft the style guide: TODO'], ['[raj] Test the screen reader: DONE'],
 * ])?.rows[2] // ['Draft the style guide', 'ana', 'Not started']
 */
export function readBracketedOwnerItems(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  if (table.some((row) => row.some((cell, column) => column > 0 && hasText(cell)))) return null
  // Read first with a progress line allowed under each item; when too few items have one, the list is plain and
  // ends at its first line that is not an item.
  const withProgress = readItems(table, true)
  if (withProgress === null) return null
  const { items, top, end } =
    withProgress.notes * 2 >= withProgress.items.length - 1 ? withProgress : readItems(table, false)!
  if (items.length < 2) return null
  const rows: string[][] = table.slice(0, top).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  rows.push(['Action', 'Owner', 'Status'])
  sourceRows.push(top + 1)
  for (const item of items) {
    const status = item.status === '' ? item.progress : item.status
    // An item with neither owner nor status keeps a bullet, so its lone cell reads as a list item, not a heading.
    rows.push([item.owner === '' && status === '' ? `• ${item.text}` : item.text, item.owner, status])
    sourceRows.push(item.index + 1)
  }
  for (let index = end; index < table.length; index++) {
    rows.push([...table[index]!])
    sourceRows.push(index + 1)
  }
  return {
    rows,
    headerRow: top + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows: [],
    titleEvidence:
      'the text of each work item written "[owner] action: STATE", after the bracketed owner and before the state',
  }
}
