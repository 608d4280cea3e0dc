import { parseTargetDate } from '../dates/parseTargetDate'
import type { TargetDate } from '../model/targetDate'
import { cleanCellText } from '../text/cleanCellText'
import type { ActionDraft, BuildActionContext } from './buildAction'
import { createImportIssue } from './createImportIssue'
import { isDateAlone } from './isDateAlone'
import { cellText } from './readDraftCells'

/**
 * With no target column, a status cell that dates the finish ("Completed September 2020") says when the action
 * was done, as "Completed March 2018" does in a target cell: that date is the action's target (kind
 * `completed`), with an issue saying so. Only the status's first clause is read, up to a comma, semicolon or
 * line break: in "Completed and ongoing, latest update: November 2020" the month dates an update, not the
 * finish, so nothing is read. A status cell that is only a date ("Dec. 2020", "March 2031") is the month the work
 * is due, as a planning timeline writes its steps not yet done beside the "Completed <month>" of those done (kind
 * `due`). A status saying the work was moved to a date ("Delivery has been rescheduled to Q4 2027") gives that
 * date as when it is now due. Returns null when the cell dates no finish.
 *
 * @example
 * targetFromStatusCell(draft, context)?.due // '2020-09-30' for a status cell "Completed September 2020"
 */
export function targetFromStatusCell(draft: ActionDraft, context: BuildActionContext): TargetDate | null {
  const cell = draft.cells.get('status')
  if (cell === undefined) return null
  const text = cleanCellText(cellText(draft.cells, 'status'))
  const clause = firstClause(text)
  if (clause === '') return null
  const target = parseTargetDate(clause, context.dateContext)
  if (target.due === null) return rescheduledTarget(text, draft, cell, context)
  if (target.kind === 'due' && isDateAlone(clause)) {
    saidInStatus(
      draft,
      cell,
      context,
      `The table has no target column, and the status "${clause}" is only a date, so it was read as when the action is due (${target.due}). If that is wrong, add a target column, or force one with options.columns (e.g. { target: 4 }).`,
    )
    return target
  }
  if (target.kind !== 'completed') return rescheduledTarget(text, draft, cell, context)
  saidInStatus(
    draft,
    cell,
    context,
    `The table has no target column, so the date in the status "${clause}" was read as when the action was done (due ${target.due}). If that is wrong, add a target column, or force one with options.columns (e.g. { target: 4 }).`,
  )
  return target
}

/**
 * "Delivery has been rescheduled to Q4 2027", "postponed until March 2028", "deferred to the spring term": the date a
 * status says the work was moved to. Group 1 runs to the sentence's end. Bounded, no nested quantifiers.
 */
const movedTo =
  /\b(?:rescheduled|postponed|deferred|moved|pushed back|put back|extended)\s{1,3}(?:to|until|till)\s{1,3}([^.;\n]{1,40})/i

/**
 * A status that says the work was moved to a later date ("Staff shortages slowed the work. Delivery has been
 * rescheduled to Q4 2027."): that date is when the action is now due, with an issue saying so. Null when the status
 * says no such thing.
 */
function rescheduledTarget(
  text: string,
  draft: ActionDraft,
  cell: { readonly column: number; readonly header: string },
  context: BuildActionContext,
): TargetDate | null {
  const moved = movedTo.exec(text.slice(0, 2_000))
  if (moved === null) return null
  const target = parseTargetDate(moved[1]!.trim(), context.dateContext)
  if (target.due === null || target.kind !== 'due') return null
  saidInStatus(
    draft,
    cell,
    context,
    `The table has no target column, and the status says the work was moved to "${moved[1]!.trim()}", so that was read as when the action is due (${target.due}). If that is wrong, add a target column, or force one with options.columns (e.g. { target: 4 }).`,
  )
  return target
}

/** The text up to the first comma, semicolon or line break, trimmed. Read with indexOf: one pass on any cell. */
function firstClause(text: string): string {
  let end = text.length
  for (const mark of [',', ';', '\n']) {
    const at = text.indexOf(mark)
    if (at >= 0 && at < end) end = at
  }
  return text.slice(0, end).trim()
}

/** The info issue that says a target was read from the status cell, and how to give one instead. */
function saidInStatus(
  draft: ActionDraft,
  cell: { readonly column: number; readonly header: string },
  context: BuildActionContext,
  message: string,
): void {
  context.issues.push(
    createImportIssue('target-from-status', 'info', draft.row, cell.column + 1, cell.header, message),
  )
}
