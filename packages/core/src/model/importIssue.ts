import { z } from 'zod'

/**
 * @example
 * issues.filter((issue) => issue.severity === IssueSeverity.enum.error)
 */
export const IssueSeverity = z.enum(['error', 'warning', 'info'])
export type IssueSeverity = z.infer<typeof IssueSeverity>

/**
 * A problem found while importing a table. Import problems are data, not exceptions.
 *
 * @example
 * for (const issue of issues) console.warn(`row ${issue.row}, column ${issue.column}: ${issue.message}`)
 */
export const ImportIssue = z.object({
  /** Stable machine-readable code, e.g. `header-not-found`, `duplicate-header`. */
  code: z.string(),
  severity: IssueSeverity,
  /** 1-based row in the source table (after decoding), or null when the issue concerns the whole file. */
  row: z.number().int().positive().nullable(),
  /** 1-based column, or null. */
  column: z.number().int().positive().nullable(),
  /** The header of that column, when known. */
  columnName: z.string().nullable(),
  /** What is wrong, where, and how to fix it. */
  message: z.string(),
})
export type ImportIssue = z.infer<typeof ImportIssue>
