import { hasText } from '../text/cleanCellText'
import { type DateLegend, readDateLegend } from './readDateLegend'

/** The plan's date legend and the rows it was read from. */
export interface FoundDateLegend {
  readonly legend: DateLegend | null
  /** 0-based rows that hold the legend. */
  readonly rows: ReadonlySet<number>
}

/**
 * Finds the plan's date legend: rows whose one filled cell is a note, key or legend ("Key: Year 1 = 2019/20")
 * or defines year labels or quarters ("Year 1 = 2019", "Q1 = January–March"), merged into one legend.
 *
 * @example
 * findDateLegend([['Key: Year 1 = 2019'], ['Action', 'Year 1']]).legend?.yearLabels // { 'Year 1': 2019 }
 */
export function findDateLegend(table: readonly (readonly string[])[]): FoundDateLegend {
  const rows = new Set<number>()
  let legend: DateLegend | null = null
  table.forEach((row, index) => {
    const text = onlyFilledCell(row)
    if (text === null) return
    // Also a sentence giving the plan's own period ("This plan will run … from 1 January 2021 until …") or its
    // financial year ("Our financial year runs August to July").
    if (
      !/^\s*(?:notes?|key|legend)\b/i.test(text) &&
      !/\b(?:year|yr)\s?\d{1,2}\s{0,3}=|\bq1\s{0,3}=/i.test(text) &&
      !/\b(?:financial|fiscal) year\b|\bfrom\b/i.test(text)
    )
      return
    const read = readDateLegend(text)
    if (read === null) return
    rows.add(index)
    legend = legend === null ? read : mergeLegends(legend, read)
  })
  return { legend, rows }
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
  }
}

function pick<K extends keyof DateLegend>(legend: DateLegend, ...keys: K[]): Partial<Pick<DateLegend, K>> {
  const out: Partial<Pick<DateLegend, K>> = {}
  for (const key of keys) if (legend[key] !== undefined) out[key] = legend[key]
  return out
}
