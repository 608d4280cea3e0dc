import { z } from 'zod'
import type { ActionLink } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import type { PlanPeriod, PlanStage } from '../model/plan'
import { IsoDate } from '../model/primitives'
import { ProgressUpdate } from '../model/progressUpdate'
import { type DateContext, QuarterBasis } from '../model/targetDate'
import type { Taxonomy } from '../model/taxonomySchema'
import type { ActionDraft } from './buildAction'
import {
  type CanonicalOptionalColumns,
  canonicalColumns,
  canonicalOptionalColumns,
  canonicalLinkColumns,
  canonicalPlanLabels,
  canonicalReadingColumns,
  OwnersAsRead,
  StatusAsRead,
} from './canonicalColumns'
import { createImportIssue } from './createImportIssue'
import { type MappedColumn, readDraftCells } from './readDraftCells'

/** What the canonical layout holds besides the actions' cells. */
export interface CanonicalTable {
  readonly drafts: ActionDraft[]
  readonly ids: (string | null)[]
  readonly updates: ProgressUpdate[][]
  /** Per action, the earlier plan's action it continues (`Continues plan`, `Continues action`), or null. */
  readonly links: (ActionLink | null)[]
  /**
   * Per action, its owners and status as the first import read them (`Owners (as read)`, `Status (as read)`),
   * each null when its cell is absent, empty or malformed (then the Owners and Status texts are read).
   */
  readonly readings: { readonly owners: string[] | null; readonly status: StatusAsRead | null }[]
  readonly planId: string | null
  readonly title: string | null
  readonly institution: string | null
  readonly period: PlanPeriod
  readonly taxonomy: string | null
  readonly dateContext: DateContext
  readonly stage: PlanStage | null
  readonly signedOn: string | null
  readonly previousPlanId: string | null
  readonly issues: ImportIssue[]
}

const Updates = z.array(ProgressUpdate)

/**
 * Reads techcommit's own export ({@link planToRows}): every row up to the first blank row is one action, cells
 * taken exactly as written; the `Label | value` rows after it are the plan's details.
 *
 * @example
 * readCanonicalTable(planToRows(plan), 0, technicianCommitment).drafts.length // plan.actions.length
 */
export function readCanonicalTable(
  table: readonly (readonly string[])[],
  headerIndex: number,
  taxonomy: Taxonomy,
): CanonicalTable {
  const header = table[headerIndex]!
  const issues: ImportIssue[] = []
  const drafts: ActionDraft[] = []
  const ids: (string | null)[] = []
  const updates: ProgressUpdate[][] = []
  const links: (ActionLink | null)[] = []
  const readings: CanonicalTable['readings'][number][] = []
  const optional = canonicalOptionalColumns(header)
  const { extraStart } = optional
  const layout: MappedColumn[] = canonicalColumns.flatMap((column, i) =>
    column.field === 'updates' ? [] : [[column.field, i, column.header] as const],
  )
  let index = headerIndex + 1
  for (; index < table.length; index++) {
    const row = table[index]!
    if (row.every((cell) => cell === '')) break
    const rowNumber = index + 1
    const extra: ActionDraft['extra'] = []
    for (let i = extraStart; i < header.length; i++) {
      const value = row[i] ?? ''
      if (value !== '') extra.push({ name: header[i]!, value, column: i })
    }
    drafts.push({
      row: rowNumber,
      verbatim: true,
      section: null,
      cells: readDraftCells(row, layout),
      flags: [],
      years: [],
      extra,
      blockPillar: null,
      pillarsFromDescription: false,
    })
    const id = row[0] ?? ''
    ids.push(id === '' ? null : id)
    updates.push(readUpdates(row[12] ?? '', rowNumber, issues))
    links.push(optional.links !== null ? readLink(row, rowNumber, issues) : null)
    readings.push(readReadings(row, rowNumber, optional, issues))
  }
  let planId: string | null = null
  let title: string | null = null
  let institution: string | null = null
  let period: PlanPeriod = { text: null, start: null, end: null }
  let taxonomyId: string | null = null
  const dateContext: DateContext = {}
  const yearLabels = new Map<string, number>()
  let stage: PlanStage | null = null
  let signedOn: string | null = null
  let previousPlanId: string | null = null
  for (index++; index < table.length; index++) {
    const row = table[index]!
    if (row.every((cell) => cell === '')) continue
    const rowNumber = index + 1
    const [label = '', value = '', third = '', fourth = ''] = row
    switch (label) {
      case canonicalPlanLabels.planId:
        planId = value === '' ? null : value
        break
      case canonicalPlanLabels.title:
        title = value
        break
      case canonicalPlanLabels.institution:
        institution = value
        break
      case canonicalPlanLabels.period:
        period = {
          text: value === '' ? null : value,
          start: isoDate(third, rowNumber, 3, issues),
          end: isoDate(fourth, rowNumber, 4, issues),
        }
        break
      case canonicalPlanLabels.taxonomy:
        taxonomyId = value === '' ? null : value
        if (taxonomyId !== null && taxonomyId !== taxonomy.id) {
          issues.push(
            createImportIssue(
              'taxonomy-mismatch',
              'warning',
              rowNumber,
              2,
              label,
              `The file was exported with taxonomy "${taxonomyId}", but pillars were read with "${taxonomy.id}". Pass that taxonomy in options.taxonomy.`,
            ),
          )
        }
        break
      case canonicalPlanLabels.referenceDate:
      case canonicalPlanLabels.planStart:
      case canonicalPlanLabels.planEnd: {
        const date = isoDate(value, rowNumber, 2, issues)
        if (date === null) break
        if (label === canonicalPlanLabels.referenceDate) dateContext.referenceDate = date
        else if (label === canonicalPlanLabels.planStart) dateContext.planStart = date
        else dateContext.planEnd = date
        break
      }
      case canonicalPlanLabels.yearLabel: {
        const year = Number(third)
        // "__proto__" cannot be a key of the plain object the schema builds; refuse it rather than lose it.
        if (value === '__proto__')
          issues.push(badDetail(rowNumber, 2, label, value, 'a label such as "Year 1"'))
        else if (Number.isInteger(year) && third.trim() !== '') yearLabels.set(value, year)
        else issues.push(badDetail(rowNumber, 3, label, third, 'a whole year such as 2019'))
        break
      }
      case canonicalPlanLabels.academicYearStartMonth: {
        const month = Number(value)
        if (Number.isInteger(month) && month >= 1 && month <= 12) dateContext.academicYearStartMonth = month
        else issues.push(badDetail(rowNumber, 2, label, value, 'a month number from 1 to 12'))
        break
      }
      case canonicalPlanLabels.quarterBasis: {
        const basis = QuarterBasis.safeParse(value)
        if (basis.success) dateContext.quarterBasis = basis.data
        else issues.push(badDetail(rowNumber, 2, label, value, 'calendar, academic or financial'))
        break
      }
      case canonicalPlanLabels.dateColumn:
        dateContext.column = value
        break
      case canonicalPlanLabels.stage:
        // planToRows writes a numbered stage as its digits; anything else is the framework's own label.
        if (/^[1-9][0-9]{0,8}$/.test(value)) stage = Number(value)
        else if (value !== '') stage = value
        else issues.push(badDetail(rowNumber, 2, label, value, 'a stage number such as 2, or a label'))
        break
      case canonicalPlanLabels.signedOn:
        signedOn = isoDate(value, rowNumber, 2, issues)
        break
      case canonicalPlanLabels.previousPlanId:
        if (value !== '') previousPlanId = value
        else issues.push(badDetail(rowNumber, 2, label, value, 'the id of the plan this one follows'))
        break
      default:
        issues.push(
          createImportIssue(
            'unknown-plan-detail',
            'warning',
            rowNumber,
            1,
            null,
            `Row ${rowNumber} is below the actions but "${label.slice(0, 60)}" is not a plan detail techcommit writes; it was ignored. Move actions above the blank row.`,
          ),
        )
    }
  }
  if (yearLabels.size > 0) dateContext.yearLabels = Object.fromEntries(yearLabels)
  return {
    drafts,
    ids,
    updates,
    links,
    readings,
    planId,
    title,
    institution,
    period,
    taxonomy: taxonomyId,
    dateContext,
    stage,
    signedOn,
    previousPlanId,
    issues,
  }
}

// Both cells empty: a new action. Both filled: the link. One without the other cannot be a link; say which.
function readLink(row: readonly string[], rowNumber: number, issues: ImportIssue[]): ActionLink | null {
  const planColumn = canonicalColumns.length
  const planId = row[planColumn] ?? ''
  const actionId = row[planColumn + 1] ?? ''
  if (planId !== '' && actionId !== '') return { planId, actionId }
  if (planId === '' && actionId === '') return null
  const emptyColumn = planId === '' ? planColumn + 1 : planColumn + 2
  const emptyName = canonicalLinkColumns[planId === '' ? 0 : 1]
  const otherName = canonicalLinkColumns[planId === '' ? 1 : 0]
  issues.push(
    createImportIssue(
      'invalid-action-link',
      'error',
      rowNumber,
      emptyColumn,
      emptyName,
      `Row ${rowNumber} has a ${otherName} cell but an empty ${emptyName} cell, so the action's link to the earlier plan was not imported. Fill in both cells (the earlier plan's id and its action's id), or empty both.`,
    ),
  )
  return null
}

// Each "as read" cell: empty, the text is read as before; filled, it must be the JSON techcommit writes.
function readReadings(
  row: readonly string[],
  rowNumber: number,
  optional: CanonicalOptionalColumns,
  issues: ImportIssue[],
): CanonicalTable['readings'][number] {
  const owners =
    optional.owners === null
      ? null
      : readJsonCell(row, rowNumber, optional.owners, OwnersAsRead, 'owners', issues)
  const status =
    optional.status === null
      ? null
      : readJsonCell(row, rowNumber, optional.status, StatusAsRead, 'status', issues)
  return { owners, status }
}

function readJsonCell<T>(
  row: readonly string[],
  rowNumber: number,
  column: number,
  schema: z.ZodType<T>,
  field: 'owners' | 'status',
  issues: ImportIssue[],
): T | null {
  const text = row[column] ?? ''
  if (text.trim() === '') return null
  const read = jsonCell(text, schema)
  if (read !== null) return read
  const name = canonicalReadingColumns[field]
  const instead =
    field === 'owners' ? 'owners were read from its Owners cell' : 'status was read from its Status cell'
  issues.push(
    createImportIssue(
      `invalid-${field}-as-read`,
      'error',
      rowNumber,
      column + 1,
      name,
      `The ${name} cell on row ${rowNumber} is not the JSON techcommit writes, so the action's ${instead} instead. Restore the cell from the exported file, or empty it.`,
    ),
  )
  return null
}

function readUpdates(text: string, row: number, issues: ImportIssue[]): ProgressUpdate[] {
  if (text.trim() === '') return []
  const updates = jsonCell(text, Updates)
  if (updates !== null) return updates
  issues.push(
    createImportIssue(
      'invalid-updates',
      'error',
      row,
      13,
      'Updates',
      `The Updates cell on row ${row} is not the JSON list of progress updates techcommit writes, so the action's history was not imported. Restore the cell from the exported file, or empty it.`,
    ),
  )
  return []
}

function isoDate(text: string, row: number, column: number, issues: ImportIssue[]): string | null {
  if (text === '') return null
  if (IsoDate.safeParse(text).success) return text
  issues.push(badDetail(row, column, null, text, 'an ISO date such as 2019-08-01'))
  return null
}

function badDetail(
  row: number,
  column: number,
  label: string | null,
  value: string,
  expected: string,
): ImportIssue {
  return createImportIssue(
    'invalid-plan-detail',
    'warning',
    row,
    column,
    label,
    `"${value.slice(0, 60)}" on row ${row} should be ${expected}; it was ignored.`,
  )
}

/** A cell's JSON as the schema reads it, or null when the cell is not JSON or not of that shape. */
function jsonCell<T>(text: string, schema: z.ZodType<T>): T | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  const checked = schema.safeParse(parsed)
  return checked.success ? checked.data : null
}
