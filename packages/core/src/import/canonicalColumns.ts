import { z } from 'zod'
import { Status } from '../model/status'
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
 * The two columns the canonical layout writes after `Updates` (and after the link columns) when some action's
 * owners or status were read further than the plain parsers read their text: an ordinary table's owner cell
 * "HR (R)" (a RACI mark) is owner "HR", where `parseOwners` keeps "HR (R)"; a status written as prose ("The event was
 * held in May") is complete, where `parseStatus` says unknown. Each column is written only when some action
 * needs it, and its cell is filled only for those actions: empty, the `Owners` / `Status` text is read as before.
 * `owners` holds the owners as a JSON list of strings; `status` holds everything a status has besides its text
 * (`state`, `completedOn`, `percent`, `reportedRag`, `note`) as a JSON object.
 *
 * @example
 * canonicalReadingColumns.owners // 'Owners (as read)'
 * OwnersAsRead.parse(JSON.parse('["HR"]')) // ['HR']
 */
export const canonicalReadingColumns = {
  owners: 'Owners (as read)',
  status: 'Status (as read)',
} as const

/**
 * What an `Owners (as read)` cell holds once parsed from JSON: the action's owners.
 *
 * @example
 * OwnersAsRead.safeParse(['HR', 'Dean']).success // true
 */
export const OwnersAsRead = z.array(z.string())

/**
 * What a `Status (as read)` cell holds once parsed from JSON: the action's status without its text, which the
 * `Status` cell holds. Unknown keys are refused, so a mistyped key is reported rather than dropped.
 *
 * @example
 * StatusAsRead.parse({ state: 'complete', completedOn: null, percent: null, reportedRag: null, note: null })
 */
export const StatusAsRead = z.strictObject(Status.omit({ text: true }).shape)
export type StatusAsRead = z.infer<typeof StatusAsRead>

/** Where a canonical header's optional columns sit (0-based), null when absent, and where `extra` starts. */
export interface CanonicalOptionalColumns {
  readonly links: number | null
  readonly owners: number | null
  readonly status: number | null
  readonly extraStart: number
}

/**
 * Finds the optional columns of a canonical header (see {@link isCanonicalHeader}): right after `Updates`, the
 * pair `Continues plan`, `Continues action`, then `Owners (as read)`, then `Status (as read)`, each only when its
 * header is there, in that order. Every column after them is an `extra` column.
 *
 * @example
 * canonicalOptionalColumns([...canonicalColumns.map((c) => c.header), 'Status (as read)', 'Budget'])
 * // { links: null, owners: null, status: 13, extraStart: 14 }
 */
export function canonicalOptionalColumns(row: readonly string[]): CanonicalOptionalColumns {
  let at = canonicalColumns.length
  let links: number | null = null
  let owners: number | null = null
  let status: number | null = null
  if (row[at] === canonicalLinkColumns[0] && row[at + 1] === canonicalLinkColumns[1]) {
    links = at
    at += 2
  }
  if (row[at] === canonicalReadingColumns.owners) owners = at++
  if (row[at] === canonicalReadingColumns.status) status = at++
  return { links, owners, status, extraStart: at }
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
