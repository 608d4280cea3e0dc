import { parseStatus } from '../status/parseStatus'
import type { FlattenedActionTables } from './flattenActionTables'
import { headingPeriod } from './headingPeriod'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** "Fix the upload form ~ Ana ✔", "Write the guide ~ Ana + Community": a task, a tilde, its owners (names joined by
 * "+", "&" or commas), then perhaps a status mark. Anchored, bounded. */
const ownedLine =
  /^(\S.{2,300}?)\s{1,3}~\s{1,3}(\p{Lu}[\p{L}'’.-]{0,30}(?: [\p{L}'’.-]{1,30}){0,2}(?:\s{0,2}[+&,]\s{0,2}\p{Lu}[\p{L}'’.-]{0,30}(?: [\p{L}'’.-]{1,30}){0,2}){0,3})(?:\s{1,3}([^\p{L}\p{N}\s]{1,4}))?$/u

/** "✔ items marked with a tick are complete": a legend line, a mark with no letter or digit, then what it means. */
const legendLine = /^([^\p{L}\p{N}\s]{1,4})\s{1,3}(\p{L}.{2,160})$/u

/** The names of the owners joined by "+", "&" or commas. */
const ownerJoin = /\s{0,2}[+&,]\s{0,2}/

/** A heading has at most this many characters. */
const maxHeading = 60

/** At least this many lines must name their owners after a tilde. */
const minOwned = 3

/** "Current schedule (June 2031)", "May 2031": the period a heading names, alone or in a bracket at its end. */
function periodOf(text: string): string | null {
  if (headingPeriod(text, {}) !== null) return text
  const bracket = /\(([^()]{3,40})\)$/.exec(text)
  return bracket !== null && headingPeriod(bracket[1]!, {}) !== null ? bracket[1]! : null
}

/**
 * Reads a small team's monthly schedule written as lines "task ~ owner", as open-source teams keep them in a wiki:
 * "Fix the upload form ~ Ana ✔", "Write the guide ~ Ana + Community", under group lines ("Website batch") and month
 * headings ("Current schedule (June 2031)", "May 2031"). Each line naming its owners after a tilde is an action, its
 * owners the names after it (joined by "+", "&" or commas); a mark at its end is its status, as the page's legend
 * explains the mark ("✔ items marked with a tick are complete"); the month heading above dates it (to the month's
 * end); a short line between is its group, the action's section. Returns null unless at least three lines name their
 * owners after a tilde.
 *
 * @example
 * readTildeOwnerLines([
 *   ['Team schedule'], ['✔ items with a tick are complete'], ['May 2031'], ['Website'],
 *   ['Fix the upload form ~ Ana ✔'], ['Write the guide ~ Ana + Tom'], ['Tidy the issues ~ Tom'],
 * ])?.rows.at(-3) // ['Fix the upload form', 'Ana', 'items with a tick are complete', 'May 2031', 'Website']
 */
export function readTildeOwnerLines(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const owned = lines.filter((line) => ownedLine.test(line.text)).length
  if (owned < minOwned) return null
  const legend = new Map<string, string>()
  for (const line of lines) {
    const entry = legendLine.exec(line.text)
    if (entry !== null && !ownedLine.test(line.text) && parseStatus(entry[2]!).state !== 'unknown')
      legend.set(entry[1]!, entry[2]!)
  }
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const skipped: number[] = []
  let period = ''
  let group = ''
  let first = -1
  for (const line of lines) {
    const match = ownedLine.exec(line.text)
    if (match === null) {
      const heading = line.text.length <= maxHeading && !/[.:!?]$/.test(line.text)
      const dated = heading ? periodOf(line.text) : null
      if (dated !== null) {
        period = dated
        group = ''
      } else if (heading && !legend.has(legendLine.exec(line.text)?.[1] ?? '')) group = line.text
      ;(first < 0 ? [] : heading ? sectionRows : skipped).push(line.index + 1)
      continue
    }
    if (first < 0) first = line.index
    const owners = match[2]!
      .split(ownerJoin)
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .join(', ')
    records.push({
      index: line.index,
      cells: [match[1]!.trim(), owners, legend.get(match[3] ?? '') ?? '', period, group],
    })
  }
  const top = lines[0]!.index
  return oneColumnRecords(
    table.slice(top, top + 1),
    first + 1,
    ['Action', 'Owner', 'Status', 'Target date', 'Section'],
    records,
    {
      mergedRows: [],
      sectionRows,
      skippedRows: [
        ...lines.filter((line) => line.index > top && line.index < first).map((line) => line.index + 1),
        ...skipped,
      ],
      titleEvidence:
        'each line naming its owners after a tilde ("task ~ owner"), a mark at its end its status',
    },
  )
}
