import type { FlattenedActionTables } from './flattenActionTables'
import { isInstruction } from './isInstruction'
import { opensWithVerb } from './itemsBesideCommitments'
import { oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

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
 * pairs follow a lead-in line directly, and every row of the page is one cell. Without a lead-in, a page whose every
 * line under a title line or two pairs a short instruction opening with a verb ("Procure a portal for the data.")
 * with a longer paragraph under it is read the same way, three pairs at least, running to the end of the page.
 *
 * @example
 * readHeadedSentences([
 *   ['Our technician actions are as follows.'], ['Careers map'], ['Publish a map of every technical role and grade.'],
 *   ['Training fund'], ['Fund two days of training a year for each technician.'],
 *   ['Showcase'], ['Hold a showcase of technical work in the atrium each June.'],
 * ])?.rows[2] // ['Careers map', 'Publish a map of every technical role and grade.']
 */
export function readHeadedSentences(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
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
  return readInstructionsOverParagraphs(lines, table)
}

/** Above the pairs, at most this many title lines ("Next steps"), none of them a sentence. */
const maxTitleLines = 2
/** A second sentence inside a line: a full stop, a space and a capital. */
const innerSentence = /[.!?] [A-Z]/

/**
 * A page of next steps written as headed paragraphs: under a title line or two ("Next steps"), every line pairs a
 * short instruction ("Procure a portal for the published data.") with a longer paragraph under it saying why and
 * how. Each instruction opens with a verb, is one sentence of a few words (a full stop allowed), and the paragraph
 * is longer and ends as a sentence; at least half the instructions end with a full stop or read as a verb then what
 * it acts on ("Buy a booking tool"), not a theme's name; the pairs run to the end of the page, three at least. Each pair is one action:
 * the instruction its title, the paragraph its description.
 */
function readInstructionsOverParagraphs(
  lines: readonly { index: number; text: string }[],
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  for (let start = 0; start <= maxTitleLines && start < lines.length; start++) {
    if (start > 0 && !isHeading(lines[start - 1]!.text)) return null
    const pairs = (lines.length - start) / 2
    if (!Number.isInteger(pairs) || pairs < minPairs) continue
    let paired = true
    let written = 0
    for (let i = start; i < lines.length && paired; i += 2) {
      const action = lines[i]!.text
      const paragraph = lines[i + 1]!.text
      paired =
        isInstructionLine(action) &&
        !isInstructionLine(paragraph) &&
        sentenceEnd.test(paragraph) &&
        paragraph.split(' ').length > action.split(' ').length
      // A sentence of its own, or a verb then what it acts on: an instruction, not a theme's name.
      if (action.endsWith('.') || isInstruction(action)) written++
    }
    if (!paired || written * 2 < pairs) continue
    const first = lines[start]!.index
    const records = []
    const mergedRows: number[] = []
    for (let i = start; i < lines.length; i += 2) {
      records.push({ index: lines[i]!.index, cells: [lines[i]!.text, lines[i + 1]!.text] })
      mergedRows.push(lines[i + 1]!.index + 1)
    }
    return oneColumnRecords(table.slice(0, first), first + 1, ['Action', 'Description'], records, {
      mergedRows,
      skippedRows: [],
      titleEvidence:
        'each short instruction line ("Procure …") over a longer paragraph, with the paragraph as its description',
    })
  }
  return null
}

/** "Procure a portal for the data.": one short sentence opening with a verb. */
function isInstructionLine(text: string): boolean {
  return (
    opensHeading.test(text) &&
    text.split(' ').length <= maxHeadingWords &&
    !innerSentence.test(text) &&
    opensWithVerb(text)
  )
}

function isHeading(text: string): boolean {
  return opensHeading.test(text) && !endsSentence.test(text) && text.split(' ').length <= maxHeadingWords
}

function isSentence(text: string, heading: string): boolean {
  return sentenceEnd.test(text) && text.split(' ').length >= minSentenceWords && text.length > heading.length
}
