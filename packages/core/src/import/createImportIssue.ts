import type { ImportIssue, IssueSeverity } from '../model/importIssue'

/**
 * Builds an {@link ImportIssue}. `row` and `column` are 1-based positions in the source table (null when the
 * issue concerns the whole table); the message must say what is wrong and how to fix it.
 *
 * @example
 * createImportIssue('header-not-found', 'error', null, null, null, 'No header row found. …')
 */
export function createImportIssue(
  code: string,
  severity: IssueSeverity,
  row: number | null,
  column: number | null,
  columnName: string | null,
  message: string,
): ImportIssue {
  return { code, severity, row, column, columnName, message }
}
