import { NUMBER_WORDS } from '../dates/lexicon'
import { BULLET_LEAD } from './bulletMarks'
import { ROMAN_NUMERAL } from './itemMark'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { statusAtEnd } from './statusAtEnd'

/** A list of steps each marked in brackets holds at least this many. */
const minSteps = 3

/** A stage's name is a short line, not a sentence of the report above it. */
const maxStageNameLength = 80

/** A stage has at least this many tasks under it. */
const minTasks = 2

/**
 * "Stage 1", "Phase two:", "Step 3 – Consultation (Underway)": a stage's label, its number in digits, a number word
 * or a roman numeral, then nothing or its name after a colon, dash or full stop. Bounded runs only.
 */
const stageLabel = new RegExp(
  String.raw`^(?:stage|phase|step)\s{1,3}(\d{1,2}|${ROMAN_NUMERAL}|[a-z]{3,6})(?:\s{0,3}[:.–—-]?$|\s{0,3}[:.–—-]\s{1,3}(\S.*)$)`,
  'i',
)

/** The text and the status of a line closed by a status in brackets ("Preparing the plan (future)"), or null. */
function bracketed(text: string): { text: string; status: string } | null {
  const end = statusAtEnd(text, 'habit')
  return end === null || end.shape !== 'habitBracket' || end.text === ''
    ? null
    : { text: end.text, status: end.status }
}

/** The line without a bullet before it. */
function unbulleted(text: string): string {
  const bullet = BULLET_LEAD.exec(text)
  return bullet === null ? text : text.slice(bullet[0].length)
}

/** A stage label's name ('' when the label stands alone), or null when the line is no stage label. */
function stageLabelOf(text: string): string | null {
  const label = stageLabel.exec(text)
  if (label === null) return null
  const number = label[1]!.toLowerCase()
  if (/^[a-z]+$/.test(number) && !/^[ivx]+$/.test(number) && !NUMBER_WORDS.has(number)) return null
  return label[2] ?? ''
}

/**
 * Reads a one-column page whose steps each close on their state in brackets, as neighbourhood plans, project pages
 * and community groups report the key steps of a plan ("Approve the plan and tell the village (complete)", "Survey
 * every household (underway)", "Write the draft plan (future)"): from the first such line to the end of the page,
 * each line is a step, its status the words in the brackets ("future", "next" and "later" are not started). Lines
 * above the first step are the title rows; the first line of a page that opens with a step is a step too.
 *
 * Or a project plan laid out in stages ("Stage 1" alone on its line, then the stage's name with its state in
 * brackets, "Getting started (Complete)", then the stage's tasks, one a line): each task is an action with its
 * stage's status (or its own, closing it in brackets), the stage's name its section; the lines above the first stage
 * are the plan's introduction. The label may carry the name ("Phase 2: Consultation (Underway)").
 *
 * Returns null unless the page is one column and holds at least three steps, every line from the first to the end
 * closed by a status in brackets; or at least one stage whose name carries such a status, each stage over at least
 * two tasks.
 *
 * @example
 * readBracketedStatusSteps([
 *   ['Form the committee (complete)'], ['Survey the parish (underway)'], ['Write the draft (future)'],
 * ])?.rows[2] // ['Survey the parish', 'underway']
 */
export function readBracketedStatusSteps(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null || lines.length === 0) return null
  return readStages(table, lines) ?? readSteps(table, lines)
}

/** Every line from the first closed by a status in brackets to the end of the page: one step each. */
function readSteps(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[],
): FlattenedActionTables | null {
  const first = lines.findIndex((line) => bracketed(unbulleted(line.text)) !== null)
  if (first < 0 || lines.length - first < minSteps) return null
  const records: OneColumnRecord[] = []
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!
    const step = bracketed(unbulleted(line.text))
    if (step === null) return null
    records.push({ index: line.index, cells: [step.text, step.status] })
  }
  const top = lines[first]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Status'], records, {
    mergedRows: [],
    titleEvidence: 'each line closed by its status in brackets ("… (underway)")',
  })
}

/** Stage labels, each with the stage's name and its status in brackets, over the stage's tasks. */
function readStages(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[],
): FlattenedActionTables | null {
  const first = lines.findIndex((line) => stageLabelOf(line.text) !== null)
  if (first < 0) return null
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  let stage = ''
  let status = ''
  let marked = 0
  let tasks = minTasks
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!
    const named = stageLabelOf(line.text)
    if (named !== null) {
      if (tasks < minTasks) return null
      sectionRows.push(line.index + 1)
      let name = named
      if (name === '') {
        const next = lines[i + 1]
        if (next === undefined || stageLabelOf(next.text) !== null) return null
        name = next.text
        sectionRows.push(next.index + 1)
        i++
      }
      if (name.length > maxStageNameLength) return null
      const said = bracketed(name)
      stage = said?.text ?? name
      status = said?.status ?? ''
      if (said !== null) marked++
      tasks = 0
      continue
    }
    const text = unbulleted(line.text)
    const own = bracketed(text)
    records.push({ index: line.index, cells: [own?.text ?? text, own?.status ?? status, stage] })
    tasks++
  }
  if (tasks < minTasks || marked === 0) return null
  const top = lines[first]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Status', 'Section'], records, {
    mergedRows: [],
    sectionRows,
    titleEvidence:
      'each task under a stage whose name closes on its status in brackets ("Getting started (Complete)")',
  })
}
