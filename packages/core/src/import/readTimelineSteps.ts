import { parseTargetDate } from '../dates/parseTargetDate'
import { BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { oneColumnRecords, type OneColumnRecord, type PageLine, pageLines } from './oneColumnRecords'
import { periodInHeadingBrackets } from './periodInHeadingBrackets'
import { isDatedPeriod } from './headingPeriod'
import { isDateAlone } from './isDateAlone'
import { parseStatus } from '../status/parseStatus'

/**
 * "• Timeline item 3 - complete", "Stage 2 – current", "Step 4: upcoming": a marker line of a project timeline, as
 * consultation sites print each step: a label of one to three words, the step's number, a dash or colon, and the
 * step's state in one or two words.
 */
const markerLine = new RegExp(
  `^(?:[${BULLET_MARKS}]\\s{1,8})?((?:[A-Za-z]{1,20}\\s){1,3})(\\d{1,3})\\s{0,3}[-–—:]\\s{0,3}([A-Za-z]{1,20}(?:\\s[A-Za-z]{1,20})?)$`,
)
/** How a timeline names its steps' states, and the status each is (a step "active" now is under way; one
 * "incomplete" or "upcoming" on a timeline has not been reached yet). */
const stepStates: Readonly<Record<string, string>> = {
  complete: 'Complete',
  completed: 'Complete',
  done: 'Complete',
  finished: 'Complete',
  active: 'In progress',
  current: 'In progress',
  'in progress': 'In progress',
  underway: 'In progress',
  incomplete: 'Not started',
  upcoming: 'Not started',
  future: 'Not started',
  next: 'Not started',
  pending: 'Not started',
  planned: 'Not started',
  'not started': 'Not started',
}
/** The step's period in brackets at the end of its title: "Finalise the plan (March - August 2021)". */
const trailingPeriod = /\s\(([^()]{1,60})\)$/
/** At least this many steps make a timeline. */
const minSteps = 2

interface Step {
  readonly index: number
  readonly ref: string
  readonly status: string
  readonly lines: string[]
}

/**
 * Reads a project timeline printed in one column, as consultation and engagement sites show a plan's steps: each
 * step a marker line that numbers it and gives its state ("• Timeline item 2 - complete", "Stage 3 – active"),
 * then the step's title, then a line or two describing it. A careful reader takes each step as an action: the
 * number is its ref, the state its status ("active" is under way, "upcoming" or "incomplete" not reached yet),
 * the period in brackets closing the title ("(March - August 2021)") its target; a step whose title gives no
 * period takes the date its description names ("… at Council on Monday 27 September 2021"). The lines above the
 * first marker are the page's title.
 *
 * The markers must share one label, number the steps 1, 2, 3 … in order, and there must be at least two, each
 * followed by a title line. Returns null for any other layout.
 *
 * @example
 * readTimelineSteps([
 *   ['Timeline'], ['Stage 1 - complete'], ['Survey the members (2024)'],
 *   ['Stage 2 - active'], ['Publish the plan (Spring 2025)'], ['The draft goes to the board first.'],
 * ])?.rows[3] // ['Publish the plan', '2', 'Spring 2025', 'In progress', 'The draft goes to the board first.']
 */
export function readTimelineSteps(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  return (
    readMarkedSteps(table, lines) ??
    readDatedPhaseHeadings(table, lines) ??
    readStagesClosedByDates(table, lines)
  )
}

function readMarkedSteps(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[],
): FlattenedActionTables | null {
  const steps: Step[] = []
  let label: string | null = null
  for (const line of lines) {
    const marker = markerLine.exec(line.text)
    const state = marker === null ? undefined : stepStates[marker[3]!.toLowerCase()]
    if (marker === null || state === undefined) {
      steps.at(-1)?.lines.push(line.text)
      continue
    }
    const markerLabel = marker[1]!.trim().toLowerCase()
    if (Number(marker[2]) !== steps.length + 1 || (label !== null && markerLabel !== label)) return null
    label = markerLabel
    steps.push({ index: line.index, ref: marker[2]!, status: state, lines: [] })
  }
  if (steps.length < minSteps || steps.some((step) => step.lines.length === 0)) return null

  const records: OneColumnRecord[] = steps.map((step) => {
    const [heading, ...description] = step.lines as [string, ...string[]]
    const period = trailingPeriod.exec(heading)
    const dated = period !== null && parseTargetDate(period[1]!).due !== null
    const title = dated ? heading.slice(0, period.index) : heading
    const about = description.join('\n')
    // Without a period of its own, the step is dated by the day its description names, when it names one.
    const named = !dated && about !== '' && isDated(about) ? about : ''
    return { index: step.index, cells: [title, step.ref, dated ? period[1]! : named, step.status, about] }
  })
  const top = steps[0]!.index
  const placed = new Set(steps.map((step) => step.index))
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Ref', 'Target', 'Status', 'Description'],
    records,
    {
      mergedRows: lines
        .filter((line) => line.index > top && !placed.has(line.index))
        .map((line) => line.index + 1),
      titleEvidence:
        'the steps of a one-column timeline: each a numbered marker line with its state ("Step 2 - active"), then its title and description',
    },
  )
}

/**
 * "Discovery Phase (February-March 2022)", "Pilot in two wards (Spring 2025)": a step's name of at most
 * {@link maxPhaseWords} words, no sentence in it (a dot only inside a number, "Stage 1.2"), then its period in
 * brackets closing the line. Bounded, anchored.
 */
const phaseHeading = /^([A-Z0-9](?:[^().:;!?]|\.(?=\d)){1,60}?)\s{1,3}\(([^()]{3,40})\)$/
/** A phase's name is a name, not a sentence: at most this many words. */
const maxPhaseWords = 8
/** A phase is described in a line or two (a paragraph cut at its sentences): at most this many lines. */
const maxPhaseLines = 3
/** At least this many phases make a timeline of phases. */
const minPhases = 3
/** A line opening with a bullet or a list number: an item of a list, not a phase's description. */
const listLine = new RegExp(`^(?:[${BULLET_MARKS}]|\\d{1,3}[.)]\\s)`)

/**
 * The timeline a project or strategy page prints as its phases, each a heading line naming the phase with its
 * window in brackets ("Discovery Phase (February-March 2022)", "Approval (July 2022)", "Roll-out (August 2022
 * onwards)"), then a line or two saying what the phase does. A careful reader takes each phase as a step of the
 * plan: its name is the action, the bracketed period its target (due at the period's end; "onwards" gives none),
 * the lines below it its description. The lines above the first phase are the page's title.
 *
 * Needs {@link minPhases} phases or more, each over one to {@link maxPhaseLines} lines that are no list items, and
 * no other line below the first phase. A label that only counts the plan's years or stages ("Year 2 (2026-27)",
 * "Phase 1 (2021-22)") heads the work of that period, not a step ({@link periodInHeadingBrackets}): not read here.
 */
function readDatedPhaseHeadings(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[],
): FlattenedActionTables | null {
  const phases: { index: number; title: string; period: string; lines: string[] }[] = []
  for (const line of lines) {
    const heading = phaseHeadingOf(line.text)
    if (heading !== null) {
      if (phases.length > 0 && phases.at(-1)!.lines.length === 0) return null
      phases.push({ index: line.index, ...heading, lines: [] })
      continue
    }
    const phase = phases.at(-1)
    if (phase === undefined) continue
    if (phase.lines.length >= maxPhaseLines || listLine.test(line.text)) return null
    phase.lines.push(line.text)
  }
  if (phases.length < minPhases || phases.at(-1)!.lines.length === 0) return null
  const top = phases[0]!.index
  const placed = new Set(phases.map((phase) => phase.index))
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Target', 'Description'],
    phases.map((phase) => ({
      index: phase.index,
      cells: [phase.title, phase.period, phase.lines.join('\n')],
    })),
    {
      mergedRows: lines
        .filter((line) => line.index > top && !placed.has(line.index))
        .map((line) => line.index + 1),
      titleEvidence:
        'the phases of a one-column timeline: each a heading line naming the phase with its period in brackets ("Discovery Phase (March 2022)"), then the lines describing it',
    },
  )
}

/** The name and bracketed period of a phase heading, or null for any other line. */
function phaseHeadingOf(text: string): { title: string; period: string } | null {
  const match = phaseHeading.exec(text)
  if (match === null) return null
  const title = match[1]!.trim()
  if (title.split(' ').length > maxPhaseWords || periodInHeadingBrackets(text, {}) !== null) return null
  const target = parseTargetDate(match[2]!)
  const dated =
    (target.kind === 'due' || target.kind === 'range' || target.kind === 'started') &&
    target.start !== null &&
    target.confidence >= 0.8
  return dated ? { title, period: match[2]!.trim() } : null
}

function isDated(text: string): boolean {
  const target = parseTargetDate(text.slice(0, 1_000))
  return isDatedPeriod(target, ['due', 'range'])
}

/**
 * "Completed end of Jan 2021", "Launched June 2021", "Held 4 May": a word saying what became of the stage, then its
 * date. Bounded, anchored.
 */
const eventThenDate =
  /^(?:completed|complete|done|finished|launched|published|held|started|began|due|planned|scheduled)\s{1,3}(?:(?:by|in|on|at|from)\s{1,3}|(?:the\s{1,3})?end\s{1,3}of\s{1,3})?(\S.{0,40})$/i
/** "WE ARE HERE", "You are here", "Current stage": the marker a timeline puts under the stage it has reached. */
const hereMarker =
  /^(?:we\s{1,3}are|we[’']re|you\s{1,3}are)\s{1,3}here\s{0,3}[!.]?$|^current\s{1,3}(?:stage|step)\s{0,3}[!.]?$/i
/** A stage's name is a heading of at most this many words, no sentence. */
const maxStageWords = 10
/** A stage is described in at most this many lines. */
const maxStageLines = 4
/** At least this many stages closed by a date make such a timeline. */
const minDatedStages = 3

/** The date a stage's closing line gives ("27th April", "Jan 18th – Feb 14th", "Completed end of Jan 2021"), or null. */
function closingDate(text: string): string | null {
  if (text.length > 60) return null
  const dashed = text.replace(/\s{0,3}[–—]\s{0,3}/g, '-')
  if (isDateAlone(dashed)) return text
  const event = eventThenDate.exec(text)
  return event !== null && isDateAlone(event[1]!.replace(/\s{0,3}[–—]\s{0,3}/g, '-')) ? text : null
}

/** A line that may name a stage: a capital or digit first, no closing stop or colon, at most ten words. */
function isStageName(text: string): boolean {
  return (
    text.length <= 80 &&
    /^[\p{Lu}\d]/u.test(text) &&
    !/[.!?:;,]$/.test(text) &&
    text.split(' ').length <= maxStageWords
  )
}

interface ClosedStage {
  readonly index: number
  readonly title: string
  readonly lines: string[]
  date: string
  here: boolean
}

/**
 * The timeline a community group's or a project's page prints as its stages, each a heading line naming the stage,
 * a line or two describing it, then a line giving its date ("Draft Community Action Plan" over "What we do, how we
 * do it …" over "27th April"; "Individual & group exchanges" over "Completed end of Jan 2021"), with a marker
 * ("WE ARE HERE") under the stage it has reached. A careful reader takes each stage as a step of the plan: its name
 * is the action, its date line the target (a day, a range ending on its last day, "Completed end of Jan 2021" done by
 * then; a year left out is the one the other dates give), the stage marked as reached is in progress, and the lines
 * between its name and its date its description. A stage whose description runs into the next stage's name gets
 * no date. The lines above the name of the first dated stage are the page's title and introduction.
 *
 * Needs {@link minDatedStages} stages closed by a date, most stages dated, each with at most
 * {@link maxStageLines} lines of description; two names running together, or a longer description, is another
 * layout. Returns null otherwise.
 */
function readStagesClosedByDates(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[],
): FlattenedActionTables | null {
  const firstDate = lines.findIndex((line) => closingDate(line.text) !== null)
  if (firstDate < 1) return null
  // The first stage is named by the last heading above its date, at most a few lines up.
  let start = -1
  for (let at = firstDate - 1; at >= Math.max(0, firstDate - 1 - maxStageLines); at--)
    if (isStageName(lines[at]!.text)) {
      start = at
      break
    }
  if (start < 0) return null
  const stages: ClosedStage[] = []
  let open: ClosedStage | null = null
  for (let at = start; at < lines.length; at++) {
    const text = lines[at]!.text
    if (hereMarker.test(text)) {
      const reached = open ?? stages.at(-1)
      if (reached === undefined) return null
      reached.here = true
      continue
    }
    if (open !== null && closingDate(text) !== null) {
      open.date = text
      open = null
      continue
    }
    if (open === null || (open.lines.length > 0 && isStageName(text))) {
      if (open === null && !isStageName(text)) return null
      open = { index: lines[at]!.index, title: text, lines: [], date: '', here: false }
      stages.push(open)
      continue
    }
    if (isStageName(text) || open.lines.length >= maxStageLines) return null
    open.lines.push(text)
  }
  const dated = stages.filter((stage) => stage.date !== '').length
  if (dated < minDatedStages || dated * 2 <= stages.length) return null
  const withStatus = stages.some((stage) => stage.here || stateOf(stage.date) !== '')
  const top = stages[0]!.index
  const placed = new Set(stages.map((stage) => stage.index))
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Target', ...(withStatus ? ['Status'] : []), 'Description'],
    stages.map((stage) => ({
      index: stage.index,
      cells: [
        stage.title,
        stage.date,
        ...(withStatus ? [stage.here ? 'In progress' : stateOf(stage.date)] : []),
        stage.lines.join('\n'),
      ],
    })),
    {
      mergedRows: lines
        .filter((line) => line.index > top && !placed.has(line.index))
        .map((line) => line.index + 1),
      titleEvidence:
        'the stages of a one-column timeline: each a heading line naming the stage, its description, then a line giving its date ("27th April")',
    },
  )
}

/** The closing line itself when it says the stage's state ("Completed end of Jan 2021"), else ''. */
function stateOf(date: string): string {
  return date !== '' && parseStatus(date).state !== 'unknown' ? date : ''
}
