import { isStatusAlone } from './statusAtStart'
import { BULLET_LEAD } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** The items report their progress on at least this many lines of their own. */
const minProgressLines = 3

/** A status opening a progress line is at most this many words ("Work finished!", "In progress, …"). */
const maxStatusWords = 4

/** The label over the list is a few words ending in a colon ("Projects:", "Work plan items:"). */
const maxLabelWords = 5

/** An item is a line of at most this many words; a longer line is a paragraph, and the page another layout. */
const maxItemWords = 40

/** "Projects:", "Work plan:": the label a report writes over its list of items. */
const listLabel = /^\S(?:.{0,60}\S)?:$/

/** The words up to a line's first break in its sentence. */
const leadBreak = /[.!,;:]/

/** "… is a wire that …", "The museum has …": a verb that makes the line a statement about the item above. */
const finiteBeOrHave = /\b(?:is|are|was|were|has|have|had)\b/i

/** "Draft written, …", "Grant awarded": a line reporting work done, a noun then a past participle. */
const workDone = /^\p{L}{1,20}(?:\s\p{L}{1,20})?\s\p{Ll}{2,20}ed(?=[\s,.]|$)/u

/** The state a progress line opens with ("Work finished! …" → complete), or null. */
function progressOf(text: string): string | null {
  const cut = leadBreak.exec(text)
  // "Done: 2/21", "Status: open": a labelled field of a record, another layout.
  if (cut?.[0] === ':') return null
  const lead = (cut === null ? text : text.slice(0, cut.index)).trim()
  return lead !== '' && isStatusAlone(lead, maxStatusWords) ? lead : null
}

/** Whether a line is a note on the item above it: a statement about it, or a report of work done on it. */
function isNote(text: string): boolean {
  return finiteBeOrHave.test(text) || workDone.test(text)
}

interface Item {
  readonly index: number
  readonly title: string
  readonly notes: string[]
  status: string
}

/**
 * Reads a report's list of items, each with its progress on a line of its own below it, as a board's work-plan update
 * lists its projects once the bullets are lost in the copy: under a label ("Projects:"), "Fit a ramp at the side
 * door" over "The side door is the only step-free way in" (a note) and "Work finished! A grant paid for it." (its
 * progress), "Volunteer handbook" over "Draft written, …" (work done, a note), "Loans policy" over "In progress". Each other line is an item: an action, its status the state its progress line
 * opens with ("Work finished!" complete, "In progress, second grant awarded" in progress), its notes the lines of
 * statement or work done below it. A line with nothing under it over a line opening in lower case ("Writing new
 * policies" over "loans to other museums") heads sub-items whose nesting the copy lost, and is no item. The lines down to
 * the label are the title rows.
 *
 * Returns null unless the page is one column with no bullets, a label ending in a colon stands over the list, and at
 * least three lines under the items open with a state.
 *
 * @example
 * readItemsOverProgressLines([
 *   ['Work plan update'], ['Projects:'], ['New shelving for the children’s room'], ['In progress'],
 *   ['Accessibility statement'], ['Web page created, coordinator named'], ['Staff training day'], ['Completed!'],
 *   ['Donor wall'], ['In progress, more funds awarded'],
 * ])?.rows[2] // ['New shelving for the children’s room', 'In progress', 'In progress', 'Projects']
 */
export function readItemsOverProgressLines(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'reject'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex((line) => progressOf(line.text) !== null)
  if (first < 1) return null
  let label = first - 1
  while (
    label >= 0 &&
    !(listLabel.test(lines[label]!.text) && lines[label]!.text.split(' ').length <= maxLabelWords)
  )
    label--
  if (label < 0) return null
  const items: Item[] = []
  let progress = 0
  for (const line of lines.slice(label + 1)) {
    // Bullets kept: the items and their progress lines are told apart by them, another layout.
    if (BULLET_LEAD.test(line.text)) return null
    const item = items.at(-1)
    const state = progressOf(line.text)
    if (state !== null) {
      if (item === undefined || item.status !== '') return null
      item.status = state
      item.notes.push(line.text)
      progress++
    } else if (item !== undefined && isNote(line.text)) item.notes.push(line.text)
    else {
      if (line.text.split(' ').length > maxItemWords || listLabel.test(line.text)) return null
      items.push({ index: line.index, title: line.text, notes: [], status: '' })
    }
  }
  if (progress < minProgressLines) return null
  // The label names the list: every item is of it, so that an item with nothing under it is no heading.
  const section = lines[label]!.text.slice(0, -1)
  const records: OneColumnRecord[] = items
    // "Writing new policies" over "loans to other museums": a line with nothing under it over one opening in lower case
    // heads the sub-items the copy flattened, and is no item of its own.
    .filter(
      (item, at) =>
        !(item.status === '' && item.notes.length === 0 && /^\p{Ll}/u.test(items[at + 1]?.title ?? '')),
    )
    .map((item) => ({ index: item.index, cells: [item.title, item.status, item.notes.join(' '), section] }))
  const top = lines[label]!.index + 1
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Status', 'Notes', 'Section'], records, {
    mergedRows: [],
    titleEvidence: 'each item of the list over the line that opens with its progress ("In progress")',
  })
}
