import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** A page of items over their dated steps holds at least this many items. */
const minItems = 3

/** Each item is followed by at least this many step lines. */
const minStepsPerItem = 1

/** Together the steps number at least this many times the items: a log, not a list with a date here and there. */
const minStepsPerItemOnAverage = 2

/** An item's name runs over at most this many lines before its first step. */
const maxNameLines = 3

/** An item's name is a line, not a paragraph. */
const maxNameLength = 160

/** A date written in figures, month first or day first, with or without its year: "3/18/21", "12/6". */
const figureDate = /(?:^|[^\d/])\d{1,2}\/\d{1,2}(?:\/(?:\d{4}|\d{2}))?(?![\d/])/

/** A month named before its day or its year: "March 4, 2021", "October 2020". */
const namedDate =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s{1,3}\d{1,4}\b/i

/** A step recorded as an event without its date: "Request received, …", "Approved by the board". */
const eventWords = new Set([
  'adopted',
  'approved',
  'endorsed',
  'forwarded',
  'passed',
  'received',
  'referred',
  'rejected',
  'returned',
  'sent',
  'signed',
  'submitted',
  'tabled',
  'withdrawn',
])

/** A line that is only a state, heading the items below it: "Approved", "Pending", "Completed". */
const stateHeadings: ReadonlyMap<string, string> = new Map([
  ['approved', 'Complete'],
  ['completed', 'Complete'],
  ['complete', 'Complete'],
  ['done', 'Complete'],
  ['pending', ''],
])

/** A step that names the last day for the item: "Review deadline: 4/30/21", "Due: 4/1". */
const deadlineLabel = /^(?:[a-z]{1,20}\s)?(?:deadline|due(?: date)?)\s{0,3}:\s{0,3}(\S.*)$/i

/** A step closed by the word that says the item waits on someone else: "Sent to the Dean … - Pending". */
const pendingAtEnd = /[-–—(]\s{0,3}pending\)?\.?$/i

/** A date the work is to be done by ("… by June 2023"): a target, which makes the line an action, not a step. */
const byDate =
  /\b(?:by|before)\s{1,3}(?:the\s{1,3}end\s{1,3}of\s{1,3})?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i

function isDated(text: string): boolean {
  return (figureDate.test(text) || namedDate.test(text)) && !byDate.test(text)
}

function isEvent(text: string): boolean {
  const words = text.toLowerCase().split(/[\s,.;:]+/, 2)
  return words.some((word) => eventWords.has(word))
}

function isStep(text: string): boolean {
  return isDated(text) || isEvent(text)
}

/** The state a line alone names, or undefined when the line is more than a state. */
function stateHeading(text: string): string | undefined {
  return stateHeadings.get(
    text
      .toLowerCase()
      .replace(/[:.!]$/, '')
      .trim(),
  )
}

interface Item {
  readonly index: number
  readonly name: readonly string[]
  readonly steps: string[]
  readonly state: string
}

/**
 * Reads a one-column page that tracks items of business through their dated steps, as a senate, council or board
 * lists what is pending before it: each item's name on a line of its own (a second or third line continuing it),
 * then short lines each recording one step with its date ("Discussion: March 4, 2021", "Vote: 3/18/21", "ACTION:
 * raised at the 2/11/21 meeting", "Sent to the Dean April 2, 2021 - Pending") or an event without one ("Request
 * received, to be discussed"). A line that is only a state ("Approved") heads the items below it and
 * gives them that state. A step labelled as the deadline ("Review deadline: 4/30/21") gives the item's target;
 * the other step dates record what happened and are kept as its notes. An item whose last dated step closes on
 * "Pending" is in progress. The lines above the first item's name are the page's title rows.
 *
 * Returns null unless the page is one column and holds at least three items, each followed by a step, the steps
 * at least twice as many as the items and most of them dated.
 *
 * @example
 * readDatedStepItems([
 *   ['Pending business'], ['Parking policy'], ['Discussion: 3/4/21'], ['Vote: 3/18/21'],
 *   ['Library hours'], ['Discussion: 3/4/21'], ['Review deadline: 4/30/21'],
 *   ['Travel rules'], ['Discussion: 3/18/21'], ['Sent to the Dean 4/2/21 - Pending'],
 * ])?.rows[3] // ['Library hours', '', '4/30/21', '', 'Discussion: 3/4/21; Review deadline: 4/30/21']
 */
export function readDatedStepItems(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'reject'),
): FlattenedActionTables | null {
  if (lines === null || lines.length < minItems * 2) return null
  const items: Item[] = []
  let run: PageLine[] = []
  let state = ''
  let dated = 0
  let steps = 0
  for (const line of lines) {
    const text = line.text
    const heading = stateHeading(text)
    if (heading !== undefined && run.length === 0) {
      state = heading
      continue
    }
    if (!isStep(text)) {
      if (text.length > maxNameLength) return null
      run.push(line)
      continue
    }
    if (run.length > 0) {
      // Above the first item stand the page's title rows: its name is the line just over its first step.
      const name = items.length === 0 ? run.slice(-1) : run
      if (name.length > maxNameLines) return null
      items.push({ index: name[0]!.index, name: name.map((l) => l.text), steps: [], state })
      run = []
    }
    const item = items.at(-1)
    if (item === undefined) continue
    item.steps.push(text)
    steps++
    if (isDated(text)) dated++
  }
  if (items.length < minItems || steps < items.length * minStepsPerItemOnAverage || dated * 2 <= steps)
    return null
  if (items.some((item) => item.steps.length < minStepsPerItem)) return null
  const records: OneColumnRecord[] = items.map((item) => {
    const deadline = item.steps.map((step) => deadlineLabel.exec(step)?.[1]).find((due) => due !== undefined)
    const lastDated = item.steps.filter(isDated).at(-1) ?? ''
    const status = item.state !== '' ? item.state : pendingAtEnd.test(lastDated) ? 'In progress' : ''
    return {
      index: item.index,
      cells: [item.name[0]!, item.name.slice(1).join('; '), deadline ?? '', status, item.steps.join('; ')],
    }
  })
  const top = items[0]!.index
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Description', 'Target date', 'Status', 'Notes'],
    records,
    {
      mergedRows: [],
      titleEvidence: 'each item\'s name over lines of its dated steps ("Vote: 3/18/21")',
    },
  )
}
