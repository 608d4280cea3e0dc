import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { createImportIssue } from './createImportIssue'
import { statusFromHeading } from './statusFromHeading'
import { statusFromLeadIn } from './statusFromLeadIn'

/** The words every state-reporting lead-in holds (`statusFromLeadIn`): a quick test before reading the sentence. */
const mayReportState =
  /\b(?:has|have|'ve|achievements|accomplishments|successes|started|begun|under\s?way|in progress)\b/i

/** A group heading is a short name ("Driving change", "Transport and active travel"), never a sentence. */
const groupHeadingWords = 6

/** Words of what is still to come: a heading that names them ("Next steps", "Future plans") ends the report. */
const future = /\b(?:next|future|plans?|planned|upcoming|coming|to come|to do|will|priorities|aims?)\b/i

/**
 * A lead-in that reports the state of everything below it ("Outlined below are our key achievements:", "Work
 * already under way includes:") over group headings, each over its own items ("Driving change" / "• Writing to
 * government …" / "Energy reduction" / "• Installing submeters …"), as councils' climate progress pages, annual
 * reviews and equality reports group their achievements: the state reaches the items under each group heading,
 * not only those straight under the lead-in (which the heading above them already gives). It runs until a row
 * that is neither an item nor a short group heading: a heading about what comes next ("Next steps"), one with a
 * state of its own, another lead-in or a row of several cells ends it. Only actions with no status of their own
 * are read, each with the info issue `status-from-heading`. A heading that is a state ("Ongoing", "Completed
 * actions", read by `statusFromHeading`) over group headings reaches their items the same way. Returns the issues; statuses are set in place.
 *
 * @example
 * statusFromLeadInOverGroups(table, plan.actions, [4, 5, 7]) // the actions on rows 5 and 7 read as the lead-in says
 */
export function statusFromLeadInOverGroups(
  table: readonly (readonly string[])[],
  actions: Action[],
  rows: readonly number[],
): ImportIssue[] {
  const actionAt = new Map<number, number>()
  rows.forEach((row, i) => {
    actionAt.set(row - 1, i)
  })
  const issues: ImportIssue[] = []
  // The lead-in's state is read once, when it is met, and given to every item below it.
  let leadIn: { readonly text: string; readonly row: number; readonly status: Status } | null = null
  let groups = 0
  for (let r = 0; r < table.length; r++) {
    const i = actionAt.get(r)
    if (i !== undefined) {
      const action = actions[i]!
      if (leadIn === null || groups === 0) continue
      if (action.status.state !== 'unknown' || action.status.text !== '') continue
      action.status = { ...leadIn.status }
      issues.push(
        createImportIssue(
          'status-from-heading',
          'info',
          r + 1,
          null,
          null,
          `The action on row ${r + 1} has no status of its own, so it takes the status "${action.status.state}" from the lead-in on row ${leadIn.row + 1} ("${clip(leadIn.text)}"), which reports every group below it. If that is wrong, add a status column, or force one with options.columns.`,
        ),
      )
      continue
    }
    const cells = table[r]!.filter(hasText)
    if (cells.length === 0) continue
    const text = cells.length === 1 ? collapseWhitespace(cells[0]!.slice(0, 2_000)) : ''
    // A lead-in that reports the state, or a heading that is one ("Ongoing", "Completed") over group headings.
    const status =
      text === ''
        ? null
        : ((mayReportState.test(text) ? statusFromLeadIn(text) : null) ?? statusFromHeading(text))
    if (status !== null) {
      leadIn = { text, row: r, status }
      groups = 0
    } else if (leadIn !== null && isGroupHeading(text)) groups++
    else leadIn = null
  }
  return issues
}

function isGroupHeading(text: string): boolean {
  if (text === '' || text.split(' ').length > groupHeadingWords || /[.!?:;]$/.test(text)) return false
  if (future.test(text) || statusFromHeading(text) !== null) return false
  return parseStatus(text).state === 'unknown'
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}
