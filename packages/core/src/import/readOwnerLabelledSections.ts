import { parseTargetDate } from '../dates/parseTargetDate'
import { HANDLE } from './codeHostHandle'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, pageLineOfEach, type RowLine } from './oneColumnRecords'
import { ownerLine } from './ownerLine'
import { MAX_HEADING_LENGTH } from './maxHeadingLength'
import { filledCellCount } from './filledCellCount'

/** Owners named on a label line are a short list, never a paragraph. */
const maxOwnersLength = 120
/** "Repo: site-docs", "Development: @ana": a further label line of a section, one to three words before a colon. */
const labelLine = /^([A-Za-z][A-Za-z()/&-]{0,20}(?: [A-Za-z()/&-]{1,20}){0,2})\s{0,2}:\s{0,3}(\S.{0,200})$/
/** "@ana, @raj and @lee": a value that is nothing but code host handles, up to ten. */
const handlesOnly = new RegExp(String.raw`^${HANDLE}(?:\s{0,2}(?:,|&|\band\b)\s{0,2}${HANDLE}){0,9}$`)
/** "Timebox delivery", "Due date", "Deadline", "Target date", "Delivery": a label giving the whole page's date. */
const dateLabel =
  /\b(?:deliver(?:y|ed|ables? due)?|due|deadline|target date|end date|timebox|finish(?: by)?)\b/i
/** At least this many sections must each name their owner for the page to be read so. */
const minSections = 2

interface Section {
  /** Index into `lines` of the heading and of its owner line. */
  readonly heading: number
  readonly owner: number
}

/**
 * Reads a one-column roadmap or project page split into sections, each opened by a heading and, on the line right
 * below it, a label naming who owns the section ("DRI: @ana, @raj", "Owner: Web team", "Lead: Head of IT"), then
 * the section's deliverables one per line, as engineering teams write a milestone's project goals. Each
 * deliverable is one action, owned by that label's owners and sectioned by its heading. Further label lines right
 * under the owner's ("Repo: site-docs", "Development: @lee") describe the section: one naming nothing but handles
 * adds them to the owners, the others are left out; so is a lead-in ending in a colon. A date the page gives once
 * above the first section, on a label line or a two-cell row ("Delivery date | 5 April 2024", "Deadline: June
 * 2025"), dates every deliverable. Returns null unless at least two sections are so opened, each over at least one
 * deliverable, and every row below the first heading fills one cell.
 *
 * @example
 * readOwnerLabelledSections([
 *   ['Spring milestone'], ['Deadline', '30 June 2025'], ['Booking service'], ['DRI: @ana'], ['Draft the API'],
 *   ['Web site'], ['Owner: @raj'], ['Add a news page'],
 * ])?.rows.slice(2) // [['Action', 'Owner', 'Target date', 'Section'], ['Draft the API', '@ana', '30 June 2025', 'Booking service'], ['Add a news page', '@raj', '30 June 2025', 'Web site']]
 */
export function readOwnerLabelledSections(
  table: readonly (readonly string[])[],
  rowLines: readonly RowLine[] = pageLineOfEach(table),
): FlattenedActionTables | null {
  // The page's lines: one cell each, or a two-cell "label | value" row above the sections.
  const lines: { index: number; text: string; value: string | null }[] = []
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    const text = rowLines[index]
    if (text === undefined) continue
    if (text !== null) lines.push({ index, text, value: null })
    else if (hasText(row[0]!) && hasText(row[1] ?? '') && filledCellCount(row) === 2)
      lines.push({ index, text: collapseWhitespace(row[0]!), value: collapseWhitespace(row[1]!) })
    else return null
  }
  const sections: Section[] = []
  for (let at = 1; at < lines.length; at++) {
    const owners = ownerOf(lines[at]!)
    if (owners === null) continue
    const heading = lines[at - 1]!
    if (heading.value !== null || !isHeading(heading.text) || ownerOf(heading) !== null) continue
    sections.push({ heading: at - 1, owner: at })
  }
  if (sections.length < minSections) return null
  const firstHeading = sections[0]!.heading
  // Below the first heading, a page of sections has one cell a row.
  if (lines.slice(firstHeading).some((line) => line.value !== null)) return null

  let due = ''
  for (const line of lines.slice(0, firstHeading)) {
    const label = line.value === null ? labelLine.exec(line.text) : [line.text, line.text, line.value]
    if (label === null || !dateLabel.test(label[1]!)) continue
    if (parseTargetDate(label[2]!).due !== null) due = label[2]!
  }

  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const mergedRows: number[] = []
  for (let s = 0; s < sections.length; s++) {
    const { heading, owner } = sections[s]!
    const end = s + 1 < sections.length ? sections[s + 1]!.heading : lines.length
    const owners = [ownerOf(lines[owner]!)!]
    sectionRows.push(lines[heading]!.index + 1)
    mergedRows.push(lines[owner]!.index + 1)
    let at = owner + 1
    // The label lines right under the owner's: handles add owners, anything else describes the section.
    for (; at < end; at++) {
      const label = labelLine.exec(lines[at]!.text)
      if (label === null) break
      if (handlesOnly.test(label[2]!.trim())) owners.push(label[2]!.trim())
      mergedRows.push(lines[at]!.index + 1)
    }
    let deliverables = 0
    for (; at < end; at++) {
      const line = lines[at]!
      if (line.text.endsWith(':')) {
        mergedRows.push(line.index + 1)
        continue
      }
      records.push({ index: line.index, cells: [line.text, owners.join(', '), due, lines[heading]!.text] })
      deliverables++
    }
    if (deliverables === 0) return null
  }
  const headingIndex = lines[firstHeading]!.index
  return oneColumnRecords(
    table.slice(0, headingIndex).map((row) => [row.filter(hasText).join(': ')]),
    headingIndex + 1,
    ['Action', 'Owner', 'Target date', 'Section'],
    records,
    {
      mergedRows,
      sectionRows: sectionRows.slice(1),
      titleEvidence:
        'each line under a section heading and its owner label ("DRI: …", "Owner: …"), owned by that label',
    },
  )
}

/** The owners an owner label line names ("DRI: @ana, @raj" → "@ana, @raj"), or null when the line is none. */
function ownerOf(line: { text: string; value: string | null }): string | null {
  if (line.value !== null) return null
  const owners = ownerLine.exec(line.text)?.[1]?.trim()
  return owners === undefined || owners.length > maxOwnersLength ? null : owners
}

/** A short line with no full stop or colon at its end, and no label line itself ("task: T12" is a record's field). */
function isHeading(text: string): boolean {
  return text.length <= MAX_HEADING_LENGTH && !/[.:;,]$/.test(text) && !labelLine.test(text)
}
