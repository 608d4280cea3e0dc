import { lookupMonth } from '../dates/lexicon'
import { BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { peelRef } from './peelRef'
import { type ProseStep, type StepState, splitSentences } from './proseStep'
import { runOnListItems } from './runOnListItems'
import { stepsReportedInSentence } from './stepsReportedInSentence'
import { stepsToldInSentence } from './stepsToldInSentence'

const bulletOrNumber = new RegExp(`^[${BULLET_MARKS}]\\s`)
/** A page telling fewer steps than this is prose about something else (an award, a person, a value). */
const minSteps = 3
const statusText: Record<StepState, string> = { done: 'Complete', 'under-way': 'In progress', planned: '' }

// Form 1: a progress report.
/** "Since then we have:", "we have also:": a lead-in over a list of work done. */
const listLeadIn = /\bwe(?: have|’ve|'ve)(?: also)?(?: done the following)?:\s/i
/** A heading names its group or topic in a few words and ends without a sentence's punctuation. */
const maxHeadingWords = 10
const endsSentence = /[.:;!?]["'”)]?$/
/** At least this many steps reported done or under way make a page that reports its progress. */
const minReported = 2
/** "In 2021, we published …" holds at most this many steps in one sentence. */
const maxStepsPerSentence = 12

// Form 2: news prose.
/** A line of at least this many words is a paragraph of prose, not a title, a caption or a heading. */
const proseWords = 12
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

/**
 * Reads a page of prose that tells its plan as steps in sentences, each standing where its verb's tense puts it:
 * news items, staff blogs, charter renewal and committee pages, institute news and "next steps" articles. A page
 * is read in one of two forms, the first that reads it winning:
 *
 * 1. A progress report (`stepsReportedInSentence`): "We have held two seminars" and "the establishment of our Peer
 *    College" are done, "We are currently holding an exhibition" and "a briefing is being piloted" under way,
 *    "This Group will produce the annual report" promised (owned by the group the heading above names). A lead-in
 *    "Since then we have:" over a list whose line breaks were lost gives each of its items (`runOnListItems`),
 *    done, or under way when part is still to come ("(to be arranged later this Term)"). Headings, bullets (aims a
 *    lead-in lists, not work) and sentences of context are left out as skipped rows. Read unless the page has a
 *    numbered line, or its sentences report fewer than two steps done or under way or three steps in all. Each
 *    action keeps its sentence as its description, unless the sentence holds several steps and a year (the year is
 *    one step's, not all); a step done "in 2021" gets the status "Completed in 2021", which dates its finish.
 * 2. News prose (`stepsToldInSentence`): "We have moved to …" (complete), "we are monitoring …", "the
 *    Self-Assessment Team are building …" (in progress, owned by the team), "The Institute will be working with …",
 *    "it pledges to reassess …", "commitments including taking …; promoting …; and committing …" (planned, no
 *    status: a promise says what is planned, not that it has not begun). A step dated by a day with no year ("began
 *    with a launch event on 19 January") takes its year from the page's date line ("27 January 2023"): the latest
 *    such day not after it for a step done, the first not before it for a step planned. Every other paragraph
 *    (context, quotes, a call to readers) is a skipped row. A page whose last line stops mid-sentence was cut
 *    short: the step its last sentence tells is left out. Read unless the page has a bullet or numbered line or no
 *    line of twelve words or more, or its sentences tell fewer than three steps. Each step keeps its sentence as
 *    its description, and its target is the date its own title names, never one its sentence names for something
 *    else ("instead of our previous goal of cutting emissions by 33% by 2021, we are now committed to …").
 *
 * Returns null unless the page is one column (one text a line) and one of the forms reads it.
 *
 * @example
 * readStepsToldInProse([
 *   ['Our progress'],
 *   ['Since the last review we have: Set up a staff network; Published our pay gap report'],
 *   ['We are currently running a mentoring scheme for new staff across the faculty.'],
 * ])?.rows.slice(2).map((row) => row[0])
 * // ['Set up a staff network', 'Published our pay gap report', 'Running a mentoring scheme for new staff across the faculty']
 *
 * readStepsToldInProse([
 *   ['Library news'],
 *   ['We have moved the help desk to the ground floor, and we are training staff in the new catalogue.'],
 *   ['The Library will be working with students to plan a quiet floor by 2026.'],
 * ])?.rows.slice(1, 3)
 * // [['Action', 'Description', 'Lead', 'Status', 'Target'],
 * //  ['moved the help desk to the ground floor', 'We have moved …', '', 'Complete', '']]
 */
export function readStepsToldInProse(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  return readReportForm(table, lines) ?? readNewsForm(table, lines)
}

/** A page that reports its progress in sentences (form 1 above). */
function readReportForm(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[],
): FlattenedActionTables | null {
  const records: OneColumnRecord[] = []
  const used = new Set<number>()
  let heading = ''
  let reported = 0
  const add = (index: number, found: readonly ProseStep[], sentence: string): void => {
    for (const step of found.slice(0, maxStepsPerSentence)) {
      // "This Group will …": the group the heading above names.
      const owner =
        step.bodyNamedAbove !== undefined && heading.toLowerCase().endsWith(step.bodyNamedAbove)
          ? heading
          : step.owner
      // A date the sentence gives one of its steps is not the others': with several steps, only a step's own
      // words (its title) can date it.
      const description = found.length > 1 && /\b(?:19|20)\d\d\b/.test(sentence) ? '' : sentence
      // "In 2021, we published …": done in that year, a finish the status gives.
      const status = step.doneIn === undefined ? statusText[step.state] : `Completed ${step.doneIn}`
      records.push({ index, cells: [step.title, description, owner ?? '', status] })
      if (step.state !== 'planned') reported++
      used.add(index)
    }
  }
  for (const { index, text } of lines) {
    if (peelRef(text) !== null) return null
    if (bulletOrNumber.test(text)) continue
    if (text.split(' ').length <= maxHeadingWords && !endsSentence.test(text)) {
      heading = text
      continue
    }
    const leadIn = listLeadIn.exec(text)
    const list = leadIn === null ? null : runOnListItems(text.slice(leadIn.index + leadIn[0].length))
    const before = leadIn === null || list === null ? text : text.slice(0, leadIn.index)
    // The sentences before a lead-in are context (why the work was done), not its steps.
    if (list === null)
      for (const sentence of splitSentences(before)) add(index, stepsReportedInSentence(sentence), sentence)
    else {
      for (const item of list.items) {
        const partLeft = /\((?:to be|still to|yet to)\b/i.test(item)
        add(index, [{ title: item, state: partLeft ? 'under-way' : 'done', owner: null }], item)
      }
      for (const sentence of splitSentences(list.rest))
        add(index, stepsReportedInSentence(sentence), sentence)
    }
  }
  if (reported < minReported || records.length < minSteps) return null
  const top = records[0]!.index
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Description', 'Lead', 'Status'],
    records,
    {
      mergedRows: [],
      skippedRows: lines.filter(({ index }) => index > top && !used.has(index)).map(({ index }) => index + 1),
      titleEvidence:
        'each step of work the sentences of the prose report or promise ("We have held …", "the establishment of …", "We are currently …", "… is being piloted", "This Group will …"), its status read from the tense',
    },
  )
}

/** A page of news prose that tells its steps in sentences (form 2 above). */
function readNewsForm(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[],
): FlattenedActionTables | null {
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
  const told = new Set(found.map(({ index }) => index))
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Description', 'Lead', 'Status', 'Target'],
    found.map(({ index, sentence, title, state, owner }) => ({
      index,
      cells: [title, sentence, owner ?? '', statusText[state], targetOf(title, state, pageDate)],
    })),
    {
      mergedRows: [],
      skippedRows: lines.filter(({ index }) => index > top && !told.has(index)).map(({ index }) => index + 1),
      titleEvidence:
        'the steps the sentences of the prose tell, each titled from its verb and given the status its tense says ("we have …" complete, "we are …ing" in progress, "will be …ing", "pledges to" planned)',
    },
  )
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
