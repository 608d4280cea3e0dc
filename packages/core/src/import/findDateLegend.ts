import { hasText } from '../text/cleanCellText'
import { parseTargetDate } from '../dates/parseTargetDate'
import { isSentence } from './isSentence'
import { periodDeadline } from './periodDeadline'
import { workForPeriod } from './workForPeriod'
import { type DateLegend, readDateLegend } from './readDateLegend'

/** The plan's date legend and the rows it was read from. */
export interface FoundDateLegend {
  readonly legend: DateLegend | null
  /** 0-based rows that hold the legend. */
  readonly rows: ReadonlySet<number>
  /** 0-based row of the notes that give every action's deadline (kept in the table, so not in `rows`). */
  readonly deadlineRow: number | null
}

/**
 * Finds the plan's date legend: rows whose one filled cell is a note, key or legend ("Key: Year 1 = 2019/20")
 * or defines year labels or quarters ("Year 1 = 2019", "Q1 = January–March", a quarterly report's "2019/20 – Quarter 1
 * (April to June 2019)"), merged into one legend.
 *
 * @example
 * findDateLegend([['Key: Year 1 = 2019'], ['Action', 'Year 1']]).legend?.yearLabels // { 'Year 1': 2019 }
 */
export function findDateLegend(table: readonly (readonly string[])[]): FoundDateLegend {
  const rows = new Set<number>()
  let legend: DateLegend | null = null
  const tableStart = firstTableRow(table)
  let deadlineRow: number | null = null
  table.forEach((row, index) => {
    const text = onlyFilledCell(row)
    if (text === null) return
    // Also a sentence giving the plan's own period ("This plan will run … from 1 January 2021 until …") or its
    // financial year ("Our financial year runs August to July").
    if (
      !/^\s*(?:notes?|key|legend)\b/i.test(text) &&
      !/\b(?:year|yr)\s?\d{1,2}\s{0,3}=|\bq1\s{0,3}=|\bquarter\s?1\s{0,3}\(/i.test(text) &&
      !/\b(?:financial|fiscal) year\b|\bfrom\b|\bby\b/i.test(text)
    )
      return
    const found = readDateLegend(text)
    if (found === null) return
    // A deadline for every action is read only from the notes above the table, and its row stays in the
    // table: a sentence can state the deadline and still be a heading, or an action.
    const { deadline, ...rest } = found
    const withDeadline = deadline !== undefined && index < tableStart
    const read: DateLegend = withDeadline ? found : rest
    if (!isDeadlineOnly(rest)) rows.add(index)
    else if (!withDeadline) return
    if (withDeadline && legend?.deadline === undefined) deadlineRow = index
    legend = legend === null ? read : mergeLegends(legend, read)
  })
  const current = legend as DateLegend | null
  if (current?.deadline === undefined) {
    const period = findPeriodDeadline(table, tableStart) ?? titleDeadline(table, tableStart)
    if (period !== null) {
      const read: DateLegend = {
        yearLabels: {},
        quarterBasis: null,
        academicYearStartMonth: null,
        ...period.legend,
      }
      legend = current === null ? read : mergeLegends(current, read)
      deadlineRow = period.row
    }
  }
  return { legend, rows, deadlineRow }
}

/**
 * A note outside the table that gives the whole plan's work its period ({@link periodDeadline}): above the
 * first row of the table, or below its last (a closing "How we will deliver these objectives" paragraph).
 */
function findPeriodDeadline(
  table: readonly (readonly string[])[],
  tableStart: number,
): { legend: Pick<DateLegend, 'deadline'>; row: number } | null {
  let tableEnd = table.length - 1
  while (tableEnd >= tableStart && !isTableRow(table[tableEnd]!)) tableEnd--
  for (let index = 0; index < table.length; index++) {
    if (index >= tableStart && index <= tableEnd) continue
    const text = onlyFilledCell(table[index]!)
    if (text === null || !/\bwill\s/i.test(text)) continue
    for (const sentence of text.split(/[.;](?:\s|$)/)) {
      const deadline = periodDeadline(sentence)
      if (deadline !== null) return { legend: { deadline }, row: index }
    }
  }
  return null
}

/**
 * The page's title when it names the work of a period that reads as one due date ("Targets for end of 2018",
 * "Goals for 2025": {@link workForPeriod}), above the table: every action is due at its end. A title naming no
 * period may stand over the line that does, with only an introduction in sentences between them ("Our plans",
 * "This page sets out what we will do.", "Goals for 2025"): that line is the subtitle, read the same way, unless
 * another line of the page names the work of a period too (a page of "Goals for 2025", "Goals for 2026" sections).
 */
function titleDeadline(
  table: readonly (readonly string[])[],
  tableStart: number,
): { legend: Pick<DateLegend, 'deadline'>; row: number } | null {
  const first = table.findIndex((cells) => cells.some(hasText))
  if (first < 0 || first >= tableStart) return null
  const title = onlyFilledCell(table[first]!)
  if (title === null) return null
  let row = first
  let period = workForPeriod(title)
  if (period === null) {
    row = first + 1
    while (row < tableStart && (!table[row]!.some(hasText) || isSentence(onlyFilledCell(table[row]!) ?? '')))
      row++
    const subtitle = row < tableStart ? onlyFilledCell(table[row]!) : null
    period = subtitle === null ? null : workForPeriod(subtitle)
    if (period === null || hasOtherWorkForPeriod(table, row)) return null
  }
  const date = parseTargetDate(period, {})
  return date.kind === 'due' && date.due !== null && date.confidence >= 0.9
    ? { legend: { deadline: period }, row }
    : null
}

/** Whether a line of one cell other than `row` names the work of a period ({@link workForPeriod}). */
function hasOtherWorkForPeriod(table: readonly (readonly string[])[], row: number): boolean {
  return table.some((cells, index) => {
    if (index === row) return false
    const text = onlyFilledCell(cells)
    return text !== null && workForPeriod(text) !== null
  })
}

/** A legend that says nothing but a deadline (no year labels, quarters, period or financial year). */
function isDeadlineOnly(legend: DateLegend): boolean {
  return (
    Object.keys(legend.yearLabels).length === 0 &&
    legend.quarterBasis === null &&
    legend.planStart === undefined &&
    legend.financialYearStartMonth === undefined
  )
}

/** The first row of the table itself: two cells or more, or a list item ("• …", "1. …"). */
function firstTableRow(table: readonly (readonly string[])[]): number {
  const index = table.findIndex(isTableRow)
  return index < 0 ? table.length : index
}

/** A row of the table itself: two cells or more, or a list item ("• …", "1. …"). */
function isTableRow(row: readonly string[]): boolean {
  const text = onlyFilledCell(row)
  return text === null ? row.some(hasText) : /^\s*(?:[•·▪*–-]\s|\d{1,3}[.)]?\s)/.test(text)
}

/**
 * The legend in words for an issue message: " (Year 1 = 2019, academic quarters)", or '' when it says nothing.
 *
 * @example
 * describeLegend({ yearLabels: { 'Year 1': 2019 }, quarterBasis: null, academicYearStartMonth: null })
 * // ' (Year 1 = 2019)'
 */
export function describeLegend(legend: DateLegend): string {
  const parts = Object.entries(legend.yearLabels).map(([label, year]) => `${label} = ${year}`)
  if (legend.quarterBasis !== null) parts.push(`${legend.quarterBasis} quarters`)
  if (legend.planStart !== undefined) parts.push(`the plan runs ${legend.planStart} to ${legend.planEnd}`)
  if (legend.financialYearStartMonth !== undefined)
    parts.push(`financial year from month ${legend.financialYearStartMonth}`)
  if (legend.deadline !== undefined) parts.push(`every action due ${legend.deadline}`)
  return parts.length > 0 ? ` (${parts.join(', ')})` : ''
}

/** The text of the one filled cell of a row, or null when the row has none or several. */
function onlyFilledCell(row: readonly string[]): string | null {
  let found: string | null = null
  for (const cell of row) {
    if (!hasText(cell)) continue
    if (found !== null) return null
    found = cell
  }
  return found
}

function mergeLegends(a: DateLegend, b: DateLegend): DateLegend {
  return {
    yearLabels: { ...a.yearLabels, ...b.yearLabels },
    quarterBasis: a.quarterBasis ?? b.quarterBasis,
    academicYearStartMonth: a.academicYearStartMonth ?? b.academicYearStartMonth,
    ...pick(a.planStart === undefined ? b : a, 'planStart', 'planEnd'),
    ...pick(a.financialYearStartMonth === undefined ? b : a, 'financialYearStartMonth'),
    ...pick(a.deadline === undefined ? b : a, 'deadline'),
  }
}

function pick<K extends keyof DateLegend>(legend: DateLegend, ...keys: K[]): Partial<Pick<DateLegend, K>> {
  const out: Partial<Pick<DateLegend, K>> = {}
  for (const key of keys) if (legend[key] !== undefined) out[key] = legend[key]
  return out
}
