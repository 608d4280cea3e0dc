import { ImportError } from '../errors'
import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import type { Plan, PlanPeriod } from '../model/plan'
import type { DateContext } from '../model/targetDate'
import type { Taxonomy } from '../model/taxonomySchema'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { assignActionIds, createIdAssigner } from './assignActionIds'
import { type ActionDraft, buildAction } from './buildAction'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { type ColumnField, columnFields } from './columnSynonyms'
import { createImportIssue } from './createImportIssue'
import { createParseCache } from './createParseCache'
import type { DraftCell } from './DraftCells'
import { type ColumnMap, type ForcedColumn, looksLikeHeader, mapColumns } from './mapColumns'
import { isCanonicalHeader } from './canonicalColumns'
import { readCanonicalTable } from './readCanonicalTable'
import { applyDateLegend, type DateLegend, readDateLegend } from './readDateLegend'
import { readTableBody } from './readTableBody'
import { assignColumns, type ColumnExplanation, refineColumnMap } from './assignColumns'
import {
  explainColumnMap,
  type ImportExplanation,
  type ImportRowExplanation,
  type ImportRowKind,
} from './explainImport'
import { findTable } from './findTable'
import { peelRef } from './peelRef'
import { readRows } from './readRows'
import { buildPlan, emptyPlan, isBuiltAction, planIdFrom } from './buildPlan'

/** Defensive caps on the size of a table. A table over a cap is cut, with an issue saying so. */
export interface TableLimits {
  /** Default 500,000 rows. */
  readonly maxRows?: number
  /** Default 256 columns. */
  readonly maxColumns?: number
  /** Default 32,767 characters, Excel's own cell limit. */
  readonly maxCellLength?: number
}

/** Options for {@link tableToPlan}. Every field is optional. */
export interface TableToPlanOptions {
  /** The plan's id. Default: the slug of its title, else of `fileName`, else `plan-` and a hash of its actions. */
  readonly planId?: string
  /** The name of the file the table came from ("athena-swan-2022.csv"): names the plan when it has no title. */
  readonly fileName?: string
  readonly institution?: string | null
  /** Default: the first title row above the header. */
  readonly title?: string | null
  readonly period?: PlanPeriod
  /** The framework pillars are read against. Default {@link technicianCommitment}. */
  readonly taxonomy?: Taxonomy
  /** Forces the date context. When absent, a legend in the table ("Year 1 = 2019", "Q1 = January-March")
   * sets `yearLabels` and `quarterBasis`. */
  readonly dateContext?: DateContext
  /** Forces columns: field → header text or 1-based column number; null stops a field being mapped. */
  readonly columns?: Partial<Record<ColumnField, ForcedColumn>>
  /** 1-based row of the header, when detection picks the wrong one. */
  readonly headerRow?: number
  /** Copy the previous action's value into empty cells (merged cells exported as blanks): true for owners,
   * target, status and pillars, or the list of fields. Off by default. */
  readonly fillDown?: boolean | readonly ColumnField[]
  /** Merged cells of the source (a workbook or Word table knows them; a CSV does not): each region's
   * top-left text is read on every row and column it spans, and the explanation names the region. */
  readonly mergedRegions?: readonly MergedRegion[]
  /** Throw an {@link ImportError} when any issue has severity `error`. */
  readonly strict?: boolean
  readonly limits?: TableLimits
}

/** A merged cell of the source table: 1-based, inclusive rows and columns. */
export interface MergedRegion {
  readonly firstRow: number
  readonly lastRow: number
  readonly firstColumn: number
  readonly lastColumn: number
}

/** The result of {@link tableToPlan}: the plan and every problem found on the way. */
export interface TableToPlanResult {
  readonly plan: Plan
  readonly issues: ImportIssue[]
  /** How the table was read: header row, each column's field with confidence and evidence, structure rows. */
  readonly explanation: ImportExplanation
}

const headerSearchRows = 50

/**
 * Reads a table (rows of cells, as a CSV or a pasted Word/Excel table gives them) into a plan. Finds the
 * header row below any title rows, maps columns by synonym, and reads every layout real plans use: one row per
 * action with the plan's own numbering; section-heading rows; a second "Completed Actions" table; page-break
 * continuation rows; pillar flag columns; side-by-side pillar grids with "Year 1 / Year 2" quarter columns and
 * their legend; HTML in cells; and techcommit's own export ({@link planToRows}). Unmapped columns are kept in
 * each action's `extra`. Never throws unless `strict` is set: every problem is an {@link ImportIssue} with its
 * row, column and a message that says how to fix it.
 *
 * @example
 * const { plan, issues } = tableToPlan([
 *   ['no.', 'Action', 'Aim', 'Responsible', 'Timescale'],
 *   ['1', 'Launch a technician webpage', 'V, C', 'Forum / SM', 'Dec. 18'],
 * ])
 * plan.actions[0]?.owners // ['Forum', 'SM']
 */
export function tableToPlan(
  rows: readonly (readonly string[])[],
  options: TableToPlanOptions = {},
): TableToPlanResult {
  const issues: ImportIssue[] = []
  const taxonomy = options.taxonomy ?? technicianCommitment
  const table = fillMergedRegions(sanitizeRows(rows, options.limits ?? {}, issues), options.mergedRegions)

  if (table.every((row) => row.every((cell) => cell.trim() === ''))) {
    issues.push(
      createImportIssue(
        'empty-table',
        'error',
        null,
        null,
        null,
        'The table is empty: there are no cells with text. Check that the right file or sheet was exported.',
      ),
    )
    return buildPlan(emptyPlan(options, taxonomy, null, options.dateContext ?? {}), issues, options, {
      headerRow: null,
      columns: [],
      rows: [],
      actionCount: 0,
    })
  }

  const legendRows = new Set<number>()
  let legend: DateLegend | null = null
  table.forEach((row, index) => {
    const text = onlyFilledCell(row)
    if (text === null) return
    if (
      !/^\s*(?:notes?|key|legend)\b/i.test(text) &&
      !/\b(?:year|yr)\s?\d{1,2}\s{0,3}=|\bq1\s{0,3}=/i.test(text)
    )
      return
    const read = readDateLegend(text)
    if (read === null) return
    legendRows.add(index)
    legend = legend === null ? read : mergeLegends(legend, read)
  })

  const canonicalIndex = table.slice(0, headerSearchRows).findIndex((row) => isCanonicalHeader(row))
  if (canonicalIndex >= 0 && options.headerRow === undefined && options.columns === undefined) {
    const read = readCanonicalTable(table, canonicalIndex, taxonomy)
    issues.push(...read.issues)
    const dateContext = options.dateContext ?? read.dateContext
    const buildIssues: ImportIssue[] = []
    const context = { taxonomy, dateContext, issues: buildIssues, parse: createParseCache(taxonomy) }
    const actions = read.drafts.map((draft) => buildAction(draft, context))
    append(issues, buildIssues)
    const idCells = new Map<number, DraftCell>()
    read.drafts.forEach((draft, i) => {
      const cell = draft.cells.cell('id')
      if (cell !== undefined) idCells.set(i, cell)
    })
    const ids = assignIds(
      actions,
      read.ids,
      read.drafts.map((draft) => draft.row),
      idCells,
      issues,
    )
    let wellFormed = true
    actions.forEach((action, i) => {
      action.id = ids[i]!
      action.updates = read.updates[i] ?? []
      const link = read.links[i]
      if (link != null) action.continues = link
      if (action.id === '' || !isBuiltAction(action)) wellFormed = false
    })
    const plan: Plan = {
      id: options.planId ?? read.planId ?? planIdFrom(read.title, options.fileName, actions),
      institution: options.institution !== undefined ? options.institution : read.institution,
      title: options.title !== undefined ? options.title : read.title,
      period: options.period ?? read.period,
      taxonomy: read.taxonomy ?? taxonomy.id,
      dateContext,
      actions,
      ...(read.stage === null ? {} : { stage: read.stage }),
      ...(read.signedOn === null ? {} : { signedOn: read.signedOn }),
      ...(read.previousPlanId === null ? {} : { previousPlanId: read.previousPlanId }),
    }
    const explanation: ImportExplanation = {
      headerRow: canonicalIndex + 1,
      columns: table[canonicalIndex]!.map((cell, i) => ({
        column: i + 1,
        header: cell,
        field: 'extra' as const,
        confidence: 1,
        evidence: "techcommit's own export (planToRows): every column is read by its exact header",
      })),
      rows: [{ row: canonicalIndex + 1, kind: 'header' as const }],
      actionCount: actions.length,
    }
    return buildPlan(plan, issues, options, explanation, wellFormed && context.parse.valid)
  }

  const foundHeader = findHeader(table, options, taxonomy)
  // A numbered list item ("Objective 1: Build …") alone on its row is an action, not a lone "Objective" header.
  const synonymHeader =
    foundHeader !== null &&
    options.headerRow === undefined &&
    table[foundHeader.index]!.filter(hasText).length === 1 &&
    table[foundHeader.index]!.some((cell) => peelRef(cell) !== null)
      ? null
      : foundHeader
  const pillarLayout =
    synonymHeader !== null &&
    (synonymHeader.map.flags.length > 0 ||
      synonymHeader.map.years.length > 0 ||
      synonymHeader.map.blocks.length > 0)
  let header: { index: number; map: ColumnMap }
  let bodyRows: readonly (readonly string[])[] = table
  let listRows: ReadonlySet<number> = new Set()
  let grouped = false
  let columnExplanations: readonly ColumnExplanation[]
  let headerRow: number | null
  if (synonymHeader !== null && pillarLayout) {
    // Pillar flag columns and side-by-side pillar grids are read from their header words alone.
    issues.push(...synonymHeader.issues)
    header = synonymHeader
    headerRow = synonymHeader.index + 1
    columnExplanations = explainColumnMap(synonymHeader.map)
  } else if (synonymHeader !== null) {
    // Header words name the columns; the cells refine it (the action column, refs typed into cells).
    issues.push(...synonymHeader.issues)
    const refined = refineColumnMap(
      table,
      synonymHeader.index + 1,
      synonymHeader.map,
      taxonomy,
      explainColumnMap(synonymHeader.map),
      options.columns !== undefined || options.headerRow !== undefined,
    )
    const prepared = readRows(table, synonymHeader.index + 1, refined)
    bodyRows = prepared.rows
    listRows = prepared.listRows
    grouped = refined.grouped
    header = { index: synonymHeader.index, map: refined.map }
    headerRow = synonymHeader.index + 1
    columnExplanations = refined.explanations
  } else {
    const found = findTable(
      table,
      legendRows,
      options.headerRow === undefined ? undefined : options.headerRow - 1,
    )
    const assignment = assignColumns(table, found.headerIndex, found.bodyStart, {
      taxonomy,
      ...(options.columns === undefined ? {} : { columns: options.columns }),
    })
    if (!assignment.map.fields.has('title')) {
      issues.push(
        createImportIssue(
          'header-not-found',
          'error',
          found.headerIndex === null ? null : found.headerIndex + 1,
          null,
          null,
          `This does not look like an action plan: no column holds action text, either by its header (such as "Action", "What we will do", "Planned activity") or by its cells (sentences, or items numbered "1.", "1.2"). Name the action column, or pass options.columns (e.g. { title: 2 }) and options.headerRow.`,
        ),
      )
      return buildPlan(emptyPlan(options, taxonomy, null, options.dateContext ?? {}), issues, options, {
        headerRow: found.headerIndex === null ? null : found.headerIndex + 1,
        columns: assignment.explanations,
        rows: [],
        actionCount: 0,
      })
    }
    const prepared = readRows(table, found.bodyStart, assignment)
    bodyRows = prepared.rows
    listRows = prepared.listRows
    grouped = assignment.grouped
    header = { index: found.bodyStart - 1, map: assignment.map }
    headerRow = found.headerIndex === null ? null : found.headerIndex + 1
    columnExplanations = assignment.explanations
    for (const column of assignment.explanations) {
      if (column.confidence >= 0.5 || column.field === 'extra') continue
      issues.push(
        createImportIssue(
          'low-confidence-column',
          'warning',
          headerRow,
          column.column,
          column.header || null,
          `Column ${column.column}${column.header ? ` ("${column.header}")` : ''} was read as ${column.field} with low confidence (${Math.round(column.confidence * 100)}%: ${column.evidence}). If that is wrong, force it with options.columns (e.g. { ${column.field}: ${column.column} }) or options.headerRow.`,
        ),
      )
    }
  }
  const structureRows: { row: number; kind: ImportRowKind }[] = []
  const headerIndexForTitle = headerRow === null ? header.index + 1 : header.index
  const planTitle = readPlanTitle(table, headerIndexForTitle)
  let dateContext: DateContext = options.dateContext ?? {}
  const foundLegend = legend as DateLegend | null
  if (foundLegend !== null) {
    const row = [...legendRows][0]! + 1
    if (options.dateContext === undefined) {
      dateContext = applyDateLegend({}, foundLegend)
      issues.push(
        createImportIssue(
          'date-legend-read',
          'info',
          row,
          null,
          null,
          `Read the plan's date legend on row ${row}${describeLegend(foundLegend)}. To read the dates differently, pass options.dateContext.`,
        ),
      )
    } else {
      issues.push(
        createImportIssue(
          'date-legend-ignored',
          'info',
          row,
          null,
          null,
          `The plan has a date legend on row ${row}${describeLegend(foundLegend)}, but options.dateContext was given, so the legend was not used.`,
        ),
      )
    }
  }

  // Each draft is built into its action as soon as readTableBody completes it, so drafts die young instead of
  // all living until the end (on a 100,000-row table, much of the garbage collector's work). The
  // building's issues are kept apart and listed after the body's, the order they always had.
  const buildIssues: ImportIssue[] = []
  const context = { taxonomy, dateContext, issues: buildIssues, parse: createParseCache(taxonomy) }
  const actions: Action[] = []
  // Per action, what is still needed of its draft once it is built: its row, and the id it asked for.
  const draftRows: number[] = []
  const givenIds: (string | null)[] = []
  const idCells = new Map<number, DraftCell>()
  let wellFormed = true
  // Without ids given in the table (no Id column: the usual case), each action gets its id and its numbering
  // check as it is built, while it is fresh in the CPU cache; given ids are assigned over the whole list after.
  const assigner = createIdAssigner([])
  const gapIssues: ImportIssue[] = []
  const body = readTableBody(
    bodyRows,
    header.index,
    header.map,
    {
      taxonomy,
      ...(options.columns === undefined ? {} : { columns: options.columns }),
      fillDown: fillDownFields(options.fillDown),
      planTitle,
      skipRows: legendRows,
      listRows,
      groupLabels: grouped,
      onStructureRow: (row, kind) => structureRows.push({ row, kind }),
    },
    (draft: ActionDraft) => {
      const action = buildAction(draft, context)
      // Checked here, while the action is fresh in the CPU cache, rather than in a pass of its own at the end.
      if (!isBuiltAction(action)) wellFormed = false
      const idCell = draft.cells.cell('id')
      const given = idCell === undefined ? '' : collapseWhitespace(idCell.text)
      givenIds.push(given === '' ? null : given)
      if (idCell !== undefined) idCells.set(draftRows.length, idCell)
      if (given === '' && idCells.size === 0) {
        action.id = assigner.assign(action, actions.length)
        if (action.id === '') wellFormed = false
      }
      const before = actions[actions.length - 1]
      const gap = before === undefined ? null : numberingGap(before, action, draft.row)
      if (gap !== null) gapIssues.push(gap)
      actions.push(action)
      draftRows.push(draft.row)
    },
  )
  append(issues, body.issues)
  append(issues, buildIssues)
  if (idCells.size > 0) {
    const ids = assignIds(actions, givenIds, draftRows, idCells, issues)
    actions.forEach((action, i) => {
      action.id = ids[i]!
      if (action.id === '') wellFormed = false
    })
  }
  append(issues, gapIssues)
  if (actions.length === 0) {
    issues.push(
      createImportIssue(
        'no-actions',
        'warning',
        headerRow,
        null,
        null,
        headerRow === null
          ? 'No action rows were found: no header row names the columns and no rows look like actions. Pass options.headerRow and options.columns to say where the actions are.'
          : `The header on row ${headerRow} was found, but no action rows follow it. Check that the actions are below the header, in the same columns, or force them with options.columns.`,
      ),
    )
  }
  const title = options.title !== undefined ? options.title : planTitle
  const explanation: ImportExplanation = {
    headerRow,
    columns: columnExplanations,
    rows: explainRows(table, headerRow, header.index + 1, planTitle, legendRows, structureRows),
    mergedRegions: (options.mergedRegions ?? []).map((region) => ({
      ...region,
      text: table[region.firstRow - 1]?.[region.firstColumn - 1] ?? '',
    })),
    actionCount: actions.length,
  }
  const plan: Plan = {
    id: options.planId ?? planIdFrom(title, options.fileName, actions),
    institution: options.institution ?? null,
    title,
    period: options.period ?? { text: null, start: null, end: null },
    taxonomy: taxonomy.id,
    dateContext,
    actions,
  }
  return buildPlan(plan, issues, options, explanation, wellFormed && context.parse.valid)
}

/**
 * Reads each merged region's top-left text on every cell it spans, as a reader of the printed table does
 * ("this label spans rows 3–8"). Regions outside the table are ignored; the caller's rows are not changed.
 */
function fillMergedRegions(table: string[][], regions: readonly MergedRegion[] | undefined): string[][] {
  if (regions === undefined || regions.length === 0) return table
  const out = table.map((row) => [...row])
  for (const region of regions) {
    const text = out[region.firstRow - 1]?.[region.firstColumn - 1] ?? ''
    const lastRow = Math.min(region.lastRow, out.length)
    for (let r = region.firstRow; r <= lastRow; r++) {
      const row = out[r - 1]!
      for (let c = region.firstColumn; c <= region.lastColumn && c <= 256; c++) {
        while (row.length < c) row.push('')
        row[c - 1] = text
      }
    }
  }
  return out
}

/** The rows that hold no action, in row order: above the table, the header, legends, and the body's own. */
function explainRows(
  table: readonly (readonly string[])[],
  headerRow: number | null,
  bodyStart: number,
  planTitle: string | null,
  legendRows: ReadonlySet<number>,
  structureRows: readonly { row: number; kind: ImportRowKind }[],
): ImportRowExplanation[] {
  const rows: ImportRowExplanation[] = []
  const above = headerRow === null ? bodyStart : headerRow - 1
  let titled = false
  for (let index = 0; index < above; index++) {
    if (legendRows.has(index) || !table[index]!.some(hasText)) continue
    const isTitle =
      !titled && planTitle !== null && table[index]!.some((c) => collapseWhitespace(c) === planTitle)
    if (isTitle) titled = true
    rows.push({ row: index + 1, kind: isTitle ? 'title' : 'preamble' })
  }
  if (headerRow !== null) rows.push({ row: headerRow, kind: 'header' })
  for (const index of legendRows) rows.push({ row: index + 1, kind: 'legend' })
  for (const item of structureRows) rows.push({ row: item.row, kind: item.kind })
  return rows.sort((a, b) => a.row - b.row)
}

/** `target.push(...items)` without the argument-count limit a spread hits on very long lists. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

// A skipped number (8 then 10) is common and harmless, but worth a word in case a row was lost in the export.
function numberingGap(before: Action, after: Action, row: number): ImportIssue | null {
  if (before.section !== after.section || before.ref === null || after.ref === null) return null
  const from = smallNumber(before.ref)
  const to = from < 0 ? -1 : smallNumber(after.ref)
  if (to < 0) return null
  const gap = to - from
  if (gap <= 1) return null
  const missing = gap === 2 ? `number ${from + 1} is` : `numbers ${from + 1}–${to - 1} are`
  return createImportIssue(
    'numbering-gap',
    'info',
    row,
    null,
    null,
    `Action ${after.ref} follows action ${before.ref}: ${missing} not in the table. Nothing was dropped; if the plan has such an action, check the export.`,
  )
}

/**
 * The value of `text` when `/^\d{1,6}$/` matches it, else -1; by hand, as it runs twice for every action, and
 * without `Number(text)` converting the string a second time.
 */
function smallNumber(text: string): number {
  if (text.length === 0 || text.length > 6) return -1
  let value = 0
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

function assignIds(
  built: Action[],
  given: readonly (string | null)[],
  rows: readonly number[],
  idCells: ReadonlyMap<number, DraftCell>,
  issues: ImportIssue[],
): string[] {
  // The actions themselves are the id sources (ref, section, and for now the id the table gives, '' when none):
  // no second object per action.
  built.forEach((action, i) => {
    action.id = given[i] ?? ''
  })
  const ids = assignActionIds(built)
  ids.forEach((id, i) => {
    const wanted = given[i]
    if (wanted === null || wanted === undefined || wanted === id) return
    const row = rows[i]!
    const column = idCells.get(i)
    issues.push(
      createImportIssue(
        'duplicate-id',
        'warning',
        row,
        column ? column.column + 1 : null,
        column ? column.header : null,
        `The id "${wanted.slice(0, 60)}" on row ${row} is already used by an earlier action, so this action was given the id "${id}". Make every id unique.`,
      ),
    )
  })
  return ids
}

function sanitizeRows(
  rows: readonly (readonly string[])[],
  limits: TableLimits,
  issues: ImportIssue[],
): string[][] {
  const maxRows = limits.maxRows ?? 500_000
  const maxColumns = limits.maxColumns ?? 256
  const maxCellLength = limits.maxCellLength ?? 32_767
  const source: readonly unknown[] = Array.isArray(rows) ? rows : []
  if (source.length > maxRows) {
    issues.push(
      createImportIssue(
        'too-many-rows',
        'error',
        maxRows + 1,
        null,
        null,
        `The table has ${source.length} rows; only the first ${maxRows} were read. Split the file, or raise options.limits.maxRows.`,
      ),
    )
  }
  let wideReported = false
  let longReported = 0
  const out: string[][] = []
  for (let r = 0; r < Math.min(source.length, maxRows); r++) {
    const raw = source[r]
    const cells: readonly unknown[] = Array.isArray(raw) ? raw : []
    if (r > 0 && isCleanRow(cells, maxColumns, maxCellLength)) {
      // Nothing to fix: share the caller's row instead of copying it (the rows are never written to).
      out.push(cells as string[])
      continue
    }
    if (cells.length > maxColumns && !wideReported) {
      wideReported = true
      issues.push(
        createImportIssue(
          'too-many-columns',
          'error',
          r + 1,
          maxColumns + 1,
          null,
          `Row ${r + 1} has ${cells.length} columns; only the first ${maxColumns} were read. Delete the unused columns, or raise options.limits.maxColumns.`,
        ),
      )
    }
    const row: string[] = []
    for (let c = 0; c < Math.min(cells.length, maxColumns); c++) {
      const value = cells[c]
      let text =
        typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)
      if (r === 0 && c === 0 && text.startsWith('\ufeff')) text = text.slice(1)
      if (text.length > maxCellLength) {
        text = text.slice(0, maxCellLength)
        if (longReported++ < 10) {
          issues.push(
            createImportIssue(
              'cell-too-long',
              'warning',
              r + 1,
              c + 1,
              null,
              `The cell at row ${r + 1}, column ${c + 1} is longer than ${maxCellLength} characters and was cut. Shorten it, or raise options.limits.maxCellLength.`,
            ),
          )
        }
      }
      row.push(text)
    }
    out.push(row)
  }
  return out
}

function isCleanRow(cells: readonly unknown[], maxColumns: number, maxCellLength: number): boolean {
  if (cells.length > maxColumns) return false
  for (const cell of cells) if (typeof cell !== 'string' || cell.length > maxCellLength) return false
  return true
}

function findHeader(
  table: readonly (readonly string[])[],
  options: TableToPlanOptions,
  taxonomy: Taxonomy,
): { index: number; map: ColumnMap; issues: ImportIssue[] } | null {
  const mapOptions = options.columns === undefined ? { taxonomy } : { taxonomy, columns: options.columns }
  const at = (index: number) => {
    const row = table[index]
    if (!row) return null
    const mapped = mapColumns(row, index + 1, mapOptions)
    return mapped ? { index, map: mapped.map, issues: mapped.issues } : null
  }
  if (options.headerRow !== undefined) return at(options.headerRow - 1)
  const forcedTexts = Object.values(options.columns ?? {}).filter((v): v is string => typeof v === 'string')
  const forcedNumbers = Object.values(options.columns ?? {}).some((v) => typeof v === 'number')
  const limit = Math.min(table.length, headerSearchRows)
  // First a row with two recognised headers; only failing that, a lone "Action" column. One pass: a row with
  // not even one recognised header (most rows) is tested once.
  const lone: number[] = []
  for (let index = 0; index < limit; index++) {
    const row = table[index]!
    const filled = row.filter(hasText).length
    if (filled === 0) continue
    const forced =
      forcedTexts.length > 0 &&
      row.some((cell) => forcedTexts.some((text) => cell.trim().toLowerCase() === text.trim().toLowerCase()))
    if (!forced && !looksLikeHeader(row, taxonomy, { minRecognised: 1 })) continue
    // Two recognised headers need two filled cells.
    if (forced || (filled >= 2 && looksLikeHeader(row, taxonomy, { minRecognised: 2 }))) {
      const found = at(index)
      if (found) return found
    } else lone.push(index)
  }
  for (const index of lone) {
    const found = at(index)
    if (found) return found
  }
  if (forcedNumbers) {
    const first = table.findIndex((row) => row.some((cell) => cell.trim() !== ''))
    if (first >= 0) return at(first)
  }
  return null
}

function readPlanTitle(table: readonly (readonly string[])[], headerIndex: number): string | null {
  for (let index = 0; index < headerIndex; index++) {
    const filled = table[index]!.filter((cell) => cell.trim() !== '')
    if (filled.length !== 1) continue
    const text = collapseWhitespace(filled[0]!)
    if (text.endsWith(':') || text.length > 200) continue
    return text
  }
  return null
}

function fillDownFields(option: TableToPlanOptions['fillDown']): ReadonlySet<ColumnField> {
  if (option === undefined || option === false) return new Set()
  if (option === true) return new Set<ColumnField>(['owners', 'target', 'status', 'pillars'])
  return new Set(option.filter((field) => columnFields.includes(field)))
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
  }
}

function describeLegend(legend: DateLegend): string {
  const parts = Object.entries(legend.yearLabels).map(([label, year]) => `${label} = ${year}`)
  if (legend.quarterBasis !== null) parts.push(`${legend.quarterBasis} quarters`)
  return parts.length > 0 ? ` (${parts.join(', ')})` : ''
}
