/** Where the CLI reads and writes. Injected so commands are testable without a terminal or a disk. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly readFile: (path: string) => Promise<Uint8Array>
  readonly writeFile: (path: string, data: string | Uint8Array) => Promise<void>
  readonly listDir: (path: string) => Promise<string[]>
  readonly isDirectory: (path: string) => Promise<boolean>
  /** Today's date as ISO `YYYY-MM-DD`; the CLI is the one place allowed to read the clock. */
  readonly today: () => string
}

/**
 * A command failed in a way the user can fix; the message says how. Exit code 2.
 *
 * @example
 * throw new UsageError('give exactly one input file, e.g. techcommit convert plan.csv --to json.')
 */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
