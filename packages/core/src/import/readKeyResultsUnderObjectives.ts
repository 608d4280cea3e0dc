import { oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import type { FlattenedActionTables } from './flattenActionTables'
import { wholePlanOwner } from './wholePlanOwner'

/**
 * "KR1: Remove …", "KR 2 – Open …", "Key result 3. Hire …", "KR1.2) …", "Target 1: Publish …": a key result, its
 * label and its text. Group 1 is a short code ("KR1"), group 2 the number after a spelled-out label ("Key result 3",
 * "Target 1": a plan that sets targets under its objectives writes them as an OKR plan writes key results), group 3
 * the text. Bounded quantifiers before the text, anchored: linear on any line.
 */
const keyResultLine =
  /^(?:(KR\s?\d{1,2}(?:\.\d{1,2})?)|(?:key\s{1,3}results?|targets?)\s{1,3}(\d{1,2}(?:\.\d{1,2})?))\s{0,3}(?:[:.)]|[–—-])\s{0,4}(\S.*)$/i
/**
 * "O13 – Measure …", "Objective 2: Grow …", "Objective #2: Grow …", "Goal 1 – …", "Equality objective 1 [Access]": an objective line heading
 * the key results below it. One word may qualify the label ("Equality objective 1"), and a topic in square brackets
 * may stand for the objective's text (its statement then follows on lines of its own). Bounded and anchored like
 * `keyResultLine`.
 */
const objectiveLine =
  /^(?:O\s?\d{1,2}|(?:[a-z]{1,20}\s{1,3})?(?:objective|goal|aim|priority)\s{1,3}#?\d{1,2}(?:\.\d{1,2})?)\s{0,3}(?:[:.)]\s{0,4}\S|[–—-]\s{0,4}\S|\[[^\]]{1,80}\]$|:$)/i
/**
 * "Strategy: Build partnerships …", "Tactic – Run …", "Action step: …": a step under an objective written with a
 * run-in label and no number, as a strategic plan lists the strategies under each goal. Group 1 is the text.
 * Anchored, one bounded run of blanks each side of the separator: linear on any line.
 */
const labelledStepLine =
  /^(?:strateg(?:y|ies)|tactics?|action\s{1,3}steps?)\s{0,3}(?::|[–—-]\s)\s{0,4}(\S.*)$/i
/** "Linked strategic priorities: SP11", "Measure: …": a label of a few words, then a colon. */
const labelLine = /^[^\s:]{1,30}(?:\s[^\s:]{1,30}){0,4}\s{0,3}:\s{0,3}\S/
/** At least this many key results make the layout. */
const minKeyResults = 2

interface KeyResult {
  readonly index: number
  readonly ref: string
  readonly title: string
  readonly owner: string
  readonly section: string
  readonly more: string[]
}

/**
 * Reads a one-column page of objectives and key results (an OKR plan: "O13 – Measure our environmental impact"
 * over "KR1: Undertake an analysis … by June 2023", "KR2: …"), as a careful reader does: every key result is an
 * action, cited by its label as written ("KR1"; "Key result 2" is cited "2"), under its objective, which is a
 * heading and its section, not an action. Key results are often numbered afresh under each objective; the refs
 * stay as written. A sponsor, lead or owner line ("Sponsor – Associate Director: Libraries", "Lead: Head of
 * Estates") above the first objective names the owner of every key result; one right below an objective, the
 * owner of that objective's key results. A label line after the key results ("Linked strategic priorities: SP11")
 * belongs to the objective; any other line below a key result continues it. Dates stay in the key result's text,
 * where a reader finds them ("by December 2024"). A strategic plan's goals over their strategies are read the same
 * way: under a goal line ("Goal #2: …", or a bare "Goal #2:" whose statement is the line below it), each line
 * opening with a run-in "Strategy:", "Tactic:" or "Action step:" label and no number is an action, titled by its
 * text after the label, with no ref. The lines above the first objective are the title rows.
 * Returns null unless at least two key-result lines are found and every line of the page is the one cell of its
 * row.
 *
 * @example
 * readKeyResultsUnderObjectives([
 *   ['Estates plan'], ['Sponsor – Director of Estates'], ['O1 – Cut our emissions'],
 *   ['KR1: Fit LED lighting by 2026'], ['KR2: Meter every building by 2027'],
 * ])?.rows[2] // ['KR1', 'Fit LED lighting by 2026', '', 'Director of Estates', 'O1 – Cut our emissions']
 */
export function readKeyResultsUnderObjectives(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex(({ text }) => keyResultLine.test(text) || objectiveLine.test(text))
  if (first < 0) return null

  // An owner named above the objectives owns every key result; one below an objective, that objective's.
  let pageOwner = ''
  for (const line of lines.slice(0, first)) pageOwner = wholePlanOwner(line.text) ?? pageOwner
  const results: KeyResult[] = []
  const sectionRows: number[] = []
  const mergedRows: number[] = []
  let section = ''
  let owner = pageOwner
  let resultsUnderObjective = 0
  let bareObjective = false
  for (const line of lines.slice(first)) {
    // An unnumbered labelled step is a key result only under an objective line: above one it is an intro's line.
    const step = section === '' ? null : labelledStepLine.exec(line.text)
    if (step !== null) {
      results.push({ index: line.index, ref: '', title: step[1]!, owner, section, more: [] })
      resultsUnderObjective++
      continue
    }
    const result = keyResultLine.exec(line.text)
    if (result !== null) {
      results.push({
        index: line.index,
        // The label as written ("KR1", "KR 1"): a reader cites it so.
        ref: result[1] === undefined ? result[2]! : result[1].replace(/\s/, ' '),
        title: result[3]!,
        owner,
        section,
        more: [],
      })
      resultsUnderObjective++
      continue
    }
    if (objectiveLine.test(line.text)) {
      section = line.text
      bareObjective = line.text.endsWith(':')
      owner = pageOwner
      resultsUnderObjective = 0
      sectionRows.push(line.index + 1)
      continue
    }
    const named = resultsUnderObjective === 0 ? wholePlanOwner(line.text) : null
    if (named !== null) {
      owner = named
      sectionRows.push(line.index + 1)
    } else if (resultsUnderObjective === 0 || labelLine.test(line.text)) {
      // The objective's own text or its label lines ("Linked strategic priorities: …"). A bare label ("Goal 2:")
      // takes the statement below it as its text.
      if (bareObjective) section = `${section} ${line.text}`
      bareObjective = false
      sectionRows.push(line.index + 1)
    } else {
      results.at(-1)!.more.push(line.text)
      mergedRows.push(line.index + 1)
    }
  }
  if (results.length < minKeyResults) return null

  return oneColumnRecords(
    table.slice(0, lines[first]!.index),
    lines[first]!.index + 1,
    ['Ref', 'Action', 'Description', 'Lead', 'Section'],
    results.map((result) => ({
      index: result.index,
      cells: [result.ref, result.title, result.more.join('\n'), result.owner, result.section],
    })),
    {
      mergedRows,
      sectionRows,
      titleEvidence:
        'the key-result lines ("KR1: …") of a one-column page of objectives and key results, each under its objective line ("O1 – …")',
    },
  )
}
