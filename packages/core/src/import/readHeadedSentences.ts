import type { FlattenedActionTables } from './flattenActionTables'
import { oneColumnRecords, pageLines } from './oneColumnRecords'

/** "… are as follows.", "Our actions are:", "… the following:": a line that introduces what comes below it. */
const leadIn = /(?::|\b(?:as follows|the following|listed below|set out below)\s?[.:])$/i
/** A heading ends without a sentence's or a lead-in's punctuation. */
const endsSentence = /[.:;!?]$/
/** A heading opens with a capital or a digit, not a bullet or a lower-case continuation. */
const opensHeading = /^[A-Z0-9]/
/** A sentence ends with a full stop, a "!" or a "?", a closing bracket or quote after it allowed. */
const sentenceEnd = /[.!?]["'”)]?$/
/** A heading names the action in a few words. */
const maxHeadingWords = 12
/** The sentence below says what is done: more words than a name. */
const minSentenceWords = 6
/** At least this many heading-and-sentence pairs make the layout. */
const minPairs = 3

/**
 * Reads a one-column page that introduces its actions with a lead-in ("The seven key actions in the plan are as
 * follows.", "Our commitments are:") and then gives each action as a short heading line naming it ("Project fund
 * review") over one sentence saying what is done ("Work with the advisory group to …"). A careful reader takes
 * each pair as one action: the heading is its title and the sentence its description (where a date in it, such as
 * "(2025 to 2026)", is read as any action text's is). The lines down to the lead-in are the title rows; the pairs
 * end at the first line that breaks them, and the lines after are left out. Returns null unless at least three
 * pairs follow a lead-in line directly, and every row of the page is one cell.
 *
 * @example
 * readHeadedSentences([
 *   ['Our technician actions are as follows.'], ['Careers map'], ['Publish a map of every technical role and grade.'],
 *   ['Training fund'], ['Fund two days of training a year for each technician.'],
 *   ['Showcase'], ['Hold a showcase of technical work in the atrium each June.'],
 * ])?.rows[2] // ['Careers map', 'Publish a map of every technical role and grade.']
 */
export function readHeadedSentences(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const lines = pageLines(table)
  if (lines === null) return null
  for (let lead = 0; lead < lines.length; lead++) {
    if (!leadIn.test(lines[lead]!.text)) continue
    let end = lead + 1
    while (
      end + 1 < lines.length &&
      isHeading(lines[end]!.text) &&
      isSentence(lines[end + 1]!.text, lines[end]!.text)
    ) {
      end += 2
    }
    const pairs = (end - lead - 1) / 2
    if (pairs < minPairs) continue
    const first = lines[lead + 1]!.index
    const records = []
    const mergedRows: number[] = []
    for (let i = lead + 1; i < end; i += 2) {
      records.push({ index: lines[i]!.index, cells: [lines[i]!.text, lines[i + 1]!.text] })
      mergedRows.push(lines[i + 1]!.index + 1)
    }
    return oneColumnRecords(table.slice(0, first), first + 1, ['Action', 'Description'], records, {
      mergedRows,
      skippedRows: lines.slice(end).map((line) => line.index + 1),
      titleEvidence:
        'each short heading line below a lead-in ("… are as follows."), with the sentence under it as its description',
    })
  }
  return null
}

function isHeading(text: string): boolean {
  return opensHeading.test(text) && !endsSentence.test(text) && text.split(' ').length <= maxHeadingWords
}

function isSentence(text: string, heading: string): boolean {
  return sentenceEnd.test(text) && text.split(' ').length >= minSentenceWords && text.length > heading.length
}
