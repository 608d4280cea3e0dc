// The real `techcommit` process: exit codes as a shell sees them, a closed pipe, concurrent imports, and the
// Quick start (`pnpm start`).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { example, examples, repoRoot, run, scratchDir } from './testSupport'

const bin = join(repoRoot, 'packages/cli/src/bin.ts')
// tsx by its file URL, so a child running in a folder outside the repository still finds it.
const tsx = pathToFileURL(join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href
const node = [process.execPath, '--conditions=@techcommit/source', '--import', tsx, bin]
const scratch = scratchDir()

/** Runs the CLI (or another script of it, e.g. start.ts) as its own process. */
function techcommit(
  args: readonly string[],
  options: { script?: string; cwd?: string } = {},
): Promise<{ code: number | null; out: string; err: string }> {
  const command = [...node.slice(1, -1), options.script ?? bin, ...args]
  return new Promise((resolve) => {
    const child = spawn(node[0]!, command, {
      cwd: options.cwd ?? repoRoot,
      // The repository's compiler options (JSX), as `pnpm techcommit` run from the root has them.
      env: { ...process.env, NO_COLOR: '1', TSX_TSCONFIG_PATH: join(repoRoot, 'tsconfig.json') },
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.stderr.on('data', (chunk) => (err += chunk))
    child.on('close', (code) => resolve({ code, out, err }))
  })
}

// Each test starts Node with the TypeScript loader, which takes seconds on a busy machine.
describe('the techcommit process', { timeout: 180_000 }, () => {
  it('exits with the code runCli returns', async () => {
    const [ok, usage] = await Promise.all([techcommit(['--version']), techcommit(['validate', 'nope.csv'])])
    expect(ok.code).toBe(0)
    expect(usage.code).toBe(2)
    expect(usage.err).toBe(
      'techcommit validate: cannot read "nope.csv": no such file or folder. Check the path.\n',
    )
  })

  it('ends quietly when the reader closes the pipe (| head -1)', () => {
    const command = `${node.map((part) => JSON.stringify(part)).join(' ')} report ${JSON.stringify(examples)} --format json | head -1`
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd: repoRoot, encoding: 'utf8' })
    expect(result.stdout).toBe('{\n')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('imports concurrently into one database without losing a plan or a revision', {
    timeout: 180_000,
  }, async () => {
    const db = join(scratch, 'shared.db')
    const files = ['oxford-2018-2020.csv', 'cardiff-2018-2020.csv']
    // Two processes with different plans and two more with the same plan, all at once.
    const results = await Promise.all([
      ...files.map((name) => techcommit(['import', example(name), '--db', db])),
      techcommit(['import', example('bradford-2019-2020.csv'), '--db', db]),
      techcommit(['import', example('bradford-2019-2020.csv'), '--db', db]),
    ])
    for (const result of results) expect(result, result.err).toMatchObject({ code: 0, err: '' })
    const { out } = await run(['list', '--db', db, '--format', 'json'])
    const plans = JSON.parse(out) as { id: string; revision: number }[]
    expect(plans.map((p) => [p.id, p.revision])).toEqual([
      ['bradford-2019-2020', 2],
      ['cardiff-2018-2020', 1],
      ['oxford-2018-2020', 1],
    ])
  })

  it('pnpm start imports the examples, reports a mix of ratings and writes the dashboard', {
    timeout: 180_000,
  }, async () => {
    // In a folder of its own holding the examples, as a fresh clone would.
    const clone = scratchDir()
    symlinkSync(join(repoRoot, 'examples'), join(clone, 'examples'))
    const { code, out, err } = await techcommit([], {
      script: join(repoRoot, 'packages/cli/src/start.ts'),
      cwd: clone,
    })
    expect(code, err).toBe(0)
    expect(existsSync(join(clone, '.techcommit/examples.db'))).toBe(true)
    const summary =
      /■ All plans: 5 plans, 124 actions.*\n\s+complete (\d+) · on track (\d+) · at risk (\d+) · overdue (\d+)/.exec(
        out,
      )
    expect(summary, out).not.toBeNull()
    for (const count of summary!.slice(1)) expect(Number(count)).toBeGreaterThan(0)
    const dashboard = /The dashboard: file:\/\/(\S+)/.exec(out)?.[1]
    expect(readFileSync(decodeURIComponent(dashboard!), 'utf8')).toMatch(/^<!doctype html>/)
  })
})
