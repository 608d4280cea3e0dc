import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { UNKNOWN_WORDS } from '../dates/lexicon'
import { parseTargetDate } from '../dates/parseTargetDate'
import { scoreHeader } from './assignColumns'
import { countWords } from './countWords'
import type { ColumnMap } from './mapColumns'
import { filledCellCount } from './filledCellCount'

/** A header cell is a short label: more words than this, or a sentence end, is a row's content. */
const maxWords = 14
/** A header whose cells name their columns is a few words a cell ("Specification | Status | Projection"). */
const maxLabelWords = 3

/**
 * Whether a row, before the first action of a table whose columns were read from their cells (no header row
 * was recognised), is the table's own header: its ref cell holds no number ("Recommendation/s", "Rec. no." are
 * headers, "4" is a ref), its status cell reads as no status ("Implementation Monitor's assessment of acquittal
 * as of 30 June 2022" above "Delivered"), and every cell is a short label, not a sentence. Such headers, too
 * long or too particular to name their fields ("Commentary from the Implementation Monitor"), are met in
 * government implementation trackers and monitors' appendices. Needs both a ref and a status column, so a
 * one-column page's first line is never taken for a header. A row of short labels one of which names the field its
 * column was read as ("Specification | Status | Projection") is the header too, and so is a schedule's pair of
 * labels over its steps and their dates, in words the synonyms may not know or in any script ("Stage | Planned",
 * "阶段 | 计划日期"), whose date cell holds no date.
 *
 * @example
 * headerOfGuessedColumns(['Rec.', 'Monitor’s view at 30 June', 'Commentary'], map) // true when map reads ref, status, title
 */
export function headerOfGuessedColumns(row: readonly string[], map: ColumnMap): boolean {
  if (map.headers.some(hasText)) return false
  if (namesItsColumns(row, map) || labelsOverDates(row, map)) return true
  const ref = map.fields.get('ref')
  const status = map.fields.get('status')
  if (ref === undefined || status === undefined) return false
  const refCell = collapseWhitespace(row[ref] ?? '')
  const statusCell = collapseWhitespace(row[status] ?? '')
  if (refCell === '' || /\d/.test(refCell) || statusCell === '') return false
  if (parseStatus(statusCell).state !== 'unknown') return false
  return row.every((cell) => {
    const text = collapseWhitespace(cell.slice(0, 400))
    return text.split(' ').length <= maxWords && !/[.!?]$/.test(text)
  })
}

/**
 * "Specification | Status | Projection" above rows read as task, status and dates: a row of two or more short
 * labels (at most three words, no digit, no sentence end), at least one of them naming the very field its
 * column was read as ("Status" over the statuses), naming the action ("Proposed action" over the decisions
 * read as owners) or naming a description over the prose read as the actions ("Type | Details"), or with the task column empty (the header's second row, "FPWD |
 * CR | PR | Rec" under "Projection"). A project plan or milestone table whose other headers name
 * nothing the synonym list knows ("Specification", "Projection") still has its header row, never an action.
 */
function namesItsColumns(row: readonly string[], map: ColumnMap): boolean {
  let filled = 0
  for (const cell of row) {
    if (!hasText(cell)) continue
    filled++
    const text = collapseWhitespace(cell.slice(0, 100))
    if (text.split(' ').length > maxLabelWords || /\d|[.!?:]$/.test(text)) return false
  }
  if (filled < 2) return false
  // The header's second row ("FPWD | CR | PR | Rec" under "Projection"): labels only, none under the task column.
  const title = map.fields.get('title')
  if (title !== undefined && !hasText(row[title] ?? '')) return true
  for (const [field, column] of map.fields) {
    const cell = row[column] ?? ''
    if (!hasText(cell)) continue
    for (const [named, score] of scoreHeader(cell)) {
      // "Type | Details" over kinds and the sentences read as the actions: the prose column's own label, which
      // the synonyms give to the description as firmly as they give any header to it.
      if (named === 'description' && field === 'title' && score >= 0.6) return true
      if (score < 1) continue
      // "Topic | | Proposed action" over names, descriptions and decisions ("Refer to …"): a label that names
      // the action over a column read otherwise is the header too, the cells having shown what it holds.
      if (named === field || named === 'title') return true
    }
  }
  return false
}

/**
 * "Stage | Planned" over "Kernel freeze | 23 June": a row of exactly two short labels (at most three words, no
 * digit, no sentence end) in the task and date columns, the date label no date, not even an unset one ("TBC"): the
 * names of a schedule's two columns.
 */
function labelsOverDates(row: readonly string[], map: ColumnMap): boolean {
  const title = map.fields.get('title')
  const target = map.fields.get('target')
  if (title === undefined || target === undefined) return false
  if (filledCellCount(row) !== 2) return false
  const task = collapseWhitespace((row[title] ?? '').slice(0, 100))
  const date = collapseWhitespace((row[target] ?? '').slice(0, 100))
  const label = (text: string) =>
    text !== '' && countWords(text) <= maxLabelWords && !/[\d.!?:：。]$|\d/.test(text)
  if (!label(task) || !label(date)) return false
  if (UNKNOWN_WORDS.has(date.toLowerCase().replace(/[^a-z]/g, ''))) return false
  const read = parseTargetDate(date)
  return read.kind === 'unknown' && read.alternatives.length === 0
}
