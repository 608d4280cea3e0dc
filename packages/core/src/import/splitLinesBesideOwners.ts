import { textLines } from '../text/cleanCellText'
import type { ActionDraft } from './buildAction'

/** "Action", "Actions", "Action by": a minutes table's header over the names of whoever acts on each minute. */
const actionHeader = /^\s{0,3}actions?(?: by)?\s{0,3}$/i
/** A minute's line is a sentence: at least this many words. */
const minLineWords = 4
/** Longer cells are prose, not minutes typed one a line. */
const maxCellLength = 4_000
/** "CM", "Ana", "Ana Cruz", "J. Lee": an owner's initials or name, one a line. Anchored, bounded. */
const ownerLine = /^[A-Z][A-Za-z.'’-]{0,20}(?: [A-Z][A-Za-z.'’-]{0,20}){0,2}$/
/** "Floodlights", "Club championship": a topic of a few words heading the minute, no punctuation, no digit. */
const topicLine = /^[A-Z][A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,2}$/

/**
 * Splits a row of a minutes table (its text column unheaded beside an "Action" column of names) whose text cell
 * holds two or more minutes one a line beside an owners cell holding exactly as many
 * names or initials one a line, as a committee's minutes table writes the owner of each minute on the same line of
 * its "Action" column: "Book the hall for the AGM on 3 May⏎An auditor is needed to check the accounts" beside
 * "CM⏎TR". Each line is an action owned by the name beside it, keeping the row's other cells. A short topic line
 * above the minutes ("AGM"), one line more than the names, heads each of them. Each minute is a sentence of four
 * words or more; a row whose lines do not line up, or a single name, comes back as it was.
 *
 * @example
 * splitLinesBesideOwners(draft).map((d) => d.cells.get('owners')?.text) // ['CM', 'TR']
 */
export function splitLinesBesideOwners(draft: ActionDraft): ActionDraft[] {
  const owners = draft.cells.get('owners')
  const title = draft.cells.get('title')
  if (draft.verbatim || owners === undefined || title === undefined) return [draft]
  // Only a minutes table: its text column unheaded beside the "Action" column of names.
  if (title.header.trim() !== '' || !actionHeader.test(owners.header)) return [draft]
  if (!owners.text.includes('\n') || title.text.length > maxCellLength) return [draft]
  const names = textLines(owners.text)
  if (names.length < 2 || !names.every((name) => ownerLine.test(name))) return [draft]
  const lines = textLines(title.text)
  const topic = lines.length === names.length + 1 && topicLine.test(lines[0]!) ? lines[0]! : null
  const items = topic === null ? lines : lines.slice(1)
  if (
    items.length !== names.length ||
    !items.every((line) => line.split(' ', minLineWords).length >= minLineWords)
  )
    return [draft]
  return items.map((item, i) => {
    const cells = new Map(draft.cells)
    cells.set('title', { ...title, text: topic === null ? item : `${topic}\n${item}` })
    cells.set('owners', { ...owners, text: names[i]! })
    return { ...draft, cells, extra: draft.extra.map((cell) => ({ ...cell })) }
  })
}
