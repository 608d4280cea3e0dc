import { BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { oneColumnRecords, type OneColumnRecord, pageLines } from './oneColumnRecords'
import { peelRef } from './peelRef'
import { runOnListItems } from './runOnListItems'
import { type ProseStep, type StepState, splitSentences } from './proseStep'
import { stepsReportedInSentence } from './stepsReportedInSentence'

/** "Since then we have:", "we have also:": a lead-in over a list of work done. */
const listLeadIn = /\bwe(?: have|’ve|'ve)(?: also)?(?: done the following)?:\s/i
/** A heading names its group or topic in a few words and ends without a sentence's punctuation. */
const maxHeadingWords = 10
const endsSentence = /[.:;!?]["'”)]?$/
const bullet = new RegExp(`^[${BULLET_MARKS}]\\s`)
/** At least this many steps reported done or under way make a page that reports its progress. */
const minReported = 2
/** And at least this many steps in all. */
const minSteps = 3
/** "In 2021, we published …" holds at most this many steps in one sentence. */
const maxStepsPerSentence = 12

const statusText: Record<StepState, string> = {
  done: 'Complete',
  'under-way': 'In progress',
  planned: '',
}

/**
 * Reads a page of prose that reports a plan's progress in sentences, as news items, staff blogs, charter renewal
 * pages and committee pages do: a careful reader takes each step of work the sentences report or promise as an
 * action, and where it stands from the tense (`stepsReportedInSentence`): "We have held two seminars" and "the
 * establishment of our Peer College" are done, "We are currently holding an exhibition" and "a briefing is being
 * piloted" under way, "This Group will produce the annual report" promised (owned by the group the heading above
 * names). A lead-in "Since then we have:" over a list whose line breaks were lost gives each of its items
 * (`runOnListItems`), done, or under way when part is still to come ("(to be arranged later this Term)").
 * Headings, bullets (aims a lead-in lists, not work) and sentences of context are left out as skipped rows.
 * Returns null unless the page is one column with no numbered line, and its sentences report at least two steps
 * done or under way and three steps in all. Each action keeps its sentence as its description, unless the sentence
 * holds several steps and a year (the year is one step's, not all); a step done "in 2021" gets the status
 * "Completed in 2021", which dates its finish.
 *
 * @example
 * readReportedSteps([
 *   ['Our progress'],
 *   ['Since the last review we have: Set up a staff network; Published our pay gap report'],
 *   ['We are currently running a mentoring scheme for new staff across the faculty.'],
 * ])?.rows.slice(2).map((row) => row[0])
 * // ['Set up a staff network', 'Published our pay gap report', 'Running a mentoring scheme for new staff across the faculty']
 */
export function readReportedSteps(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const lines = pageLines(table)
  if (lines === null) return null
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
    if (bullet.test(text)) continue
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
