import type { FlattenedActionTables } from './flattenActionTables'
import { itemFieldLine } from './itemFieldLine'
import { MAX_HEADING_LENGTH } from './maxHeadingLength'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** At least this many headings, each over its own target line, make the layout. */
const minHeadings = 2
/** A heading does not end a sentence or lead in a list. */
const closingMark = /[.!?:;]["'”’)]?$/
/** The topics joined into one description are cut at this length. */
const maxDescriptionLength = 2_000

/** "Date:", "When:", "Meeting date:", "Date of the event:": a label saying when something took place, not when work
 * is due (minutes of several meetings date each one so under its heading). Anchored, bounded. */
const occasionLabel = /^(?:date|when)$|\b(?:meeting|event|session|visit)s?\b/i

/** The target a line gives the heading above it ("Timeframe: End of June 2018" → "End of June 2018"), or null. */
function targetOf(text: string): string | null {
  const field = itemFieldLine(text)
  return field !== null && field.field === 'target' && !occasionLabel.test(field.label) ? field.value : null
}

/** A short line that neither ends a sentence nor is a labelled line: a heading. */
function isHeading(text: string): boolean {
  return text.length <= MAX_HEADING_LENGTH && !closingMark.test(text) && itemFieldLine(text) === null
}

/**
 * Reads a one-column page of workstream headings, each with a line labelling its target right under it and its
 * topics below, as working groups and project teams write a roadmap:
 *
 * ```text
 * Roadmap
 * Guidance for stewards
 * Timeframe: End of June 2031
 *   Safety on the towpath
 *   Working with landowners
 * Volunteer day
 * Timeframe: September 2031
 * ```
 *
 * Each heading is one action, the labelled line under it ("Timeframe:", "Target date:", "Deadline:", "Due:") its
 * target, and every other line down to the next such heading its `description` (topics, sub-headings, notes), never
 * actions of their own. Lines above the first heading are the title rows. Returns null unless the page is one
 * column and at least two headings (short lines ending no sentence) each stand right over a target line.
 *
 * @example
 * readHeadingsOverTimeframes([
 *   ['Roadmap'], ['Guidance for stewards'], ['Timeframe: End of June 2031'], ['  Safety on the towpath'],
 *   ['Volunteer day'], ['Timeframe: September 2031'],
 * ])?.rows[2] // ['Guidance for stewards', 'End of June 2031', 'Safety on the towpath']
 */
export function readHeadingsOverTimeframes(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  // Each heading's line, and its target as written.
  const headings: { at: number; target: string }[] = []
  for (let at = 1; at < lines.length; at++) {
    const target = targetOf(lines[at]!.text)
    if (target === null) continue
    if (!isHeading(lines[at - 1]!.text)) return null
    headings.push({ at: at - 1, target })
  }
  if (headings.length < minHeadings) return null
  const records: OneColumnRecord[] = []
  const mergedRows: number[] = []
  for (const [i, heading] of headings.entries()) {
    const end = i + 1 < headings.length ? headings[i + 1]!.at : lines.length
    const topics: string[] = []
    for (let at = heading.at + 2; at < end; at++) {
      topics.push(lines[at]!.text)
      mergedRows.push(lines[at]!.index + 1)
    }
    const line = lines[heading.at]!
    mergedRows.push(lines[heading.at + 1]!.index + 1)
    records.push({
      index: line.index,
      cells: [line.text, heading.target, topics.join('; ').slice(0, maxDescriptionLength)],
    })
  }
  const top = lines[headings[0]!.at]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Target date', 'Description'], records, {
    mergedRows,
    titleEvidence: 'each heading standing over a line labelling its target ("Timeframe: …")',
  })
}
