import type { FlattenedActionTables } from './flattenActionTables'
import { headingPeriod } from './headingPeriod'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { peelPriorityLabel } from './peelPriorityLabel'

/** At least this many key results tagged with a priority, and this many area headings, make the layout. */
const minTagged = 3
const minAreas = 2

/** "Company Wide:", "Developer Community:", "Product:": an area of the plan, a few words and a colon. Bounded. */
const areaHeading = /^[^\s:][^:]{0,40}:$/
const maxAreaWords = 4

/** "Vision:", "Mission:": an area whose lines state what the plan is for, not work to do. */
const statementArea = /^(?:our )?(?:vision|mission|values?|purpose)$/i

/** "PR*", "launch†": a word closing with a footnote mark, the mark it uses. */
const markAfterWord = /\p{L}([*†‡])(?=[\s),.;:]|$)/u

/**
 * Reads a quarter's objectives and key results written as one column under area headings, each key result tagged
 * with its priority ("[P0] Create a forum for influencers", "Plan the weekly blog schedule [p1]"), as engineering
 * companies publish their OKRs:
 *
 * Developer Community: / Create a network of influencers / [P0] Create a forum … / [P1] Meet each influencer …
 *
 * Each tagged line is an action (the priority kept as its priority, by {@link peelPriorityLabel}), under the untagged
 * line right above its run, which is its objective and section. An untagged line with no tagged line under it is an
 * objective with no key results yet, an action of its own in its area. An area heading ("Product:") is the section
 * of the objectives below it; the lines under "Vision:" or "Mission:" state the plan's purpose and are left out, and
 * so is a footnote opening with the mark a line above carries ("* the name is still open" under "… PR*"). The lines
 * above the first area heading are the title rows; one of them that is a period ("Q1 2018", "OKRs Q1 2018"; see
 * {@link headingPeriod}) dates every action, never a date stamp ("Edited 2018-01-12").
 * Null unless a one-column page has at least two area headings, the first above every tagged line, and three
 * tagged lines.
 *
 * @example
 * readPriorityTaggedKeyResults([
 *   ['OKRs'], ['Q2 2031'], ['Docs:'], ['Publish a style guide'], ['Community:'], ['Grow the forum'],
 *   ['[P0] Invite ten maintainers'], ['[P1] Answer every post in a day'], ['[P1] Hold two meetups'],
 * ])?.rows.slice(3, 5) // [['Publish a style guide', 'Docs', 'Q2 2031'], ['[P0] Invite ten maintainers', 'Grow the forum', 'Q2 2031']]
 */
export function readPriorityTaggedKeyResults(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const tagged = lines.map((line) => peelPriorityLabel(line.text) !== null)
  const firstTagged = tagged.indexOf(true)
  if (firstTagged < 0 || tagged.filter(Boolean).length < minTagged) return null
  const areas = lines.map((line) => isAreaHeading(line.text))
  const top = areas.indexOf(true)
  if (top < 0 || top > firstTagged || areas.filter(Boolean).length < minAreas) return null

  const period = lines.slice(0, top).find((line) => headingPeriod(line.text, {}) !== null)?.text ?? ''
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  const marks = new Set<string>()
  let area = ''
  let objective = ''
  let statements = false
  for (let at = top; at < lines.length; at++) {
    const line = lines[at]!
    if (areas[at]) {
      area = line.text.slice(0, -1).trim()
      objective = ''
      statements = statementArea.test(area)
      sectionRows.push(line.index + 1)
      continue
    }
    const mark = line.text[0]!
    if (statements || (marks.has(mark) && /^.\s/u.test(line.text))) {
      skippedRows.push(line.index + 1)
      continue
    }
    const footnote = markAfterWord.exec(line.text)?.[1]
    if (footnote !== undefined) marks.add(footnote)
    if (tagged[at]) {
      records.push({ index: line.index, cells: [line.text, objective || area, period] })
      continue
    }
    if (tagged[at + 1] === true) {
      objective = line.text
      sectionRows.push(line.index + 1)
      continue
    }
    records.push({ index: line.index, cells: [line.text, area, period] })
  }
  const first = lines[top]!.index
  return oneColumnRecords(table.slice(0, first), first + 1, ['Action', 'Section', 'Target date'], records, {
    mergedRows: [],
    sectionRows,
    skippedRows,
    titleEvidence:
      'each key result tagged with its priority ("[P0] …"), and each objective with no key results, under its area',
  })
}

/** Whether a line heads an area of the plan: a few words and a colon, no period of its own. */
function isAreaHeading(text: string): boolean {
  return areaHeading.test(text) && text.split(' ').length <= maxAreaWords
}
