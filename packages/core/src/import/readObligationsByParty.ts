import { parseTargetDate } from '../dates/parseTargetDate'
import { BULLET_LEAD } from './bulletMarks'
import { createOneColumnTable } from './createOneColumnTable'
import type { FlattenedActionTables } from './flattenActionTables'
import { type PageLine, pageLines } from './oneColumnRecords'

/** At least this many lead-ins naming who must act ("OMB must:", "Agencies must:") make the layout. */
const minParties = 2

/**
 * "OMB must:", "Agencies shall:", "Member States should plan to:", "Generally, agencies should plan to:": a sentence
 * that ends with who must act and a modal of obligation, then a colon; its items finish it. "will" is not one: a
 * plan's "The Council will:" lists what it promises under its own numbered actions, read by other rules. One to four words, after an optional
 * opener of up to three words and a comma ("Generally,", "In general,"). Bounded and anchored at both ends: linear on any line.
 */
const partyLeadIn =
  /^(?:[A-Za-z]{2,20}(?:\s{1,3}[A-Za-z]{2,20}){0,2},\s{1,3})?([A-Za-z][\w&.'’-]{0,30}(?:\s{1,3}[\w&.'’-]{1,30}){0,3})\s{1,3}(?:must|shall|should)(?:\s{1,3}(?:plan|need|continue|be required)\s{1,3}to)?\s{0,3}:$/i

/** Subjects that name the writer, the reader or the plan, not a party that acts. */
const notParties =
  /^(?:we|you|i|it|they|this|these|those|there|which|that|the (?:plan|strategy|policy|work|objectives?|actions?|following))$/i

/** "By November 6, the following must be accomplished:": a lead-in that opens with the deadline of the items. */
const byDeadline = /^by\s([^,:]{3,40}),\s/i

/** A deadline is read from any year: one with no year ("By November 6") takes the page's year below. */
const anyYear = { referenceDate: '2001-01-01' }

/** The last sentence of a line (a paragraph ending in a lead-in names its party in its last sentence). */
const lastSentence = /(?:^|[.!?]\s{1,3})([^.!?]{1,200})$/

/**
 * Reads a one-column page of obligations grouped by who must act and by when, as federal policy memos, directives
 * and programme guidance set out their milestones: a deadline lead-in ("By November 6, the following must be
 * accomplished:") under a milestone heading, then "OMB must:" over its items and "Agencies must:" over theirs; a later
 * paragraph may end "Generally, agencies should plan to:" over items with no deadline. Each bulleted item is one
 * action, owned by the party its lead-in names ("OMB", "Agencies", "agencies", as written) and due by the deadline of
 * the lead-in above it, up to the next heading (a line that is neither bulleted nor a sentence: "Milestone - 120
 * Days", "Day 121 and onward"), which starts a new milestone with no party or deadline until its own lead-ins give
 * them. A bulleted line ending in a colon that names no party ("Provide content on the site regarding:") introduces
 * the items below it and is not an action. A deadline with no year takes the one year the page's opening lines name
 * ("The policy was issued on August 8, 2016"), when they name only one. Returns null unless at least two lead-ins
 * name a party, each over an item.
 *
 * @example
 * readObligationsByParty([
 *   ['Milestone 1'], ['By 6 November 2031, the following must be done:'], ['- Council must:'], ['- Publish the map'],
 *   ['- Schools must:'], ['- Name a lead'],
 * ])?.rows.at(-1) // ['Name a lead', 'Schools', 'By 6 November 2031', 'Milestone 1']
 */
export function readObligationsByParty(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  // Cheap first: a page with fewer than two lines ending in a modal and a colon is no such page.
  let candidates = 0
  for (const line of lines)
    if (line.text.endsWith(':') && partyOf(line.text.replace(BULLET_LEAD, '')) !== null) candidates++
  if (candidates < minParties) return null

  // A page repeats its few deadlines: each is read once.
  const deadlines = new Map<string, boolean>()
  const isDeadline = (text: string): boolean => {
    let dated = deadlines.get(text)
    if (dated === undefined) {
      dated = parseTargetDate(text, anyYear).kind !== 'unknown'
      deadlines.set(text, dated)
    }
    return dated
  }
  let first = -1
  let party = ''
  let deadline = ''
  let heading = ''
  let parties = 0
  const records: { index: number; cells: string[] }[] = []
  const sectionRows: number[] = []
  for (let i = 0; i < lines.length; i++) {
    const { index, text } = lines[i]!
    const bullet = BULLET_LEAD.test(text)
    // Items before the first party's lead-in belong to some other layout (actions' own bullets).
    if (bullet && first < 0 && !text.endsWith(':')) return null
    const item = bullet ? text.replace(BULLET_LEAD, '') : text
    if (item.endsWith(':')) {
      const named = partyOf(item)
      const due = byDeadline.exec(lastOf(item))?.[1]
      if (named !== null) {
        party = named
        parties++
      } else if (due !== undefined && isDeadline(due)) {
        deadline = `By ${due}`
        party = ''
      }
      if (first >= 0 || named !== null) sectionRows.push(index + 1)
      if (first < 0 && named !== null) first = i
      continue
    }
    if (!bullet) {
      // A heading starts a new milestone; a sentence between the lists is its prose.
      if (!/[.!?]$/.test(text)) {
        heading = text
        party = ''
        deadline = ''
      }
      if (first >= 0) sectionRows.push(index + 1)
      continue
    }
    if (party === '') continue
    records.push({ index, cells: [item, party, deadline, heading] })
  }
  if (parties < minParties || records.length < minParties) return null

  // The lines above the first party's lead-in, back to its milestone heading, head the actions: the title rows are
  // what stands above the first heading.
  let top = lines[first]!.index
  for (let i = first - 1; i >= 0; i--) {
    const text = lines[i]!.text
    top = lines[i]!.index
    if (!BULLET_LEAD.test(text) && !/[.!?:]$/.test(text)) break
  }
  const year = onlyYear(table.slice(0, top))
  const page = createOneColumnTable(table.slice(0, top), top + 1, [
    'Action',
    'Lead',
    'Target date',
    'Section',
  ])
  for (const record of records) {
    const target = record.cells[2]!
    if (year !== null && target !== '' && !/\b(?:19|20)\d{2}\b/.test(target))
      record.cells[2] = `${target}, ${year}`
    page.add(record.index, record.cells)
  }
  return page.finish({
    mergedRows: [],
    sectionRows: sectionRows.filter((row) => row > top),
    titleEvidence:
      'each bulleted item under a lead-in naming who must act ("… must:"), dated by the deadline lead-in above it ("By …, the following …:")',
  })
}

/** The last sentence of a line, which introduces the list below it. */
function lastOf(text: string): string {
  return lastSentence.exec(text.length > 400 ? text.slice(-400) : text)?.[1]?.trim() ?? ''
}

/** The party a lead-in names, as written, or null. */
function partyOf(text: string): string | null {
  const sentence = lastOf(text)
  const match = partyLeadIn.exec(sentence)
  if (match === null) return null
  const party = match[1]!.trim()
  return notParties.test(party) ? null : party
}

/** The one four-digit year some lines name, or null when they name none or several. */
function onlyYear(rows: readonly (readonly string[])[]): string | null {
  let year: string | null = null
  for (const row of rows) {
    for (const cell of row) {
      for (const found of cell.slice(0, 2000).match(/\b(?:19|20)\d{2}\b/g) ?? []) {
        if (year !== null && year !== found) return null
        year = found
      }
    }
  }
  return year
}
