import type { ImportIssue } from '../model/importIssue'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { Taxonomy } from '../model/taxonomySchema'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { profileColumn, refHeaderOverProse, scoreHeader } from './assignColumns'
import { isHeaderLabel } from './findTable'
import { peelRef } from './peelRef'

/** A table whose actions each sit on a heading row above a small table of their own, read as one row each. */
export interface FlattenedActionTables {
  /** The rows above the first action, a header row, then one row per action: its heading, then each column
   * of its small table with the cells joined line by line. */
  readonly rows: readonly (readonly string[])[]
  /** 1-based row of the header in `rows`. */
  readonly headerRow: number
  /** Per row of `rows`, the 1-based row of the source table it stands for. */
  readonly sourceRows: readonly number[]
  /** 1-based source rows: each action's small-table header, and the rows merged into the action above. */
  readonly subHeaderRows: readonly number[]
  readonly mergedRows: readonly number[]
  /** What the explanation says of column 1 when the layout is not a small table per action. */
  readonly titleEvidence?: string
  /** 1-based source rows that head the actions below them (their section), not actions themselves. */
  readonly sectionRows?: readonly number[]
  /** 1-based source rows left out because they follow the table and are not part of it. */
  readonly skippedRows?: readonly number[]
  /** True when `rows` is an ordinary table (an action column written once over its deliverables): it is read
   * as any other table, its header found and its columns checked against their cells, not forced. */
  readonly ordinaryTable?: boolean
  /** Per row of `rows`, per cell, the 1-based source column it came from, when the columns were moved. */
  readonly sourceColumns?: readonly (readonly (number | null)[])[]
  /** What the flattening itself noticed (a period read from its neighbours), in source rows and columns. */
  readonly issues?: readonly ImportIssue[]
}

/** At most this many rows are looked at past a heading for its small table's header. */
const lookAhead = 3

/**
 * Finds the layout where each action is a heading row ("1. Launch a technician web page") followed by its own
 * small table of measures, leads and dates under a header that repeats for every action, and turns it into an
 * ordinary table: one row per action, whose cells hold its measures, leads and dates one per line. Returns
 * null unless at least two different headings sit above the same small-table header, and that header names no
 * action column (else it is a page title above a repeated header). Row numbers are kept in `sourceRows`. When the
 * small table is led by the work itself ("Deliverable", "Project"), each of its rows stays an action: under numbered
 * headings the heading is the commitment they deliver; under unnumbered theme headings (a progress report's "More
 * open processes" over "Project | Update | Timeline") the heading is their section.
 *
 * @example
 * flattenActionTables([
 *   ['1. Launch a web page', ''], ['Measure', 'Date'], ['Page live', 'June 2024'],
 *   ['2. Hold a showcase', ''], ['Measure', 'Date'], ['Showcase held', 'May 2025'],
 * ])?.rows[1] // ['1. Launch a web page', 'Page live', 'June 2024']
 */
export function flattenActionTables(
  table: readonly (readonly string[])[],
  taxonomy: Taxonomy = technicianCommitment,
): FlattenedActionTables | null {
  const tabled: { heading: number; header: number; key: string }[] = []
  for (let index = 0; index < table.length; index++) {
    const heading = table[index]!.filter(hasText)
    if (heading.length !== 1) continue
    const header = nextFilledRow(table, index)
    if (header === null || !isSubTableHeader(table[header]!)) continue
    tabled.push({ heading: index, header, key: headerKey(table[header]!) })
    index = header
  }
  if (tabled.length === 0 || tabled.some((group) => group.key !== tabled[0]!.key)) return null
  const groups: { heading: number; header: number | null; lost?: boolean }[] = [
    ...headingsOverLostHeader(table, tabled[0]!.heading, table[tabled[0]!.header]!.length).map((heading) => ({
      heading,
      header: null,
      lost: true,
    })),
    ...withBareHeadings(table, tabled),
  ]
  if (groups.length < 2) return null
  // A page title repeated above a repeated header is not this layout: its header names the action column, and
  // its "headings" are all the same text.
  if (table[tabled[0]!.header]!.some((cell) => (scoreHeader(cell).get('title') ?? 0) >= 1)) return null
  const headings = new Set(groups.map((group) => collapseWhitespace(table[group.heading]!.find(hasText)!)))
  if (headings.size < groups.length) return null

  const first = tabled[0]!
  const top = groups[0]!.heading
  const subHeader = table[first.header]!
  // A small table led by the work itself ("Deliverable") lists the actions under a numbered commitment: each
  // row stays an action, the heading written once beside them as the commitment they deliver.
  const rowsAreActions = namesTheWork(subHeader) || itemsAreTheWork(table, groups, subHeader, taxonomy)
  const width = subHeader.length
  const rows: string[][] = table.slice(0, top).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  // Headings with no number over rows that are the work ("More open processes" over its projects) are themes: the
  // rows' section, not an action each row delivers.
  const themed = rowsAreActions && groups.every((group) => refOf(table[group.heading]!) === null)
  rows.push([themed ? 'Section' : 'Action', ...subHeader.map((cell) => collapseWhitespace(cell))])
  sourceRows.push(first.header + 1)
  const mergedRows: number[] = []
  const skippedRows: number[] = []
  // The small table's header printed again inside a group (a page break in the small table): a header, no row.
  const repeatedHeaders: number[] = []
  const repeatsSubHeader = (index: number): boolean => {
    if (headerKey(table[index]!) !== first.key) return false
    repeatedHeaders.push(index + 1)
    return true
  }
  groups.forEach((group, g) => {
    const end = g + 1 < groups.length ? groups[g + 1]!.heading : table.length
    const heading = table[group.heading]!.find(hasText)!.trim()
    if (rowsAreActions) {
      // A numbered heading whose own small table is missing (cut off at the page end) heads no deliverables.
      if (group.header === null && group.lost !== true) {
        skippedRows.push(group.heading + 1)
        return
      }
      let written = false
      for (let index = (group.header ?? group.heading) + 1; index < end; index++) {
        const row = table[index]!
        if (!row.some(hasText) || repeatsSubHeader(index)) continue
        if (isBareHeading(row)) {
          skippedRows.push(index + 1)
          continue
        }
        // A theme heads every row of its table, an undated one too: each row carries it, not only the first.
        rows.push([written && !themed ? '' : heading, ...subHeader.map((_, c) => row[c] ?? '')])
        sourceRows.push(index + 1)
        written = true
      }
      return
    }
    const lines: string[][] = Array.from({ length: width }, () => [])
    for (let index = (group.header ?? group.heading) + 1; index < end; index++) {
      const row = table[index]!
      if (!row.some(hasText) || repeatsSubHeader(index)) continue
      mergedRows.push(index + 1)
      for (let c = 0; c < width; c++) if (hasText(row[c] ?? '')) lines[c]!.push((row[c] ?? '').trim())
    }
    rows.push([heading, ...lines.map((cell) => cell.join('\n'))])
    sourceRows.push(group.heading + 1)
  })
  return {
    rows,
    headerRow: top + 1,
    sourceRows,
    subHeaderRows: [...tabled.map((group) => group.header + 1), ...repeatedHeaders].sort((a, b) => a - b),
    mergedRows,
    ...(skippedRows.length > 0 ? { skippedRows } : {}),
    ...(rowsAreActions ? { ordinaryTable: true } : {}),
  }
}

/**
 * The headings with their small tables, and between or after them the numbered headings whose table is missing: a
 * lone line that carries on the headings' numbering ("1.2 Tell others …" after "1.1 …") with nothing below it
 * before the next heading or the end of the page (a page cut short, or an action whose table is still to be
 * written). A careful reader takes it as the next action, with no measures yet.
 */
function withBareHeadings(
  table: readonly (readonly string[])[],
  tabled: readonly { heading: number; header: number }[],
): { heading: number; header: number | null }[] {
  const groups: { heading: number; header: number | null }[] = []
  tabled.forEach((group, g) => {
    groups.push(group)
    let ref = refOf(table[group.heading]!)
    const end = g + 1 < tabled.length ? tabled[g + 1]!.heading : table.length
    // The run of numbered lines that closes the group, each with nothing under it but the next.
    const bare: number[] = []
    for (let index = group.header + 1; index < end; index++) {
      const cells = table[index]!.filter(hasText)
      if (cells.length === 0) continue
      const next = ref === null || cells.length !== 1 ? null : refOf(table[index]!)
      if (next !== null && next === refAfter(ref!)) {
        bare.push(index)
        ref = next
      } else if (bare.length > 0) {
        // Rows under a numbered line: the numbering below is not this layout's, and nothing more is read so.
        bare.length = 0
        ref = null
      }
    }
    // A numbered line followed by rows is a section of the table, not this layout's heading.
    for (const heading of bare) groups.push({ heading, header: null })
  })
  return groups
}

/**
 * The numbered headings right above the first heading with a small table, whose own small table lost its header (the
 * header printed only from the second heading on): each is one line whose number comes just before the next
 * heading's ("1. …" over "2. …"), over rows of two cells or more that fit within the small table's columns. Reading
 * up, the first row that is neither ends them. Returns their rows, top first.
 */
function headingsOverLostHeader(
  table: readonly (readonly string[])[],
  firstHeading: number,
  width: number,
): number[] {
  const found: number[] = []
  let ref = refOf(table[firstHeading]!)
  let rows = 0
  for (let index = firstHeading - 1; index >= 0 && ref !== null; index--) {
    const row = table[index]!
    const cells = row.filter(hasText)
    if (cells.length === 0) continue
    if (cells.length === 1) {
      const own = refOf(row)
      if (rows === 0 || own === null || refAfter(own) !== ref) break
      found.unshift(index)
      ref = own
      rows = 0
      continue
    }
    if (row.some((cell, c) => c >= width && hasText(cell)) || isSubTableHeader(row)) break
    rows++
  }
  return found
}

function refOf(row: readonly string[]): string | null {
  return peelRef(collapseWhitespace(row.find(hasText) ?? ''))?.ref ?? null
}

/** "1.1" → "1.2", "C3" → "C4": the ref one more in its last number, or null for one that does not end in one. */
function refAfter(ref: string): string | null {
  const match = /^(.{0,12}?)(\d{1,3})$/.exec(ref)
  return match === null ? null : `${match[1]}${Number(match[2]) + 1}`
}

function nextFilledRow(table: readonly (readonly string[])[], index: number): number | null {
  for (let next = index + 1; next < table.length && next <= index + lookAhead; next++) {
    if (table[next]!.some(hasText)) return next
  }
  return null
}

/** Two or more short labels, each naming a field by its words ("Measure of success", "Lead", "Date"). */
function isSubTableHeader(row: readonly string[]): boolean {
  const cells = row.filter(hasText)
  return cells.length >= 2 && cells.every((cell) => isHeaderLabel(cell) && scoreHeader(cell).size > 0)
}
function headerKey(row: readonly string[]): string {
  return row
    .map((cell) => collapseWhitespace(cell).toLowerCase())
    .join('|')
    .replace(/\|+$/, '')
}

/** A row of one cell that opens with a ref, as each action's heading does ("13: Build accountability"). */
function isBareHeading(row: readonly string[]): boolean {
  const cells = row.filter(hasText)
  return cells.length === 1 && peelRef(cells[0]!) !== null
}

/**
 * "Date | Item" over "Ask the council for a second water butt": a small table whose column is headed only by the
 * item's number, yet holds sentences, lists the work itself, each row an action, as a "Task" column does.
 */
function itemsAreTheWork(
  table: readonly (readonly string[])[],
  groups: readonly { heading: number; header: number | null }[],
  subHeader: readonly string[],
  taxonomy: Taxonomy,
): boolean {
  return subHeader.some((header, c) => {
    if (!hasText(header)) return false
    const cells: string[] = []
    groups.forEach((group, g) => {
      if (group.header === null) return
      const end = g + 1 < groups.length ? groups[g + 1]!.heading : table.length
      for (let index = group.header + 1; index < end; index++) cells.push(table[index]![c] ?? '')
    })
    return refHeaderOverProse(header, profileColumn(cells, taxonomy))
  })
}

/** The small table's first column names the work to be done (a "Deliverable"), not a measure of it. */
function namesTheWork(row: readonly string[]): boolean {
  const first = row.find(hasText)
  return first !== undefined && (scoreHeader(first).get('title') ?? 0) > 0
}
