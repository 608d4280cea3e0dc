import type { ImportIssue } from '@techcommit/core'
import { terminalLine } from './terminalText'

/**
 * An import issue as `file:row:column: severity: message [code]` — the shape editors and CI annotate — on one
 * line, with the file's text made safe for a terminal.
 *
 * @example
 * formatIssue('plan.csv', issue) // 'plan.csv:4:2: error: Unclosed quote … [unclosed-quote]'
 */
export function formatIssue(file: string, issue: ImportIssue): string {
  const where = [file, issue.row ?? '', issue.column ?? ''].join(':').replace(/:+$/, '')
  return `${terminalLine(where)}: ${issue.severity}: ${terminalLine(issue.message)} [${terminalLine(issue.code)}]`
}

/** True when any issue has severity `error`. */
export const hasErrors = (issues: readonly ImportIssue[]): boolean =>
  issues.some((issue) => issue.severity === 'error')
