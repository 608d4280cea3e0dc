import { collapseWhitespace } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, pageLineOf, type RowLine } from './oneColumnRecords'

/** "Recommendation 11 - …", "Rec 3: …", "Recommendation 4b. …": an item's label and number, then its text. Bounded. */
const keyLine = /^(?:recommendations?|rec\.?)\s{1,3}(\d{1,4}[a-z]?)\s{0,3}(?:[-–—:.]|\s[-–—])\s{0,3}(\S.*)$/is
/** A block's label is a short line: at most this many words, closing no sentence. */
const maxLabelWords = 5
/** At least this many recommendations. */
const minItems = 2

interface Block {
  readonly label: string
  readonly items: { row: number; ref: string; text: string }[]
}

/**
 * Reads a page that lists a committee's or an inquiry's numbered recommendations once, then answers them again
 * block by block under labels of their own, each line keyed by the same label: "Recommendations" over
 * "Recommendation 4 - The Committee recommends that …", then "Government response" over "Recommendation 4 - Agreed.
 * …", then "Implementation" over "Recommendation 4 - Work is under way.", as an annual report accounts for a
 * parliamentary committee's report. Each recommendation is one action: its number the ref, the first block's text
 * the title, and the later blocks' text, each under its label's name, the status (the last block first: the newest
 * word on it). Returns null unless at least two recommendations are listed in the first block and every later block
 * (at least one) restates only their numbers, each once.
 *
 * @example
 * readRestatedRecommendations([['Recommendations'], ['Recommendation 1 - Fund the labs.'],
 *   ['Recommendation 2 - Hire a technician.'], ['Response'], ['Recommendation 1 - Agreed.'],
 *   ['Recommendation 2 - Noted.']])?.rows.at(-1) // ['2', 'Hire a technician.', 'Response: Noted.']
 */
export function readRestatedRecommendations(
  table: readonly (readonly string[])[],
  /** {@link pageLineOf} of every row, when the caller has read them already. */
  rowLines?: readonly RowLine[],
): FlattenedActionTables | null {
  const blocks: Block[] = []
  const skipped: number[] = []
  let label: string | null = null
  let top = -1
  for (let index = 0; index < table.length; index++) {
    const line = rowLines === undefined ? pageLineOf(table[index]!) : rowLines[index]
    if (line === undefined) continue
    if (line === null) {
      // A table's row (a report's committee, title and date) may sit above the first block, never inside one.
      if (top >= 0) return null
      continue
    }
    const key = keyLine.exec(line.slice(0, 2_000))
    if (key !== null) {
      if (label === null) return null
      let block = blocks.at(-1)
      if (block === undefined || block.label !== label) {
        block = { label, items: [] }
        blocks.push(block)
      }
      block.items.push({ row: index, ref: key[1]!.toLowerCase(), text: collapseWhitespace(key[2]!) })
      if (top < 0) top = index
      continue
    }
    if (top >= 0) skipped.push(index + 1)
    // "The following recommendations related to the Trust:": a lead-in inside the block, not its label.
    if (line.endsWith(':')) continue
    if (line.split(' ').length <= maxLabelWords && !/[.!?]$/.test(line)) label = line
    else if (top >= 0 && blocks.at(-1)?.label === label) label = null
  }
  if (blocks.length < 2) return null
  const [first, ...later] = blocks as [Block, ...Block[]]
  if (first.items.length < minItems) return null
  const refs = new Set(first.items.map((item) => item.ref))
  if (refs.size !== first.items.length) return null
  // Each later block's answers by number, the last block first: the newest word on each recommendation.
  const answers = new Map<string, string[]>()
  const mergedRows = new Set<number>()
  for (let b = later.length - 1; b >= 0; b--) {
    const block = later[b]!
    const seen = new Set<string>()
    for (const item of block.items) {
      if (!refs.has(item.ref) || seen.has(item.ref)) return null
      seen.add(item.ref)
      mergedRows.add(item.row + 1)
      const said = answers.get(item.ref) ?? []
      said.push(`${block.label}: ${item.text}`)
      answers.set(item.ref, said)
    }
  }
  const records: OneColumnRecord[] = first.items.map((item) => ({
    index: item.row,
    cells: [item.ref, item.text, (answers.get(item.ref) ?? []).join('\n')],
  }))
  return oneColumnRecords(
    table.slice(0, first.items[0]!.row),
    top + 1,
    ['Ref', 'Action', 'Status'],
    records,
    {
      mergedRows: [...mergedRows],
      skippedRows: skipped.filter((row) => !mergedRows.has(row)),
      titleEvidence: `each numbered recommendation under "${first.label}", answered again under ${later.map((block) => `"${block.label}"`).join(', ')}`,
    },
  )
}
