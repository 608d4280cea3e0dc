// CLI benchmark on a large export (the case: 92,000 actions, about 20 MB). Run from the repo root:
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/cli.ts [--quick]
// (a) `techcommit validate` in text mode against `--format json` of the same file, in this process through
//     runCli with output discarded: one warm-up round, then rounds that run both back to back after a full GC;
//     the ratio is the median of the rounds' ratios. Target: text no slower than JSON (≤ 1.2×).
// (b) `techcommit report --format html --out …` of the same file against `techcommit validate --format json`
//     (read, import and lint only), each in a fresh child process reporting its peak RSS. Target: the page
//     costs well under the 1.4 GB it took before.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeIo, runCli } from '../packages/cli/src/index'

const quick = process.argv.includes('--quick')
const childMode = process.argv.find((arg) => arg.startsWith('--child='))?.slice('--child='.length)
const here = dirname(fileURLToPath(import.meta.url))

const TARGETS = ['Dec. 2019', 'Q3 2020', 'Ongoing', 'Summer 2020', '31/03/2021', 'Sept. 18', '2019-2020']
const STATUSES = ['In progress', 'Complete', 'Not started', 'On hold', 'Complete - June 2019', '']
const PILLARS = ['V', 'R, C', 'Visibility', 'C, S', 'V, R, C, S', 'Career Development']
const OWNERS = ['HR / Faculty Managers', 'Technical Forum', 'SRM', 'Head of Technical Services; OD', '']

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

/** A synthetic export: realistic cells, some without owner or date so the lint has findings to print. */
function exportText(rows: number): string {
  const lines = ['No.,Action,Description,Pillar,Responsible,Target date,Success measure,Status,Notes']
  for (let i = 1; i <= rows; i++) {
    lines.push(
      [
        String(i),
        `Establish a technician network for area ${i % 97}, with "termly" meetings`,
        i % 4 === 0
          ? 'Hold termly meetings across faculties,\nshare minutes on the intranet'
          : 'Publish case studies',
        PILLARS[i % PILLARS.length]!,
        OWNERS[i % OWNERS.length]!,
        TARGETS[i % TARGETS.length]!,
        i % 3 === 0 ? '' : 'Network launched; 50% of technicians attend',
        STATUSES[i % STATUSES.length]!,
        i % 10 === 0 ? 'Delayed by lab refurbishment' : '',
      ]
        .map(quote)
        .join(','),
    )
  }
  return `${lines.join('\r\n')}\r\n`
}

const quietIo = () => {
  let chars = 0
  return {
    io: {
      ...nodeIo(),
      stdout: (t: string) => {
        chars += t.length
      },
      stderr: () => {},
    },
    chars: () => chars,
  }
}

async function timed(argv: string[]): Promise<{ ms: number; chars: number }> {
  globalThis.gc?.()
  const { io, chars } = quietIo()
  const start = performance.now()
  await runCli(argv, io)
  return { ms: performance.now() - start, chars: chars() }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

if (childMode !== undefined) {
  const [kind, file, out] = process.argv.slice(-3) as [string, string, string]
  const argv =
    kind === 'html'
      ? ['report', file, '--as-of', '2020-06-30', '--format', 'html', '--out', out]
      : ['validate', file, '--format', 'json']
  const { io } = quietIo()
  const code = await runCli(argv, io)
  process.stdout.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }))
} else {
  const rows = quick ? 20_000 : 92_000
  const rounds = quick ? 3 : 5
  const dir = mkdtempSync(join(tmpdir(), 'techcommit-bench-cli-'))
  const file = join(dir, 'export.csv')
  const text = exportText(rows)
  writeFileSync(file, text)
  const megabytes = (Buffer.byteLength(text) / 1e6).toFixed(1)

  await timed(['validate', file])
  await timed(['validate', file, '--format', 'json'])
  const textMs: number[] = []
  const jsonMs: number[] = []
  const ratios: number[] = []
  let printed = { text: 0, json: 0 }
  for (let round = 0; round < rounds; round++) {
    const t = await timed(['validate', file])
    const j = await timed(['validate', file, '--format', 'json'])
    textMs.push(t.ms)
    jsonMs.push(j.ms)
    ratios.push(t.ms / j.ms)
    printed = { text: t.chars, json: j.chars }
  }

  const child = (kind: string) => {
    const result = spawnSync(
      process.execPath,
      [
        '--conditions=@techcommit/source',
        '--import',
        'tsx',
        join(here, 'cli.ts'),
        `--child=${kind}`,
        kind,
        file,
        join(dir, 'report.html'),
      ],
      // As bin.ts sets it for the real command.
      { encoding: 'utf8', maxBuffer: 1e6, env: { ...process.env, NODE_ENV: 'production' } },
    )
    const parsed = JSON.parse(result.stdout) as { code: number; maxRssKb: number }
    if (parsed.code !== 0) throw new Error(`${kind} exited ${parsed.code}: ${result.stderr}`)
    return parsed.maxRssKb / 1024
  }
  const htmlMb = child('html')
  const importMb = child('import')
  rmSync(dir, { recursive: true, force: true })

  const rowsText = rows.toLocaleString('en-GB')
  const table = [
    '| measure | subject | baseline | ratio | target |',
    '|---|---|---|---|---|',
    `| (a) validate, ${rowsText}-action export (${megabytes} MB): text (${(printed.text / 1e6).toFixed(1)} M chars) vs --format json (${(printed.json / 1e6).toFixed(1)} M chars) | ${Math.round(median(textMs))} ms | ${Math.round(median(jsonMs))} ms | ${median(ratios).toFixed(2)}× | ≤ 1.2× |`,
    `| (b) report --format html --out vs validate --format json of the same file, peak RSS (child process) | ${Math.round(htmlMb)} MB | ${Math.round(importMb)} MB | ${(htmlMb / importMb).toFixed(2)}× | well under 1.4 GB |`,
  ]
  const heading = `CLI benchmark (${quick ? 'quick' : 'full'} run, (a) medians of ${rounds} rounds after a warm-up round, each after a full GC; Node ${process.version}, ${(await import('node:os')).cpus().length} cores, load ${(
    await import('node:os')
  )
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})`
  const report = `${heading}\n\n${table.join('\n')}\n`
  process.stdout.write(report)
  if (!quick) writeFileSync(join(here, 'results', 'cli.md'), report)
}
