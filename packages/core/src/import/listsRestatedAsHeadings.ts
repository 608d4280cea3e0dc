import { hasText } from '../text/cleanCellText'
import { labelOf } from './labelOf'
import { type ListUnderLeadIn, loneText } from './listsUnderLeadIns'

/** A summary is near the top of the page: lists starting further down are not read here. */
const maxSummaryRow = 50
/** A summary names a few areas; a long list is a list of work. */
const maxItems = 12
/**
 * A heading is a short line: longer lines are sentences. Longer than the heading cap other readers share
 * (`MAX_HEADING_LENGTH`), since each heading here restates a summary's item, and an item may name its area with a
 * gloss in brackets ("Improve the support for early-career staff (across every school and research centre)").
 */
const maxHeadingLength = 120
/** The sections a summary names follow it within this many rows: a plan's page, not a sector's export. */
const maxSectionRows = 1_000
/** A heading of one word ("Recruitment") is too common to say an item restates it. */
const minHeadingWords = 2

/** Lower case, marks and punctuation as spaces, one space between words, a space at each end. */
function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `
}

/**
 * The lists near the top of a page that sum it up, each of whose items comes back further down as the heading of a
 * section ("Five target areas:" over "1. Improve research support", "2. Reduce the admin burden", and the same lines
 * later each over its own bullets; "We make four commitments:" over "1. We have a zero-tolerance policy to racism",
 * and later "Zero-tolerance policy" over the work it takes). The actions are in the sections; the summary restates
 * their headings, as slide decks list their agenda, and strategy, equality and race action plans list their
 * commitments or target areas before setting out the work under each. An item matches a later heading when it is
 * the heading or holds its words in order. A heading is a lone line of two words or more, with no full stop, that is
 * not the last line, within a thousand rows of the top. Only lists of two to twelve items starting in the first fifty rows are read, and two items and
 * three in four at least must match (a page cut short may lose its last sections).
 *
 * @example
 * const table = [['Our two aims:'], ['1. Fair pay for technicians'], ['2. Open careers'], ['Fair pay'], ['Run a pay audit'], ['Open careers'], ['Publish career paths']]
 * listsRestatedAsHeadings(listsUnderLeadIns(table, 0), table).map((list) => list.lead) // ['Our two aims:']
 */
export function listsRestatedAsHeadings(
  lists: readonly ListUnderLeadIn[],
  table: readonly (readonly string[])[],
): readonly ListUnderLeadIn[] {
  const summaries = lists.filter((list) => {
    if (list.leadRow >= maxSummaryRow) return false
    const items = list.items.filter((item) => item !== '').length
    return items >= 2 && items <= maxItems
  })
  if (summaries.length === 0) return []
  const start = summaries[0]!.rows[summaries[0]!.rows.length - 1]! + 1
  const headings = headingsAfter(table, start, Math.min(table.length, maxSummaryRow + maxSectionRows))
  const found: ListUnderLeadIn[] = []
  for (const list of summaries) {
    const end = list.rows[list.rows.length - 1]!
    const below = headings.filter((heading) => heading.row > end).map((heading) => heading.words)
    if (below.length === 0) continue
    const said = list.items.filter((item) => item !== '').map(words)
    const matched = said.filter((item) => below.some((heading) => item.includes(heading))).length
    if (matched >= 2 && matched * 4 >= said.length * 3) found.push(list)
  }
  return found
}

/** The lone lines of rows `start` to `end` that read as headings: short, no full stop, with a filled line below. */
function headingsAfter(
  table: readonly (readonly string[])[],
  start: number,
  end: number,
): readonly { row: number; words: string }[] {
  const headings: { row: number; words: string }[] = []
  let pending: { row: number; words: string } | null = null
  for (let index = start; index < end; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    if (pending !== null) headings.push(pending)
    pending = null
    const text = loneText(row)
    if (text === null || text.length > maxHeadingLength || /[.:;]$/.test(text)) continue
    const heading = words(labelOf(text))
    if (heading.trim().split(' ').length >= minHeadingWords) pending = { row: index, words: heading }
  }
  return headings
}
