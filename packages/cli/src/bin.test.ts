// The real `techcommit` process: exit codes as a shell sees them, a closed pipe, concurrent imports.
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { example, examples, repoRoot, run, scratchDir } from './testSupport'

const bin = join(repoRoot, 'packages/cli/src/bin.ts')
const node = [process.execPath, '--conditions=@techcommit/source', '--import', 'tsx', bin]
const scratch = scratchDir()

function techcommit(args: readonly string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(node[0]!, [...node.slice(1), ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1' },
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.stderr.on('data', (chunk) => (err += chunk))
    child.on('close', (code) => resolve({ code, out, err }))
  })
}

describe('the techcommit process', () => {
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
})
