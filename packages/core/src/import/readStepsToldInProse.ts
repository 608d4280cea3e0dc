import { lookupMonth } from '../dates/lexicon'
import { BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { pageLines } from './oneColumnRecords'
import { peelRef } from './peelRef'
import { type StepState, splitSentences } from './proseStep'
import { stepsToldInSentence } from './stepsToldInSentence'

/** A line of at least this many words is a paragraph of prose, not a title, a caption or a heading. */
const proseWords = 12
/** A page telling fewer steps than this is prose about something else (an award, a person, a value). */
const minSteps = 3

const bulletOrNumber = new RegExp(`^[${BULLET_MARKS}]\\s`)
/** "27 January 2023", "January 27, 2023": a page's date line, alone on its line. */
const dayMonthYear = /^(\d{1,2})(?:st|nd|rd|th)?\s([A-Za-z]{3,9})\s((?:19|20)\d\d)$/
const monthDayYear = /^([A-Za-z]{3,9})\s(\d{1,2})(?:st|nd|rd|th)?,?\s((?:19|20)\d\d)$/
/** A date phrase in a step's title: "by 2030", "in July 2023", "on 19 January 2023". */
const datePhrase =
  /\b(?:by|in|on|before|from|until|during)\s(?:the\send\sof\s)?(?:\d{1,2}(?:st|nd|rd|th)?\s)?(?:[A-Z][a-z]{2,8}\s)?(?:19|20)\d\d\b/
/** "on 19 January" with no year: the year comes from the page's date line. */
const dayMonth = /\bon\s(\d{1,2})(?:st|nd|rd|th)?\s([A-Z][a-z]{2,8})\b(?!\s(?:19|20)\d\d)/

/** A line that ends a sentence: a full stop, "!" or "?", a closing quote or bracket after it allowed. */
const closesSentence = /[.!?]["'”’)]?$/

const statusWords: Record<StepState, string> = { done: 'Complete', 'under-way': 'In progress', planned: '' }

/**
 * Reads a page of news or report prose that tells its plan as steps in sentences, each standing where its verb's
 * tense puts it (`stepsToldInSentence`): "We have moved to …" (complete), "we are monitoring …", "the
 * Self-Assessment Team are building …" (in progress, owned by the team), "The Institute will be working with …",
 * "it pledges to reassess …", "commitments including taking …; promoting …; and committing …" (planned, no status:
 * a promise says what is planned, not that it has not begun). University and institute news pages, award pages
 * and "next steps" articles are written so. A step dated by a day with no year ("began with a launch event on 19
 * January") takes its year from the page's date line ("27 January 2023"): the latest such day not after it for a
 * step done, the first not before it for a step planned. Every other paragraph (context, quotes, a call to
 * readers) is a skipped row.
 *
 * A page whose last line stops mid-sentence was cut short: the step its last sentence tells is left out.
 *
 * Returns null unless the page is prose only (one text a line, no bullet or numbered line, at least one line of
 * twelve words or more) and its sentences tell three steps or more. Each step keeps the sentence it came from as
 * its description, and its target is the date its own title names, never one its sentence names for something
 * else ("instead of our previous goal of cutting emissions by 33% by 2021, we are now committed to …").
 *
 * @example
 * readStepsToldInProse([
 *   ['Library news'],
 *   ['We have moved the help desk to the ground floor, and we are training staff in the new catalogue.'],
 *   ['The Library will be working with students to plan a quiet floor by 2026.'],
 * ])?.rows.slice(1, 3)
 * // [['Action', 'Description', 'Lead', 'Status', 'Target'],
 * //  ['moved the help desk to the ground floor', 'We have moved …', '', 'Complete', '']]
 */
export function readStepsToldInProse(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const lines = pageLines(table)
  if (lines === null) return null
  // A date line ("27 January 2023") opens with a number but numbers nothing.
  const listLine = (text: string): boolean =>
    bulletOrNumber.test(text) || (peelRef(text) !== null && readDateLine(text) === null)
  if (lines.some(({ text }) => listLine(text))) return null
  if (!lines.some(({ text }) => text.split(' ').length >= proseWords)) return null
  let pageDate: { year: number; month: number; day: number } | null = null
  const found: { index: number; sentence: string; title: string; state: StepState; owner: string | null }[] =
    []
  const last = lines.at(-1)!
  for (const line of lines) {
    const { index, text } = line
    pageDate ??= readDateLine(text)
    const sentences = splitSentences(text)
    // A page whose last line stops mid-sentence ("… and is developing a Staff Mental Hea") was cut short: the
    // step its last sentence tells is cut too, and left out.
    if (line === last && !closesSentence.test(text)) sentences.pop()
    for (const sentence of sentences) {
      for (const step of stepsToldInSentence(sentence)) found.push({ index, sentence, ...step })
    }
  }
  if (found.length < minSteps) return null
  const top = found[0]!.index
  const rows: string[][] = table.slice(0, top).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  rows.push(['Action', 'Description', 'Lead', 'Status', 'Target'])
  sourceRows.push(top + 1)
  for (const { index, sentence, title, state, owner } of found) {
    rows.push([title, sentence, owner ?? '', statusWords[state], targetOf(title, state, pageDate)])
    sourceRows.push(index + 1)
  }
  const told = new Set(found.map(({ index }) => index))
  const skippedRows = lines
    .filter(({ index }) => index > top && !told.has(index))
    .map(({ index }) => index + 1)
  return {
    rows,
    headerRow: top + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows: [],
    skippedRows,
    titleEvidence:
      'the steps the sentences of the prose tell, each titled from its verb and given the status its tense says ("we have …" complete, "we are …ing" in progress, "will be …ing", "pledges to" planned)',
  }
}

/** "27 January 2023" alone on its line: the page's date. */
function readDateLine(text: string): { year: number; month: number; day: number } | null {
  if (text.length > 20) return null
  const dm = dayMonthYear.exec(text)
  const md = dm === null ? monthDayYear.exec(text) : null
  const [day, month, year] = dm !== null ? [dm[1], dm[2], dm[3]] : md !== null ? [md[2], md[1], md[3]] : []
  if (day === undefined || month === undefined || year === undefined) return null
  const found = lookupMonth(month.toLowerCase(), false)
  return found === null ? null : { year: Number(year), month: found.month, day: Number(day) }
}

/** The date phrase a step's own title names, a day with no year given the year the page's date implies. */
function targetOf(
  title: string,
  state: StepState,
  pageDate: { year: number; month: number; day: number } | null,
): string {
  const dated = datePhrase.exec(title)
  if (dated !== null) return dated[0]
  const day = dayMonth.exec(title)
  if (day === null || pageDate === null) return ''
  const month = lookupMonth(day[2]!.toLowerCase(), false)
  if (month === null) return ''
  const after = month.month * 100 + Number(day[1]) > pageDate.month * 100 + pageDate.day
  const before = month.month * 100 + Number(day[1]) < pageDate.month * 100 + pageDate.day
  // A step done on a day after the page's date was done the year before; one planned before it, the year after.
  const year =
    state === 'done' && after
      ? pageDate.year - 1
      : state !== 'done' && before
        ? pageDate.year + 1
        : pageDate.year
  return `${day[0]} ${year}`
}
