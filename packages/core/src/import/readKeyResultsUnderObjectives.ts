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
/** "Objective: Grow the team": an objective written with its label and no number, as an OKR page's template has it. */
const bareObjectiveLine = /^objective\s{0,3}:\s{0,4}\S/i
/**
 * "Key Results: Martin, Bedeho and Mokhtar": the label over an objective's numbered key results, naming who owns
 * them. Group 1 is the owners, less a closing note in dotted lower-case letters ("u.n.o.", unless noted otherwise).
 */
const keyResultsOwnersLine = /^key\s{1,3}results\s{0,3}:\s{0,3}([^:]{1,200}?)(?:\s{1,3}(?:[a-z]\.){2,4})?$/i
/** "KR Measurement Deadline: 02.07.19", "Deadline: 30 June": the objective's deadline, its key results' due date. */
const deadlineLine = /^(?:[A-Za-z]{1,12}\s{1,3}){0,3}deadline\s{0,3}:\s{0,3}(\S.{0,60})$/i
/** "1. Add a developer (ewd)": a key result numbered under the "Key Results:" label. */
const numberedResult = /^(\d{1,2})[.)]\s{1,4}(\S.*)$/
/** "Martin", "Bedeho : 0.75": a line under a key result naming who owns it, with their share of it. */
const shareLine =
  /^(\p{Lu}[\p{L}'-]{1,20}(?: \p{Lu}[\p{L}'-]{1,20})?)(?:\s{0,3}:\s{0,3}(?:0?\.\d{1,3}|1(?:\.0{1,3})?|\d{1,3}\s?%))?$/u
/** At least this many key results make the layout. */
const minKeyResults = 2

interface KeyResult {
  readonly index: number
  readonly ref: string
  readonly title: string
  owner: string
  readonly section: string
  readonly due: string
  readonly more: string[]
  /** Owners named on the lines right under it ("Bedeho : 0.75"), which replace the objective's. */
  readonly shares: string[]
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
  const isObjective = (text: string): boolean => objectiveLine.test(text) || bareObjectiveLine.test(text)
  const first = lines.findIndex(({ text }) => keyResultLine.test(text) || isObjective(text))
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
  let due = ''
  // Under a "Key Results: …" label, the numbered lines are the objective's key results.
  let numbered = false
  for (const line of lines.slice(first)) {
    // An unnumbered labelled step is a key result only under an objective line: above one it is an intro's line.
    const step = section === '' ? null : labelledStepLine.exec(line.text)
    if (step !== null) {
      results.push({ index: line.index, ref: '', title: step[1]!, owner, section, due, more: [], shares: [] })
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
        due,
        more: [],
        shares: [],
      })
      resultsUnderObjective++
      continue
    }
    const counted = numbered ? numberedResult.exec(line.text) : null
    if (counted !== null) {
      results.push({
        index: line.index,
        ref: counted[1]!,
        title: counted[2]!,
        owner,
        section,
        due,
        more: [],
        shares: [],
      })
      resultsUnderObjective++
      continue
    }
    if (isObjective(line.text)) {
      section = line.text
      bareObjective = line.text.endsWith(':')
      owner = pageOwner
      due = ''
      numbered = false
      resultsUnderObjective = 0
      sectionRows.push(line.index + 1)
      continue
    }
    // A share names one of the objective's owners: "Personal OKRs" below the last key result names no one.
    const share = numbered && resultsUnderObjective > 0 ? shareLine.exec(line.text) : null
    if (share !== null && namesAmong(share[1]!, owner)) {
      results.at(-1)!.shares.push(share[1]!)
      mergedRows.push(line.index + 1)
      continue
    }
    const owners = resultsUnderObjective === 0 ? keyResultsOwnersLine.exec(line.text) : null
    if (owners !== null && section !== '') {
      owner = peopleListed(owners[1]!.trim())
      numbered = true
      sectionRows.push(line.index + 1)
      continue
    }
    const deadline = resultsUnderObjective === 0 && section !== '' ? deadlineLine.exec(line.text) : null
    if (deadline !== null) due = deadline[1]!.trim()
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
  const dated = results.some((result) => result.due !== '')

  return oneColumnRecords(
    table.slice(0, lines[first]!.index),
    lines[first]!.index + 1,
    // Only an objective's deadline line gives a column of dates: else each key result's own text dates it.
    ['Ref', 'Action', 'Description', 'Lead', 'Section', ...(dated ? ['Deadline'] : [])],
    results.map((result) => ({
      index: result.index,
      cells: [
        result.ref,
        result.title,
        result.more.join('\n'),
        result.shares.length > 0 ? result.shares.join(', ') : result.owner,
        result.section,
        ...(dated ? [result.due] : []),
      ],
    })),
    {
      mergedRows,
      sectionRows,
      titleEvidence:
        'the key-result lines ("KR1: …") of a one-column page of objectives and key results, each under its objective line ("O1 – …")',
    },
  )
}

/** Whether a name is one of the owners an objective's label line lists ("Martin" among "Martin and Bedeho"). */
function namesAmong(name: string, owners: string): boolean {
  return owners
    .split(/,\s{0,3}|\s{1,3}(?:and|&)\s{1,3}/)
    .some((owner) => owner.trim().toLowerCase() === name.toLowerCase())
}

/** "Martin, Bedeho and Mokhtar" → "Martin, Bedeho, Mokhtar": people listed by name, one owner each; any other text
 * ("Head of Equality and Diversity") as written. */
function peopleListed(text: string): string {
  const parts = text.split(/,\s{0,3}|\s{1,3}(?:and|&)\s{1,3}/)
  return parts.every((part) => /^\p{Lu}[\p{L}'-]{1,20}(?: \p{Lu}[\p{L}'-]{1,20})?$/u.test(part))
    ? parts.join(', ')
    : text
}
