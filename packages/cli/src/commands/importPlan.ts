import { type CliIo, UsageError } from '../io'
import { formatIssue, loadPlan } from '../loadPlan'
import type { CliFlags } from '../runCli'

/**
 * The CLI's embedded store file when `--db` is not given, relative to the working directory.
 *
 * @example
 * openSqlitePlanStore({ filename: flags.db ?? defaultDatabaseFile }) // './techcommit.db'
 */
export const defaultDatabaseFile = './techcommit.db'

/** `techcommit import <file> [--db path]`: saves a plan into an SQLite store, keeping its history. */
export async function importCommand(args: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  if (args.length === 0)
    throw new UsageError('give one or more plan files, e.g. techcommit import plan.csv --db plans.db.')
  // Loaded lazily: the native SQLite module is only needed by this command.
  const { openSqlitePlanStore } = await import('@techcommit/adapter-sqlite')
  const filename = flags.db ?? defaultDatabaseFile
  const store = openSqlitePlanStore({ filename })
  try {
    for (const file of args) {
      const { plan, issues } = await loadPlan(file, io, { strict: flags.strict })
      for (const issue of issues) if (issue.severity === 'error') io.stderr(`${formatIssue(file, issue)}\n`)
      const existing = await store.getPlan(plan.id)
      const { revision } = await store.savePlan(plan, existing ? { expectedRevision: existing.revision } : {})
      io.stdout(
        `${file}: saved plan "${plan.id}" (${plan.actions.length} actions) to ${filename} at revision ${revision}\n`,
      )
    }
  } finally {
    await store.close()
  }
  return 0
}
