import type { CliIo } from './io'
import type { OptionSpec } from './defineCommand'
import { terminalDocument, terminalLine } from './terminalText'

/** The `--out` flag of the commands that write a document. */
export const outOption = {
  type: 'string',
  short: 'o',
  value: 'path',
  description: 'Write to this file (atomically; its folder must exist) instead of stdout.',
} as const satisfies OptionSpec

/**
 * Sends a command's document to `--out` (written atomically, with a one-line note on stderr) or to stdout.
 *
 * @example
 * await writeOutput(io, options.out, json, 'the plan')
 */
export async function writeOutput(
  io: CliIo,
  out: string | undefined,
  data: string | Iterable<string> | AsyncIterable<string>,
  what: string,
): Promise<void> {
  if (out === undefined) {
    for await (const chunk of typeof data === 'string' ? [data] : data)
      io.stdout(io.stdoutIsTerminal ? terminalDocument(chunk) : chunk)
    return
  }
  await io.writeFile(out, data)
  io.stderr(`wrote ${what} to ${terminalLine(out)}\n`)
}
