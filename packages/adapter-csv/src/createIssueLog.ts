import type { ImportIssue } from '@techcommit/core'

/** Collects issues, keeping at most `perCode` of each code so a million ragged rows cannot fill memory. */
export interface IssueLog {
  add(issue: ImportIssue): void
  /** Issues added since the last call. */
  take(): ImportIssue[]
  /** One `issues-truncated` issue per code that went over the cap; call once at the very end. */
  summary(): ImportIssue[]
}

/** Create an issue log that keeps the first `perCode` issues of each code and counts the rest. */
export function createIssueLog(perCode = 100): IssueLog {
  const counts = new Map<string, number>()
  let pending: ImportIssue[] = []
  return {
    add(issue) {
      const seen = (counts.get(issue.code) ?? 0) + 1
      counts.set(issue.code, seen)
      if (seen <= perCode) pending.push(issue)
    },
    take() {
      const out = pending
      pending = []
      return out
    },
    summary() {
      const out: ImportIssue[] = []
      for (const [code, seen] of counts) {
        if (seen > perCode) {
          out.push({
            code: 'issues-truncated',
            severity: 'info',
            row: null,
            column: null,
            columnName: null,
            message: `${seen - perCode} more "${code}" issues were found but not listed (only the first ${perCode} are kept).`,
          })
        }
      }
      return out
    },
  }
}
