import type { ColumnField } from './columnSynonyms'

/**
 * The header of the canonical layout {@link planToRows} writes, in order, with the field each column holds.
 * `Updates` holds the progress history as JSON. Any columns after these are the actions' `extra` columns.
 * A table whose header starts with exactly these names is read verbatim by `tableToPlan` (no tidying, no
 * merging), which is what makes export → import give back the same plan.
 *
 * @example
 * canonicalColumns.map((c) => c.header).join(', ') // 'Id, Ref, Title, Description, …'
 */
export const canonicalColumns: readonly {
  readonly header: string
  readonly field: ColumnField | 'updates'
}[] = [
  { header: 'Id', field: 'id' },
  { header: 'Ref', field: 'ref' },
  { header: 'Title', field: 'title' },
  { header: 'Description', field: 'description' },
  { header: 'Section', field: 'section' },
  { header: 'Pillars', field: 'pillars' },
  { header: 'Owners', field: 'owners' },
  { header: 'Target', field: 'target' },
  { header: 'Target column', field: 'targetColumn' },
  { header: 'Success measures', field: 'successMeasures' },
  { header: 'Status', field: 'status' },
  { header: 'Notes', field: 'notes' },
  { header: 'Updates', field: 'updates' },
]

/**
 * Labels of the plan-details rows the canonical layout writes below the actions, after one blank row:
 * `Label | value` (`Year label | Year 1 | 2019`, `Period | text | start | end`).
 *
 * @example
 * canonicalPlanLabels.planId // 'Plan id'
 */
export const canonicalPlanLabels = {
  planId: 'Plan id',
  title: 'Plan title',
  institution: 'Institution',
  period: 'Period',
  taxonomy: 'Taxonomy',
  referenceDate: 'Reference date',
  planStart: 'Plan start',
  planEnd: 'Plan end',
  yearLabel: 'Year label',
  academicYearStartMonth: 'Academic year starts (month)',
  quarterBasis: 'Quarter basis',
  dateColumn: 'Date column',
  stage: 'Stage',
  signedOn: 'Signed on',
  previousPlanId: 'Previous plan id',
} as const

/**
 * The two columns the canonical layout writes right after `Updates` when any action continues an action of an
 * earlier plan (`action.continues`, set by `carryForward`): the earlier plan's id and that plan's action id,
 * each in its own cell so that neither id needs escaping and each can be filtered in a spreadsheet. A plan
 * without links has neither column, so older exports read exactly as before.
 *
 * @example
 * canonicalLinkColumns // ['Continues plan', 'Continues action']
 */
export const canonicalLinkColumns = ['Continues plan', 'Continues action'] as const

/**
 * True when a canonical header (see {@link isCanonicalHeader}) has the action-link columns after `Updates`.
 *
 * @example
 * hasCanonicalLinkColumns([...canonicalColumns.map((c) => c.header), 'Continues plan', 'Continues action']) // true
 */
export function hasCanonicalLinkColumns(row: readonly string[]): boolean {
  const at = canonicalColumns.length
  return row[at] === canonicalLinkColumns[0] && row[at + 1] === canonicalLinkColumns[1]
}

/**
 * True when a header row is the canonical layout's.
 *
 * @example
 * isCanonicalHeader(['Id', 'Ref', 'Title', …]) // true
 */
export function isCanonicalHeader(row: readonly string[]): boolean {
  return canonicalColumns.every((column, i) => row[i] === column.header)
}
