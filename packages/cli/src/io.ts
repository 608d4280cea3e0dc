/**
 * Where the CLI reads and writes. Injected so every command runs in tests without a terminal, and so the CLI
 * stays the one place that touches the clock and the process.
 *
 * @example
 * const io: CliIo = { ...nodeIo(), stdout: (text) => void captured.push(text), today: () => '2020-12-31' }
 * await runCli(['report', 'examples/data'], io)
 */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** File bytes; fails with Node's `ENOENT`, `EISDIR`, `EACCES` errors, which the CLI turns into exit 2. */
  readonly readFile: (path: string) => Promise<Uint8Array>
  /** What is at `path`, or null when nothing is. */
  readonly pathKind: (path: string) => Promise<'file' | 'directory' | 'other' | null>
  /** Up to `length` first bytes of a file (to recognise a database without reading all of it). */
  readonly readHead: (path: string, length: number) => Promise<Uint8Array>
  /** The entries of a folder, sorted. */
  readonly listDir: (path: string) => Promise<string[]>
  /**
   * Writes a whole file atomically: a temporary file beside it, then a rename; the temporary file is removed
   * on any failure. The parent folder must exist.
   */
  readonly writeFile: (
    path: string,
    data: string | Uint8Array | Iterable<string> | AsyncIterable<string>,
  ) => Promise<void>
  /** Today's date as ISO `YYYY-MM-DD`. */
  readonly today: () => string
  /** Now as an ISO date-time, for progress updates. */
  readonly now: () => string
  /** True when stdout is a terminal: a document printed there (CSV, HTML) is stripped of control characters. */
  readonly stdoutIsTerminal: boolean
  /** True when stderr is a terminal: only then does the CLI draw a progress bar. */
  readonly stderrIsTerminal: boolean
  /** True when stdout is a terminal and `NO_COLOR` is not set: only then does the CLI colour its output. */
  readonly color: boolean
}
