// Runs every benchmark in this folder one after another, each in its own process (so one bench's heap does
// not skew the next), passing through flags such as --quick. Results land in bench/results/<name>.md.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'))
const benches = readdirSync(here)
  .filter(
    (name) => name.endsWith('.ts') && name !== 'run.ts' && !name.startsWith('_') && !name.startsWith('.'),
  )
  .filter((name) => only.length === 0 || only.includes(name.replace(/\.ts$/, '')))
  .sort()

let failed = 0
for (const bench of benches) {
  process.stdout.write(`\n## ${bench}\n\n`)
  const result = spawnSync(
    process.execPath,
    ['--conditions=@techcommit/source', '--import', 'tsx', '--expose-gc', join(here, bench), ...flags],
    { stdio: 'inherit' },
  )
  if (result.status !== 0) failed++
}
process.exitCode = failed === 0 ? 0 : 1
