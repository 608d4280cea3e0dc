import { BULLET_LEAD } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { headingPeriod } from './headingPeriod'
import { MAX_HEADING_LENGTH } from './maxHeadingLength'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { yearOfHeading } from './yearOfHeading'

/** "🚀 Launch: March – June (Q1–2)": a phase's name, a colon, its window of months, a note in brackets after it. */
const phaseHeading = /^([^:]{1,40}):\s{1,3}([^()]{3,40}?)\s{0,3}(?:\([^()]{0,30}\))?$/

/** "Focus", "Activities", "Key outcomes": a label over a list, one to three words, a colon allowed. */
const labelLine = /^([A-Z][a-z]{1,20}(?: [a-z]{1,20}){0,2}):?$/

/** The labels whose lists are the work to be done; the others ("Focus", "Outcomes", "Risks") say why or what for. */
const workLabel = /^(?:activities|actions|tasks|steps|work|deliverables|key activities|planned activities)$/i

/** At least this many phases, each dated by its window. */
const minPhases = 2

/** At least this many actions in all. */
const minActions = 3

interface Phase {
  readonly name: string
  readonly window: string
}

/** A phase heading's name and its window with the page's year, or null when the line is no dated phase heading. */
function phaseOf(text: string, year: string): Phase | null {
  if (text.length > MAX_HEADING_LENGTH) return null
  const heading = phaseHeading.exec(text)
  if (heading === null) return null
  const said = heading[2]!.trim()
  const window = yearOfHeading(said) === '' && year !== '' ? `${said} ${year}` : said
  return headingPeriod(window, {}) === null ? null : { name: heading[1]!.trim(), window }
}

/**
 * Reads a roadmap written as phases, each over labelled lists, as a community or project blog post lays out its
 * year ("🚀 Launch: March – June (Q1–2)" over "Focus" and a line, "Activities" over the work, "Outcomes" over what it
 * should bring; then "🌱 Grow: July – December"): each line under a label naming the work ("Activities", "Actions",
 * "Tasks", "Steps") is an action, due by the end of its phase's window, the phase's name its section. A window
 * without a year takes the one year the lines above the first phase name ("Roadmap for 2031: spring update").
 * The other labels' lists (the focus, the outcomes) say why, not what to do: they are not actions. Lines above the
 * first phase are the title rows.
 *
 * A label is one to three words alone on its line, said under two phases or more (a short item said once is no
 * label). Returns null unless the page is one column with at least two dated phase headings, a work label under at
 * least two of them, and three actions in all.
 *
 * @example
 * readPhaseActivityLists([
 *   ['Plan for 2031'], ['Start: January – March'], ['Activities'], ['Hire a coordinator'], ['Outcomes'],
 *   ['A team in place'], ['Run: April – June'], ['Activities'], ['Hold the first event'], ['Outcomes'], ['Members'],
 * ])?.rows[2] // ['Hire a coordinator', 'January – March 2031', 'Start']
 */
export function readPhaseActivityLists(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  let year = ''
  let first = -1
  for (let i = 0; i < lines.length && first < 0; i++) {
    const text = lines[i]!.text
    if (phaseOf(text, year) !== null) first = i
    else if (year === '' && text.length <= MAX_HEADING_LENGTH) year = yearOfHeading(text)
  }
  if (first < 0) return null
  return readPhases(table, lines, first, year)
}

function readPhases(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[],
  first: number,
  year: string,
): FlattenedActionTables | null {
  // A label repeats from phase to phase ("Focus", "Outcomes"), or names the work: a short item said once is no label.
  const seen = new Map<string, number>()
  for (let i = first; i < lines.length; i++) {
    const label = labelLine.exec(lines[i]!.text)?.[1]
    if (label !== undefined) seen.set(label, (seen.get(label) ?? 0) + 1)
  }
  const isLabel = (label: string): boolean => workLabel.test(label) || (seen.get(label) ?? 0) >= minPhases
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  let phase: Phase | null = null
  let phases = 0
  let phasesWithWork = 0
  let working = false
  let workedInPhase = false
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!
    const next = phaseOf(line.text, year)
    if (next !== null) {
      phase = next
      phases++
      working = false
      workedInPhase = false
      sectionRows.push(line.index + 1)
      continue
    }
    const label = labelLine.exec(line.text)?.[1]
    if (label !== undefined && isLabel(label)) {
      working = workLabel.test(label)
      if (working && !workedInPhase) {
        phasesWithWork++
        workedInPhase = true
      }
      sectionRows.push(line.index + 1)
      continue
    }
    if (!working || phase === null) {
      skippedRows.push(line.index + 1)
      continue
    }
    const bullet = BULLET_LEAD.exec(line.text)
    const text = bullet === null ? line.text : line.text.slice(bullet[0].length)
    records.push({ index: line.index, cells: [text, phase.window, phase.name] })
  }
  if (phases < minPhases || phasesWithWork < minPhases || records.length < minActions) return null
  const top = lines[first]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Target date', 'Section'], records, {
    mergedRows: [],
    sectionRows,
    skippedRows,
    titleEvidence:
      'each line under an "Activities" label of a phase dated by its window ("Launch: March – June")',
  })
}
