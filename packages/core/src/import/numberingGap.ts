import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { createImportIssue } from './createImportIssue'

/**
 * An info issue when two actions of one section skip a number (8 then 10): common and harmless, but worth a
 * word in case a row was lost in the export, or read as something else. `between` are the rows between the two
 * actions that were read as the plan's structure (a heading, a note, a skipped line): when there are some, the
 * issue names them, since the missing action may be one of them; when there are none, nothing was dropped. Null
 * when the numbers follow on, or are not plain numbers.
 *
 * @example
 * numberingGap(action8, action10, 12, [])?.code // 'numbering-gap'
 */
export function numberingGap(
  before: Action,
  after: Action,
  row: number,
  between: readonly number[],
): ImportIssue | null {
  if (before.section !== after.section || before.ref === null || after.ref === null) return null
  const from = smallNumber(before.ref)
  const to = from < 0 ? -1 : smallNumber(after.ref)
  if (to < 0) return null
  const gap = to - from
  if (gap <= 1) return null
  const missing = gap === 2 ? `number ${from + 1} is` : `numbers ${from + 1}–${to - 1} are`
  const rows =
    between.length === 1
      ? `Row ${between[0]} between them was`
      : `Rows ${between.slice(0, 5).join(', ')}${between.length > 5 ? ', …' : ''} between them were`
  return createImportIssue(
    'numbering-gap',
    'info',
    row,
    null,
    null,
    between.length === 0
      ? `Action ${after.ref} follows action ${before.ref}: ${missing} not in the table. Nothing was dropped; if the plan has such an action, check the export.`
      : `Action ${after.ref} follows action ${before.ref}: ${missing} not among the actions read. ${rows} read as the plan's structure (a heading, a note or a skipped line), not as actions; if the missing action is there, see those rows in the explanation, or force the columns with options.columns.`,
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
