// Re-exports the five example plans as the CLI writes them (`techcommit convert … --to json`) into public/plans.
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'

const root = join(import.meta.dirname, '../../..')
for (const file of readdirSync(join(root, 'examples/data')).filter((name) => name.endsWith('.csv'))) {
  const out = join(import.meta.dirname, '../public/plans', `${basename(file, '.csv')}.json`)
  execFileSync(
    'npx',
    [
      'tsx',
      '--conditions=@techcommit/source',
      'packages/cli/src/bin.ts',
      'convert',
      join('examples/data', file),
      '--to',
      'json',
      '--out',
      out,
    ],
    { cwd: root, stdio: 'inherit' },
  )
}
