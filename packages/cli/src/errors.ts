/**
 * A command was called wrongly (unknown flag, missing argument, malformed value) or named input it cannot
 * read (missing file, a folder, no permission, not a table, not a techcommit database). Exit code 2. The
 * message names the problem and the fix, in one line.
 *
 * @example
 * throw new UsageError('give exactly one input file, e.g. techcommit convert plan.csv --to json.')
 */
export class UsageError extends Error {
  override readonly name = 'UsageError'
  readonly exitCode = 2
}

/**
 * The input was read, but its data has errors (an import with errors, a plan that fails validation, a store
 * plan that would be overwritten). Exit code 1.
 *
 * @example
 * throw new DataError('plan "oxford" changed while you were updating it; run the command again.')
 */
export class DataError extends Error {
  override readonly name = 'DataError'
  readonly exitCode = 1
}

/**
 * The process exit codes, documented in docs/reference/cli.md.
 *
 * @example
 * if ((await runCli(argv, io)) === exitCodes.dataErrors) console.error('fix the data and run again')
 */
export const exitCodes = {
  /** Done. */
  ok: 0,
  /** The data has errors: validate found errors, an import was refused. */
  dataErrors: 1,
  /** Usage, or input that cannot be read. */
  usage: 2,
  /** A bug in techcommit: please report it with the `--verbose` output. */
  internal: 70,
} as const
