import { parseTargetDate } from '../dates/parseTargetDate'
import type { FlattenedActionTables } from './flattenActionTables'
import { isDatedPeriod } from './headingPeriod'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** A lead is a short line: a few words ending in a colon ("Next on the list:") or in "to" ("we need to"). */
const maxLeadWords = 12
/** "… we need to", "… and after that we hope to": a run-in lead the items below finish. Anchored at the end. */
const infinitiveLead = /\sto$/i
/** An item is one job of a few words; a longer line is a paragraph. */
const maxItemWords = 25
/** At least this many leads, each over at least one item, and this many items in all make the layout. */
const minLeads = 2
const minItems = 5
/** Below the last list, at most this many paragraphs close the page. */
const maxLinesAfter = 3

/**
 * Whether a line leads in the items below it: a few words ending in a colon or in "to", no full stop inside. A
 * label that is a name ("Priya:", "Tom Okafor:", every word capitalised) or a period ("By 2031:") heads another
 * layout: whose work, or when it is due.
 */
function isLead(text: string): boolean {
  const words = text.split(' ')
  if (words.length > maxLeadWords || /[.!?]\s/.test(text)) return false
  if (infinitiveLead.test(text)) return true
  if (!text.endsWith(':')) return false
  if (words.every((word) => /^\P{Ll}/u.test(word))) return false
  return !isDatedPeriod(parseTargetDate(text.slice(0, -1), { referenceDate: '2000-01-01' }))
}

/** Whether a line is an item finishing its lead's sentence: it opens with a small letter, as a lost bullet's words do,
 * and is a few words with no colon at its end. */
function isItem(text: string): boolean {
  return /^\p{Ll}/u.test(text) && !text.endsWith(':') && text.split(' ').length <= maxItemWords
}

/**
 * Reads a one-column note whose jobs are listed under run-in leads, the bullets lost when the page was copied, as a
 * club's or a committee's blog post lists what it has decided to do: a paragraph or two, then "So for now we need to"
 * over jobs one a line that finish its sentence ("paint the shed door", "fix the gutter over the porch"), "Next on
 * the list:" over more, "Longer term:" over more, and a closing paragraph:
 *
 * ```text
 * We met on Tuesday and went through the jobs list.
 * So for now we need to
 * paint the shed door
 * fix the gutter over the porch
 * Next on the list:
 * replace the broken tiles in the kitchen
 * Longer term:
 * find funding for a new roof
 * Thanks to everyone who came.
 * ```
 *
 * Each line under a lead is an action titled as written, the lead (without its colon) its section. A lead is a short
 * line ending in a colon or in "to"; an item opens with a small letter, the words going on from the lead. The lines
 * above the first lead are the title rows, and up to three paragraphs after the last item close the page and are
 * skipped. Returns null unless a one-column page has at least two such leads, each right over at least one item,
 * five items in all, and nothing but leads and items between the first lead and the last item.
 *
 * @example
 * readItemsUnderRunInLeads([
 *   ['Jobs'], ['So for now we need to'], ['paint the shed door'], ['fix the gutter'], ['Next on the list:'],
 *   ['replace the broken tiles'], ['clear the loft'], ['sweep the yard'],
 * ])?.rows[2] // ['paint the shed door', 'So for now we need to']
 */
export function readItemsUnderRunInLeads(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex(
    (line, at) => isLead(line.text) && at + 1 < lines.length && isItem(lines[at + 1]!.text),
  )
  if (first < 0) return null
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  let lead = ''
  let under = 0
  let leads = 0
  let end = lines.length
  for (let at = first; at < lines.length; at++) {
    const { index, text } = lines[at]!
    // A lead may go on from the list above in small letters too ("and after that we hope to"): read as a lead first.
    if (isLead(text) && at + 1 < lines.length && isItem(lines[at + 1]!.text)) {
      leads++
      lead = text.endsWith(':') ? text.slice(0, -1).trim() : text
      under = 0
      sectionRows.push(index + 1)
      continue
    }
    if (isItem(text)) {
      under++
      records.push({ index, cells: [text, lead] })
      continue
    }
    end = at
    break
  }
  if (leads < minLeads || records.length < minItems || under === 0) return null
  // What follows the last list closes the page: a paragraph or two, never another list.
  if (lines.length - end > maxLinesAfter) return null
  for (const { index } of lines.slice(end)) skippedRows.push(index + 1)
  const top = lines[first]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Section'], records, {
    mergedRows: [],
    sectionRows,
    skippedRows,
    titleEvidence: 'each line under a run-in lead ("we need to", "Next on the list:"), the bullets lost',
  })
}
