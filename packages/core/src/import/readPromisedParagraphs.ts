import type { FlattenedActionTables } from './flattenActionTables'
import { oneColumnRecords, type OneColumnRecord, type PageLine, pageLines } from './oneColumnRecords'
import { splitSentences } from './proseStep'
import { BULLET_MARK, ITEM_LETTER, ITEM_NUMBER } from './itemMark'

/** A line of at least this many words is a paragraph of prose, not a heading. */
const paragraphWords = 12
/** A heading names its theme in a few words and ends without a sentence's punctuation. */
const maxHeadingWords = 8
const endsSentence = /[.:;!?]["'”)]?$/
/** At least this many paragraphs must each make a promise for the page to be a plan told in promises. */
const minParagraphs = 3
/** "1.", "2)", "a.", "•": a line that opens as a list's item. */
const listItem = new RegExp(`^(?:${BULLET_MARK}|\\(?(?:${ITEM_NUMBER}|${ITEM_LETTER})[.)])\\s`, 'i')
/** "We will", opening the sentence or after its lead clause ("Through a review …, we will"). */
const opensPromise = /^we will /i
const leadPromise = ', we will '
/** "also ", "further ": an adverb between "will" and the promised verb. */
const alsoLead = /^(?:also|further|additionally) /
/** A second verb of the same promise: "… and will create …" reads "… and create …". */
const repeatedWill = / and will (?=[a-z])/g

/**
 * Reads a one-column page that states its plan as paragraphs of promises in the first person ("We will implement
 * ongoing programmes …", "Through a review of sickness absence, we will reduce absence levels …"), as strategic
 * plans, charter pages and wellbeing strategies of many universities do: a short heading naming the objective or
 * theme, an objective sentence, then a paragraph per commitment. A careful reader takes each "we will" sentence as
 * one action titled from its verb ("Implement ongoing programmes …"): a paragraph with two such sentences holds two
 * commitments, and "We will continue X and will create Y" is one promise of two verbs ("Continue X and create Y").
 * A sentence around the promise ("We recognise the benefits of …") is context, not an action: each action keeps
 * its whole paragraph as its description; a short heading between paragraphs is a section row. The lines above the first
 * such paragraph stay title rows (the objective's code heading and sentence); a heading
 * after the last ("Key Performance Indicators" over numbered measures) ends the actions and the lines from it are
 * left out. Returns null unless at least three paragraphs each make a promise and every line between the first and
 * the last of them is such a paragraph or a short heading.
 *
 * @example
 * readPromisedParagraphs([
 *   ['Wellbeing'],
 *   ['We will run a programme of events that encourage staff to look after their own health and wellbeing.'],
 *   ['We will keep health and safety a priority across every site and will publish a strategy for it.'],
 *   ['Through a review of how absence is managed, we will reduce absence levels across every faculty.'],
 * ])?.rows[3] // ['Keep health and safety a priority across every site and publish a strategy for it', 'We will keep health …']
 */
export function readPromisedParagraphs(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  // A numbered or bulleted line is an item of a list (its own layout), never a paragraph of promises.
  const promising = lines.map((line) =>
    line.text.split(' ').length >= paragraphWords && !listItem.test(line.text) ? promisesIn(line.text) : [],
  )
  const first = promising.findIndex((promises) => promises.length > 0)
  if (first < 0) return null
  let last = first
  for (let i = first; i < lines.length; i++) {
    if (promising[i]!.length > 0) last = i
    else if (!isHeading(lines[i]!.text)) break
  }
  if (promising.slice(first, last + 1).filter((promises) => promises.length > 0).length < minParagraphs)
    return null
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  for (let i = first; i <= last; i++) {
    const line = lines[i]!
    if (promising[i]!.length === 0) {
      sectionRows.push(line.index + 1)
      continue
    }
    for (const title of promising[i]!) records.push({ index: line.index, cells: [title, line.text] })
  }
  const top = lines[first]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Description'], records, {
    mergedRows: [],
    sectionRows,
    skippedRows: lines.slice(last + 1).map((line) => line.index + 1),
    titleEvidence:
      'each "we will …" sentence of the paragraphs of promises, one action a promise, titled from its verb',
  })
}

/** The promises of one paragraph: each "we will" sentence, titled from the verb after "will". */
function promisesIn(paragraph: string): string[] {
  const promises: string[] = []
  // The paragraph's spaces are single (pageLines collapses them), so each split point is one space: linear.
  for (const sentence of splitSentences(paragraph)) {
    let start = -1
    if (opensPromise.test(sentence)) start = 'we will '.length
    else {
      const at = sentence.toLowerCase().indexOf(leadPromise)
      if (at >= 0) start = at + leadPromise.length
    }
    if (start < 0) continue
    // "We will also introduce …": the adverb belongs to the sentence, not the action's title.
    const promise = trimSentenceEnd(sentence.slice(start).replace(alsoLead, '')).replace(
      repeatedWill,
      ' and ',
    )
    if (promise.includes(' ')) promises.push(promise.charAt(0).toUpperCase() + promise.slice(1))
  }
  return promises
}

function isHeading(text: string): boolean {
  return text.split(' ').length <= maxHeadingWords && !endsSentence.test(text) && !/^\d/.test(text)
}

/** The sentence without its closing full stop (a loop, not an end-anchored regex over a long run). */
function trimSentenceEnd(text: string): string {
  let end = text.length
  while (end > 0 && '.!?'.includes(text[end - 1]!)) end--
  return text.slice(0, end)
}
