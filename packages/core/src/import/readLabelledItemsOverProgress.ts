import type { StatusState } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { readColourLegend } from './readColourLegend'
import { peelRef } from './peelRef'

/** "Recommendation 4: …", "Action 2 – …", "Milestone 3. …": a word for a tracked item, then its number. */
const itemWord =
  /^(recommendation|action|milestone|commitment|deliverable|initiative|task|measure|strategy)\s{1,3}(?:#\s{0,2}|no\.\s{0,2})?\d/i
/** "(Green)", "(Amber)", "(Complete)": a status or colour in brackets ending the item's line. */
const bracketedStatus = /\s\(([A-Za-z][A-Za-z -]{0,24})\)\.?$/
/** A paragraph of progress ends a sentence. */
const endsSentence = /[.!?]["'”’)]?$/
/** How a state from the page's colour key is written in the status column. */
const stateLabels: Partial<Record<StatusState, string>> = {
  complete: 'Complete',
  'in-progress': 'In progress',
  'not-started': 'Not started',
}
/** At least this many items make the layout. */
const minItems = 2

interface Item {
  readonly index: number
  readonly ref: string
  /** The line after its label. */
  readonly text: string
  readonly progress: { readonly index: number; readonly text: string }[]
}

/**
 * Reads a one-column progress report whose items are lines labelled with the word for what is tracked and its number,
 * each followed by paragraphs saying what has been done ("Recommendation 1: The service adopts a set of core
 * statements (Green)" over "The statements were published in the service plan …"), as scrutiny reviews, audit
 * follow-ups and council progress reports write them. Each labelled line is one action: the number its ref, the text
 * after the label its title, and the paragraphs below it its progress, kept in its notes. A status or colour in
 * brackets ending the line ("(Green)", "(Complete)") is its status, read through the page's own key when the lines
 * above the first item give one ("Green denotes achieved", "Amber = in progress"). Those lines are the title rows.
 *
 * Every item must use the same label word (Recommendation, Action, Milestone, Commitment, Deliverable, Initiative,
 * Task, Measure or Strategy), number one list (1, 2, 3 …), and stand over at least one paragraph ending a sentence;
 * at least two items. A page whose labelled lines have no prose under them is a list read elsewhere, and a labelled
 * line over bullets or numbered steps is another layout. Returns null for any other layout, and on a table.
 *
 * @example
 * readLabelledItemsOverProgress([
 *   ['Progress on the review'], ['Green = complete'],
 *   ['Recommendation 1: Extend opening hours (Green)'], ['Late opening began in May.'],
 *   ['Recommendation 2: Review the fines policy'], ['A report goes to cabinet in June.'],
 * ])?.rows[3] // ['1', 'Extend opening hours', 'Green – Complete', 'Late opening began in May.']
 */
export function readLabelledItemsOverProgress(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const items: Item[] = []
  let word: string | null = null
  for (const line of lines) {
    const label = itemWord.exec(line.text)
    const peeled = label === null ? null : peelRef(line.text)
    if (label !== null && peeled !== null) {
      const thisWord = label[1]!.toLowerCase()
      if (word !== null && thisWord !== word) return null
      const number = Number(peeled.ref)
      if (
        !Number.isInteger(number) ||
        number !== (items.length === 0 ? number : Number(items.at(-1)!.ref) + 1)
      )
        return null
      if (items.length === 0 && number !== 1) return null
      word = thisWord
      items.push({ index: line.index, ref: peeled.ref, text: peeled.rest, progress: [] })
      continue
    }
    const item = items.at(-1)
    if (item === undefined) continue
    // The first line under an item is a paragraph of progress, never a bullet or a numbered step.
    if (item.progress.length === 0 && (!endsSentence.test(line.text) || peelRef(line.text) !== null))
      return null
    item.progress.push(line)
  }
  if (items.length < minItems || items.some((item) => item.progress.length === 0)) return null

  const top = items[0]!.index
  const legend = readColourLegend(lines.filter((line) => line.index < top).map((line) => line.text))
  const records: OneColumnRecord[] = []
  const mergedRows: number[] = []
  for (const item of items) {
    const bracket = bracketedStatus.exec(item.text)
    const status = bracket === null ? '' : statusOf(bracket[1]!, legend)
    // A bracket that is no status ("(Tuition Reimbursement)") stays in the title.
    const title = status === '' ? item.text : item.text.slice(0, bracket!.index).trim()
    records.push({
      index: item.index,
      cells: [item.ref, title, status, item.progress.map((line) => line.text).join('\n')],
    })
    for (const line of item.progress) mergedRows.push(line.index + 1)
  }
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Ref', 'Action', 'Status', 'Progress update'],
    records,
    {
      mergedRows,
      titleEvidence:
        'the lines labelled with the word for a tracked item and its number ("Recommendation 1:"), each over its progress paragraphs',
    },
  )
}

/** "Green" through the page's key ("Green – Complete"), a status word as written, else no status. */
function statusOf(written: string, legend: ReadonlyMap<string, StatusState>): string {
  const state = legend.get(written.toLowerCase())
  if (state !== undefined) return `${written} – ${stateLabels[state] ?? state}`
  const status = parseStatus(written)
  return status.state !== 'unknown' || status.reportedRag !== null ? written : ''
}
