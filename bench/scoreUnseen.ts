// Scores the importer on plans it was not built on (examples/data/unseen). Run from the repo root:
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/scoreUnseen.ts
// Add --misses to print each golden action with a wrong field beside what was imported (never with --heldout).
// For each fixture: read the CSV with importCsvPlan, match every golden action to an imported action by its
// title (the golden title, normalised, must start the imported title or description, or be started by it),
// then compare the fields the golden names: ref, owners (as a set, case-insensitive), due, status, pillars.
// Reports found-actions (golden actions matched) and right-fields (fields equal, over matched and unmatched
// golden actions alike: an action not found gets every field wrong) for the tuned and the held-out set apart,
// and under each set how many actions were imported against the goldens' count (extra actions are not scored).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importCsvPlan } from '../packages/adapter-csv/src/index'
import { DEVELOPMENT_SETS, loadGoldens, scoreAgainstGolden, unseenRoot } from './lib/unseenGoldens'

const showMisses = process.argv.includes('--misses') && !process.argv.includes('--heldout')
const misses: string[] = []

interface Score {
  goldenActions: number
  found: number
  fields: number
  right: number
  lines: string[]
  /** Per fixture: its file and its four counts, for figures over part of a set. */
  fixtures: { file: string; goldenActions: number; found: number; fields: number; right: number }[]
  /** Actions imported over the whole set, and the plans that import more actions than their goldens list. */
  imported: number
  overImported: number
}

async function scoreSet(part: string): Promise<Score> {
  const score: Score = {
    goldenActions: 0,
    found: 0,
    fields: 0,
    right: 0,
    lines: [],
    fixtures: [],
    imported: 0,
    overImported: 0,
  }
  for (const golden of loadGoldens(part)) {
    const { plan } = await importCsvPlan(readFileSync(golden.path), { fileName: golden.file })
    const { found, fields, right, misses: wrong } = scoreAgainstGolden(golden, plan)
    if (showMisses) {
      for (const { want, got } of wrong) {
        const seen = got
          ? {
              ref: got.ref,
              title: got.title.slice(0, 60),
              owners: got.owners,
              due: got.target.due,
              status: got.status.state,
              pillars: got.pillars,
            }
          : 'not found'
        misses.push(`  ${golden.file}: want ${JSON.stringify(want)}\n    got ${JSON.stringify(seen)}`)
      }
    }
    score.fixtures.push({ file: golden.file, goldenActions: golden.actions.length, found, fields, right })
    score.goldenActions += golden.actions.length
    score.found += found
    score.fields += fields
    score.right += right
    score.imported += plan.actions.length
    if (plan.actions.length > golden.actions.length) score.overImported++
    score.lines.push(
      `| ${golden.file} | ${found}/${golden.actions.length} | ${right}/${fields} | ${plan.actions.length} | ${plan.id} |`,
    )
  }
  return score
}

// Held-out plans whose pages also gave date cells to a date set the parser was developed on (bench/dates/*.json,
// matched by the page address without its scheme, "www." or a trailing slash): the held-out figure is also given
// without them. Read from the files rather than kept as a list by hand, which went stale.
const pageKey = (url: string): string =>
  url
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\.?\/?$/, '')
    .toLowerCase()
const datePages = new Set<string>(
  readdirSync(join(dirname(fileURLToPath(import.meta.url)), 'dates'))
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const entries: unknown = JSON.parse(
        readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'dates', name), 'utf8'),
      )
      return Array.isArray(entries)
        ? entries.flatMap((entry: { source?: unknown }) =>
            typeof entry?.source === 'string' ? [pageKey(entry.source)] : [],
          )
        : []
    }),
)
const DATE_SET_OVERLAP = new Set<string>(
  existsSync(join(unseenRoot, 'held-out'))
    ? loadGoldens('held-out')
        .filter((golden) => datePages.has(pageKey(golden.source ?? '')))
        .map((golden) => golden.file)
    : [],
)

const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`
const out: string[] = ['# Import on unseen plans', '']
for (const part of [
  ...DEVELOPMENT_SETS,
  ...(process.argv.includes('--heldout') && existsSync(join(unseenRoot, 'held-out')) ? ['held-out'] : []),
]) {
  const s = await scoreSet(part)
  out.push(
    `## ${part}: found ${s.found}/${s.goldenActions} actions (${pct(s.found, s.goldenActions)}), right ${s.right}/${s.fields} fields (${pct(s.right, s.fields)})`,
    '',
    '| fixture | found | right fields | imported actions | plan id |',
    '|---|---|---|---|---|',
    ...s.lines,
    '',
    // Extra actions are not scored above: a structure row or sub-step read as an action, or one the golden leaves out.
    `Imported ${s.imported} actions for the goldens' ${s.goldenActions}; ${s.overImported} of ${s.fixtures.length} plans import more than their golden lists.`,
    '',
  )
  if (part === 'held-out') {
    const kept = s.fixtures.filter((f) => !DATE_SET_OVERLAP.has(f.file))
    const sum = (key: 'goldenActions' | 'found' | 'fields' | 'right') =>
      kept.reduce((total, f) => total + f[key], 0)
    out.push(
      `Without the ${s.fixtures.length - kept.length} plans that share pages with the date development sets (${[...DATE_SET_OVERLAP].join(', ') || 'none'}): found ${sum('found')}/${sum('goldenActions')} actions (${pct(sum('found'), sum('goldenActions'))}), right ${sum('right')}/${sum('fields')} fields (${pct(sum('right'), sum('fields'))}).`,
      '',
    )
  }
}
const text = out.join('\n')
console.log(text)
if (showMisses) console.log(['## misses (golden vs imported)', ...misses].join('\n'))
if (!process.argv.includes('--no-write')) {
  writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'results/scoreUnseen.md'), `${text}\n`)
}
