import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import type { FlattenedActionTables } from './flattenActionTables'
import { oneColumnRecords, pageLines, type RowLine } from './oneColumnRecords'

// "Recommendation 4:", "Recommendation 3b:" alone on its line, with its colon (without one it is a page title). Bounded and anchored at both ends.
const recommendationLabel = /^recommendation\s{1,3}(\d{1,3}[a-z]?)\s{0,3}:$/i
// "Action: In Progress", "Status - Complete": a short label line whose rest is the recommendation's status.
const statusLine = /^(?:action|status)\s{0,3}[:–—-]\s{0,3}(.{1,40})$/i
// "RBFRS action: Our policy sets out …", "Our response: …": the organisation's answer, kept as the response.
const responseLine = /^(?:[A-Za-z&]{1,20}\s{1,3}){0,3}(?:action|response)\s{0,3}:\s{0,3}(.+)$/i
/** "By 1 June 2023, chief fire officers should …": a deadline phrase before the first comma, at most this long. */
const maxDeadlineLength = 40

/**
 * Reads a one-column page that tracks a review's recommendations one by one: a "Recommendation 4:" label alone on its
 * line, the recommendation as the paragraph below it, the organisation's answer labelled as its action or response
 * ("RBFRS action: Our policy sets out …"), and a status line ("Action: In Progress"). Each recommendation is one
 * action: the label's number its ref, the recommendation its title, with a deadline it opens with ("By 1 June 2023,
 * …") read as its target and peeled from the title, the status line its status and the answer kept as the response.
 * Returns null unless every recommendation label stands over a paragraph and at least one has a status line.
 *
 * @example
 * readLabelledRecommendation([['Recommendation 2:'], ['By May 2026, labs should publish their rotas.'], ['Action: Complete']])?.rows.at(-1)
 * // ['labs should publish their rotas.', '2', 'By May 2026', 'Complete', '']
 */
export function readLabelledRecommendation(
  table: readonly (readonly string[])[],
  /** {@link pageLineOf} of every row, when the caller has read them already. */
  rowLines?: readonly RowLine[],
): FlattenedActionTables | null {
  const lines = pageLines(table, 'reject', rowLines)
  if (lines === null) return null
  interface Record {
    index: number
    ref: string
    title: string
    target: string
    status: string
    response: string[]
  }
  const records: Record[] = []
  const mergedRows: number[] = []
  let withStatus = 0
  for (let at = 0; at < lines.length; at++) {
    const label = recommendationLabel.exec(lines[at]!.text)
    if (label !== null) {
      const next = lines[at + 1]
      if (next === undefined || recommendationLabel.test(next.text)) return null
      const { target, title } = peelDeadline(next.text)
      records.push({ index: lines[at]!.index, ref: label[1]!, title, target, status: '', response: [] })
      mergedRows.push(next.index + 1)
      at++
      continue
    }
    const record = records.at(-1)
    if (record === undefined) continue
    const status = statusLine.exec(lines[at]!.text)
    if (status !== null && record.status === '' && parseStatus(status[1]!).state !== 'unknown') {
      record.status = status[1]!.trim()
      withStatus++
    } else {
      const response = responseLine.exec(lines[at]!.text)
      record.response.push(response === null ? lines[at]!.text : response[1]!.trim())
    }
    mergedRows.push(lines[at]!.index + 1)
  }
  if (records.length === 0 || withStatus === 0) return null
  const top = records[0]!.index
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Ref', 'Target', 'Status', 'Response'],
    records.map((record) => ({
      index: record.index,
      cells: [record.title, record.ref, record.target, record.status, record.response.join('\n')],
    })),
    {
      mergedRows,
      titleEvidence:
        'a "Recommendation N:" label over the recommendation, an answer labelled as its action and an "Action: <status>" line',
    },
  )
}

/** "By 1 June 2023, chief fire officers should …" → the deadline phrase and the rest, else no target. */
function peelDeadline(text: string): { target: string; title: string } {
  const comma = text.indexOf(',')
  if (!/^by\s/i.test(text) || comma < 0 || comma > maxDeadlineLength) return { target: '', title: text }
  const phrase = text.slice(0, comma).trim()
  const date = parseTargetDate(phrase, {})
  if (date.due === null || date.confidence < 0.5 || date.kind !== 'due') return { target: '', title: text }
  return { target: phrase, title: text.slice(comma + 1).trim() }
}
