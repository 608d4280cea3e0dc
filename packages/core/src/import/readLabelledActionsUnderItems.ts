import { oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import type { FlattenedActionTables } from './flattenActionTables'
import { peelRef } from './peelRef'
import { openingOf } from './verbLedLinesUnderHeadings'

// "ACTION: RPM will …", "Our response: We will …", "Agreed action - …": a label that says the line is what will be
// done, then its text. Literal words, one bounded run of blanks each: linear on any line.
const actionLabel =
  /^(?:(?:our|agreed|proposed)\s{1,3})?(?:actions?|response|actions? taken|actions? to be taken)\s{0,3}[:–—-]\s{0,4}(?=\S)/i
/** At least this many numbered items, each over its action line, make the layout. */
const minRecords = 2
/** "recommendations", "Recommendation": the page's opening names what its numbered items are. */
const namesRecommendations = /\brecommendations?\b/i
/** An answer line longer than this is a paragraph, not the agreed action. */
const maxAnswerWords = 40

/** "Use the remaining fund …", "Ensure the final project …": an unlabelled answer opens with an instruction's verb. */
function readsAsAnswer(text: string): boolean {
  return text.split(' ', maxAnswerWords + 1).length <= maxAnswerWords && openingOf(text) !== null
}

/**
 * Reads a one-column page of numbered items each answered by a line labelled as the action ("1. Museums should
 * share practice …" then "ACTION: We will set up a shared page …"), as a plan that answers a funder's or a review's
 * recommendations lays them out: the labelled line is the action (its label dropped), the number of the item above
 * it its ref, and the item itself (what was asked) its description. Unlabelled, unnumbered lines after an action go on with it; a numbered item with no action line under it breaks the layout.
 * The lines above the first numbered item are the title rows. Returns null unless at least two numbered items each
 * stand directly over an action line, and every line of the page is the one cell of its row.
 *
 * @example
 * readLabelledActionsUnderItems([
 *   ['Response to the review'], ['1. Share practice'], ['ACTION: Set up a page'], ['2. Train boards'],
 *   ['ACTION: Run a course'],
 * ])?.rows[2] // ['Run a course', '2', 'Train boards']
 */
export function readLabelledActionsUnderItems(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const labelled = lines.map(({ text }) => actionLabel.exec(text))
  // With no action line, only a page that says its items are recommendations can answer them unlabelled: the
  // items are numbered (every line peeled) only when one of the two readings can follow.
  if (!labelled.some((label) => label !== null) && !lines.some(({ text }) => namesRecommendations.test(text)))
    return null
  const items = lines.map(({ text }, at) => (labelled[at] === null ? peelRef(text) : null))
  const first = items.findIndex((item, at) => item !== null && labelled[at + 1] !== null)
  if (first < 0) return readUnlabelledAnswers(table, lines, items)

  const records: { index: number; ref: string; asked: string; action: string[] }[] = []
  const mergedRows: number[] = []
  for (let at = first; at < lines.length; at++) {
    const item = items[at]
    const answer = labelled[at + 1]
    if (item !== null && item !== undefined && answer !== null && answer !== undefined) {
      const text = lines[at + 1]!.text.slice(answer[0].length)
      records.push({ index: lines[at]!.index, ref: item.ref, asked: item.rest, action: [text] })
      mergedRows.push(lines[at + 1]!.index + 1)
      at++
    } else if (labelled[at] === null && items[at] === null && records.length > 0) {
      records.at(-1)!.action.push(lines[at]!.text)
      mergedRows.push(lines[at]!.index + 1)
    } else return null
  }
  if (records.length < minRecords) return null

  const top = records[0]!.index
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Ref', 'Description'],
    records.map((record) => ({
      index: record.index,
      cells: [record.action.join('\n'), record.ref, record.asked],
    })),
    {
      mergedRows,
      titleEvidence:
        'the line labelled as the action ("ACTION: …") under each numbered item; the item\'s number its ref, its text the description',
    },
  )
}

/**
 * The same page with its answers unlabelled, as a funder's review answered point by point lays it out: the
 * opening lines say the numbered items are recommendations ("The panel's recommendations are numbered, each
 * followed by the action agreed …"), and under each numbered recommendation come the agreed action, a line opening
 * with an instruction's verb ("Use the remaining fund for …"), then one paragraph or more on its progress. The
 * answer is the action, the number its ref, the recommendation its description and the paragraphs its progress.
 * Returns null unless at least two numbered items each stand over such an answer and a paragraph, and nothing but
 * paragraphs follows an answer.
 */
function readUnlabelledAnswers(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[],
  items: readonly (ReturnType<typeof peelRef> | null)[],
): FlattenedActionTables | null {
  const first = items.findIndex(
    (item, at) => item !== null && items[at + 1] === null && readsAsAnswer(lines[at + 1]?.text ?? ''),
  )
  if (first < 0 || !lines.slice(0, first).some(({ text }) => namesRecommendations.test(text))) return null
  const records: { index: number; ref: string; asked: string; action: string; progress: string[] }[] = []
  const mergedRows: number[] = []
  for (let at = first; at < lines.length; at++) {
    const item = items[at]
    if (item !== null && item !== undefined) {
      const answer = lines[at + 1]
      if (answer === undefined || items[at + 1] !== null || !readsAsAnswer(answer.text)) return null
      if (records.length > 0 && records.at(-1)!.progress.length === 0) return null
      records.push({
        index: lines[at]!.index,
        ref: item.ref,
        asked: item.rest,
        action: answer.text,
        progress: [],
      })
      mergedRows.push(answer.index + 1)
      at++
    } else {
      records.at(-1)!.progress.push(lines[at]!.text)
      mergedRows.push(lines[at]!.index + 1)
    }
  }
  if (records.length < minRecords || records.at(-1)!.progress.length === 0) return null

  const top = records[0]!.index
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Ref', 'Description', 'Progress'],
    records.map((record) => ({
      index: record.index,
      cells: [record.action, record.ref, record.asked, record.progress.join('\n')],
    })),
    {
      mergedRows,
      titleEvidence:
        "the line under each numbered recommendation, opening with a verb; the item's number its ref, its text the description, the paragraphs below its progress",
    },
  )
}
