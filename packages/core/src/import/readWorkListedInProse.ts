import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'
import { peelRef } from './peelRef'

/** Words after which a sentence lists the pieces of work it promises. */
const listingWords = [' including', ' such as', ' namely']

/** A line of at least this many words is a paragraph of prose, not a title or a heading. */
const proseWords = 12

/** "improving", "publishing": an item that opens with a verb in -ing names a piece of work. */
const gerund = /^[a-z]{2,30}ing$/

const bulletOrNumber = new RegExp(`^\\s{0,8}[${BULLET_MARKS}]\\s`)

/**
 * Reads a page of prose whose plan is a sentence promising work and listing its pieces: "The People Team will
 * be doing some targeted work … including, improving our induction, publishing a guide and supporting new
 * staff." A careful reader takes each listed piece as an action, owned by the body the sentence names as its
 * subject, and the other paragraphs (what was done, why it matters) as context. Each piece opens with a verb in
 * -ing; the pieces are set apart by commas, the last by "and" before its own -ing verb, so "our induction and
 * onboarding support" stays one piece. Returns null unless the page is prose only (one text per line below its
 * title lines, no bullet or numbered line) and some sentence with "will" before "including", "such as" or
 * "namely" lists two pieces or more. The pieces keep their source row in `sourceRows`.
 *
 * @example
 * readWorkListedInProse([
 *   ['Our plan'],
 *   ['The Estates Team will start work this year, including fitting boilers, replacing the lifts and reviewing leases.'],
 * ])?.rows.slice(2)
 * // [['fitting boilers', 'Estates Team'], ['replacing the lifts', 'Estates Team'], ['reviewing leases', 'Estates Team']]
 */
export function readWorkListedInProse(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  let prose = false
  const found: { index: number; items: string[]; owners: string[] }[] = []
  for (let index = 0; index < table.length; index++) {
    const cells = table[index]!.filter(hasText)
    if (cells.length === 0) continue
    // Above the first paragraph, a title or breadcrumb cut at a comma may fill two cells; below it, the page is
    // one text a line.
    if (cells.length > 1 && prose) return null
    const line = collapseWhitespace(cells.join(', '))
    if (bulletOrNumber.test(line) || peelRef(line) !== null) return null
    if (line.split(' ').length >= proseWords) prose = true
    // The line's spaces are single (collapsed), so each split point is one space: linear on any line.
    for (const sentence of line.split(/(?<=[.!?]) (?=[A-Z])/)) {
      const items = listedWork(sentence)
      if (items !== null) found.push({ index, items, owners: ownersNamedAsSubject(sentence) })
    }
  }
  if (found.length === 0) return null
  const top = found[0]!.index
  const rows: string[][] = table.slice(0, top).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  rows.push(['Action', 'Lead'])
  sourceRows.push(top + 1)
  for (const { index, items, owners } of found) {
    for (const item of items) {
      rows.push([item, owners.join(', ')])
      sourceRows.push(index + 1)
    }
  }
  const listed = new Set(found.map(({ index }) => index))
  const skippedRows: number[] = []
  for (let index = top; index < table.length; index++) {
    if (!listed.has(index) && table[index]!.some(hasText)) skippedRows.push(index + 1)
  }
  return {
    rows,
    headerRow: top + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows: [],
    skippedRows,
    titleEvidence:
      'the pieces of work a sentence of the prose promises ("… will … including a, b and c"), one action each',
  }
}

/**
 * The pieces of work a sentence lists after "will … including" (or "such as", "namely"), each opening with an
 * -ing verb, or null when it lists fewer than two such pieces. Read with indexOf and split: one pass.
 */
function listedWork(sentence: string): string[] | null {
  const will = sentence.indexOf(' will ')
  if (will < 0) return null
  let start = -1
  for (const word of listingWords) {
    const at = sentence.indexOf(word, will)
    if (at >= 0 && (start < 0 || at < start)) start = at + word.length
  }
  if (start < 0) return null
  const list = trimEnd(sentence.slice(start).replace(/^[\s,:]+/, ''), '.!?')
  const parts = list.split(', ').map((part) => part.trim())
  const last = parts.pop()!.replace(/^and /, '')
  // The last two pieces are joined by "and" before the last one's own -ing verb.
  const words = last.split(' ')
  let cut = -1
  for (let i = words.length - 2; i > 0; i--) {
    if (words[i] === 'and' && gerund.test(words[i + 1]!)) {
      cut = i
      break
    }
  }
  if (cut > 0) parts.push(words.slice(0, cut).join(' '), words.slice(cut + 1).join(' '))
  else parts.push(last)
  const items = parts.filter((part) => part !== '')
  if (items.length < 2 || !items.every((item) => item.includes(' ') && gerund.test(item.split(' ')[0]!)))
    return null
  return items
}

/** `text` without the run of `marks` that ends it: a loop, not an end-anchored regex that rescans a long run. */
function trimEnd(text: string, marks: string): string {
  let end = text.length
  while (end > 0 && marks.includes(text[end - 1]!)) end--
  return text.slice(0, end)
}
