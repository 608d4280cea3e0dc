import { type ImportIssue, type Plan, tableToPlan } from '@techcommit/core'
import type { CsvInput, StreamCsvRowsOptions } from './csvOptions'
import { type ImportCsvPlanOptions, throwIfStrict } from './importCsvPlan'
import { streamCsvRows } from './streamCsvRows'

/** One batch of a streamed import. */
export interface PlanBatch {
  /** The plan as read from the file's title and header rows; `actions` holds only this batch's actions. */
  readonly plan: Plan
  /** Issues for this batch, with row numbers counted in the whole file. */
  readonly issues: ImportIssue[]
  /** 1-based file row of the first row in this batch. */
  readonly firstRow: number
}

/** Rows per batch: mapping makes many short-lived objects per row, so smaller batches keep the heap low. */
const DEFAULT_BATCH = 500

/** Trailing rows of a batch searched for a section heading that the next batch inherits. */
const SECTION_PROBE_ROWS = 5
const POSITION_ID = /^action-\d{1,9}$/

/** How many leading rows to search for the header before giving up on finding one. */
const HEADER_SEARCH_ROWS = 200

/**
 * The rows before the first action (titles, legend, header): the smallest prefix that still yields no action.
 * Found by asking core itself, so the stream sees the table exactly as `tableToPlan` does.
 */
function headPrefix(rows: string[][], options: ImportCsvPlanOptions): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS)
  let lo = 0
  let hi = limit
  // Binary search: actions appear once the prefix reaches the first data row and stay after that.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (tableToPlan(rows.slice(0, mid), { ...options, strict: false }).plan.actions.length === 0) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Drop section-heading rows from the end of the head, so they do not open a section in every later batch:
 * the head ends at the last row after which the sample action still has no section.
 */
function headerEnd(rows: string[][], h: number, sample: string[], options: ImportCsvPlanOptions): number {
  for (let k = h; k > 0 && k > h - SECTION_PROBE_ROWS; k--) {
    const actions = tableToPlan([...rows.slice(0, k), sample], { ...options, strict: false }).plan.actions
    if (actions.length > 0 && actions[actions.length - 1]!.section === null) return k
  }
  return h
}

/**
 * Import a very large CSV export batch by batch. Each batch is mapped by `tableToPlan` together with the
 * file's title and header rows, so columns map the same way throughout; only one batch is held at a time.
 * Use it to load exports of hundreds of thousands of rows into a store. Sections carry over between batches
 * and ref-less actions are numbered over the whole file; a row continued across a batch boundary is read as two
 * rows, and ids made from refs are unique across batches only when the refs are. Every batch carries the same
 * plan id (the first batch's: from the title, `fileName` or `planId`), so saving batch after batch builds one plan.
 *
 * @example
 * for await (const { plan, issues } of importCsvPlanStream(file.stream())) {
 *   await store.savePlan(plan) // or append plan.actions to your own table
 * }
 */
export async function* importCsvPlanStream(
  input: CsvInput,
  options: ImportCsvPlanOptions & StreamCsvRowsOptions = {},
): AsyncGenerator<PlanBatch, void, undefined> {
  const loose = { ...options, strict: false }
  let head: string[][] | null = null
  /** The first row that made an action: appended to a batch's last rows to see which section is open. */
  let sample: string[] | null = null
  let lastSection: string | null = null
  let actionsBefore = 0
  let planId: string | null = options.planId ?? null
  // Rows held until the first action shows up, so the head (titles, legend, header) is complete.
  let opening: { rows: string[][]; issues: ImportIssue[] } | null = { rows: [], issues: [] }

  function* mapBatch(rows: string[][], firstRow: number, csvIssues: ImportIssue[]): Generator<PlanBatch> {
    let table = rows
    let offset = 0
    if (head === null) {
      const h = headPrefix(rows, options)
      sample = rows[h] ?? null
      head = rows.slice(0, sample === null ? h : headerEnd(rows, h, sample, options))
    } else {
      table = [...head, ...rows]
      offset = head.length
    }
    // A streamed import is one plan: every batch carries the id the first batch was given.
    const { plan, issues } = tableToPlan(table, planId === null ? options : { ...options, planId })
    planId ??= plan.id
    const moved: ImportIssue[] = []
    for (const issue of issues) {
      // Issues about the head rows (or the whole table) were reported with the first batch.
      if (offset === 0) moved.push(issue)
      else if (issue.row !== null && issue.row > offset)
        moved.push({ ...issue, row: firstRow + (issue.row - offset - 1) })
    }
    let carrying = true
    const actions = plan.actions.map((action) => {
      let next = action
      if (carrying && action.section === null && lastSection !== null)
        next = { ...next, section: lastSection }
      else carrying = false
      // Core numbers ref-less actions by position (`action-3`); count positions over the whole file, as a
      // whole-file import would, so ids stay unique without remembering every id seen.
      if (actionsBefore > 0 && action.ref === null && POSITION_ID.test(action.id)) {
        next = { ...next, id: `action-${Number(action.id.slice(7)) + actionsBefore}` }
      }
      return next
    })
    actionsBefore += actions.length
    const last = actions[actions.length - 1]
    if (last !== undefined) lastSection = last.section
    // A section heading among the batch's last rows, after its last action, opens the next batch's section.
    if (sample !== null) {
      const probe = tableToPlan([...head, ...rows.slice(-SECTION_PROBE_ROWS), sample], loose).plan.actions
      const opened = probe[probe.length - 1]?.section ?? null
      if (opened !== null) lastSection = opened
    }
    yield { plan: { ...plan, actions }, issues: [...csvIssues, ...moved], firstRow }
  }

  for await (const batch of streamCsvRows(input, {
    ...options,
    batchSize: options.batchSize ?? DEFAULT_BATCH,
  })) {
    throwIfStrict(batch.issues, options.strict)
    if (opening !== null) {
      opening.rows.push(...batch.rows)
      opening.issues.push(...batch.issues)
      const enough =
        opening.rows.length >= HEADER_SEARCH_ROWS || tableToPlan(opening.rows, loose).plan.actions.length > 0
      if (!enough) continue
      const { rows, issues } = opening
      opening = null
      yield* mapBatch(rows, 1, issues)
      continue
    }
    if (batch.rows.length > 0) yield* mapBatch(batch.rows, batch.firstRow, batch.issues)
    else if (batch.issues.length > 0) {
      const plan = tableToPlan(head ?? [], planId === null ? loose : { ...loose, planId }).plan
      yield { plan, issues: batch.issues, firstRow: batch.firstRow }
    }
  }
  if (opening !== null) yield* mapBatch(opening.rows, 1, opening.issues)
}
