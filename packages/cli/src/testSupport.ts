import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CliIo } from './io'
import { nodeIo } from './nodeIo'
import { runCli } from './runCli'

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
export const examples = join(repoRoot, 'examples/data')
export const example = (name: string) => join(examples, name)

/** A fresh scratch folder under the OS temp folder. */
export const scratchDir = () => mkdtempSync(join(tmpdir(), 'techcommit-cli-'))

/** Runs the CLI on the real file system with output captured and the clock fixed. */
export async function run(argv: readonly string[], overrides: Partial<CliIo> = {}) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    ...nodeIo(),
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    today: () => '2020-12-31',
    now: () => '2026-11-23T10:00:00.000Z',
    stdoutIsTerminal: false,
    stderrIsTerminal: false,
    color: false,
    ...overrides,
  }
  const code = await runCli(argv, io)
  return { code, out: out.join(''), err: err.join('') }
}
