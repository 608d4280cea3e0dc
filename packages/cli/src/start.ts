// `pnpm start` from a clone: the Quick start in one process. Imports the five example plans into an SQLite
// file under .techcommit/ (git-ignored), prints the report as of a day inside the plans' periods (so the
// ratings are a real mix, not "everything overdue as of today"), and writes the HTML dashboard.
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { nodeIo } from './nodeIo'
import { runCli } from './runCli'

const folder = '.techcommit'
const db = join(folder, 'examples.db')
const dashboard = join(folder, 'report.html')
// Every example plan runs from 2018 or 2019 to 2020: mid-2019 is inside all of them.
const asOf = '2019-06-30'

const steps = [
  ['import', 'examples/data', '--db', db],
  ['report', '--db', db, '--as-of', asOf],
  ['report', '--db', db, '--as-of', asOf, '--format', 'html', '--out', dashboard],
]

mkdirSync(folder, { recursive: true })
const io = nodeIo()
for (const step of steps) {
  io.stdout(`\n$ pnpm techcommit ${step.join(' ')}\n`)
  const code = await runCli(step, io)
  if (code !== 0) {
    process.exitCode = code
    break
  }
}
if (process.exitCode === undefined) io.stdout(`\nThe dashboard: ${pathToFileURL(resolve(dashboard)).href}\n`)
