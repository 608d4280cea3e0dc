// Target-date accuracy on strings the parser was not written from: the hand-read strings collected from
// published plans (bench/dates/collected-*.json), the development third and — only with --heldout — the
// held-out third, each scored and reported separately, beside the development corpus (corpus.json).
//
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/dates-accuracy.ts [--heldout]
//
// An entry is right when the kind and `due` match the hand reading, and `start` too where the entry gives
// one. Writes bench/results/dates-accuracy.md when run with --heldout, else bench/results/dates-accuracy-dev.md.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DateReadingContext } from '../packages/core/src/dates/DateReadingContext'
import { parseTargetDate } from '../packages/core/src/dates/parseTargetDate'

const here = dirname(fileURLToPath(import.meta.url))
const withHeldOut = process.argv.includes('--heldout')

interface Entry {
  text: string
  source: string
  context?: DateReadingContext
  expected: { kind: string; due: string | null; start?: string | null }
  note?: string
}

const load = (name: string): Entry[] => JSON.parse(readFileSync(join(here, 'dates', name), 'utf8')) as Entry[]

interface Miss {
  entry: Entry
  kind: string
  due: string | null
  start: string | null
}

function score(entries: readonly Entry[]): { right: number; kindDueRight: number; misses: Miss[] } {
  let right = 0
  let kindDueRight = 0
  const misses: Miss[] = []
  for (const entry of entries) {
    const r = parseTargetDate(entry.text, entry.context)
    const kindDue = r.kind === entry.expected.kind && r.due === entry.expected.due
    const startOk = entry.expected.start === undefined || r.start === entry.expected.start
    if (kindDue) kindDueRight++
    if (kindDue && startOk) right++
    else misses.push({ entry, kind: r.kind, due: r.due, start: r.start })
  }
  return { right, kindDueRight, misses }
}

const out: string[] = []
const say = (line = ''): void => {
  out.push(line)
  console.log(line)
}
const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, '\\n').slice(0, 70)

const sets: Array<[string, Entry[], boolean]> = [
  ['corpus.json (development: seeds, written, published)', load('corpus.json'), true],
  ['collected-dev.json (published plans, development third)', load('collected-dev.json'), true],
  [
    'collected-dev-round4.json (published plans, development set of round 4)',
    load('collected-dev-round4.json'),
    true,
  ],
  [
    'collected-dev-round4b.json (published plans, second development set of round 4)',
    load('collected-dev-round4b.json'),
    true,
  ],
  [
    'collected-dev-round4c.json (published plans, third development set of round 4)',
    load('collected-dev-round4c.json'),
    true,
  ],
  [
    'collected-dev-round4d.json (published plans, fourth development set of round 4)',
    load('collected-dev-round4d.json'),
    true,
  ],
  [
    'collected-dev-round4e.json (published plans, fifth development set of round 4)',
    load('collected-dev-round4e.json'),
    true,
  ],
  [
    'collected-dev-round4f.json (published plans, sixth development set of round 4)',
    load('collected-dev-round4f.json'),
    true,
  ],
  [
    'collected-round1-heldout.json (held out in round 1, scored once, since used for development)',
    load('collected-round1-heldout.json'),
    true,
  ],
  [
    'collected-round2-heldout.json (held out in round 2, scored once, since used for development)',
    load('collected-round2-heldout.json'),
    true,
  ],
  [
    'collected-round3-heldout.json (held out in round 3, scored once, since used for development)',
    load('collected-round3-heldout.json'),
    true,
  ],
  [
    'collected-round4-heldout.json (held out in round 4, scored once, since used for development)',
    load('collected-round4-heldout.json'),
    true,
  ],
  [
    'collected-round5-heldout.json (held out in round 5, scored once, since used for development)',
    load('collected-round5-heldout.json'),
    true,
  ],
  [
    'collected-dev-round5a.json (published plans, first development set of round 5)',
    load('collected-dev-round5a.json'),
    true,
  ],
  [
    'collected-dev-round5b.json (published plans, second development set of round 5)',
    load('collected-dev-round5b.json'),
    true,
  ],
  [
    'collected-dev-round5c.json (published plans, third development set of round 5)',
    load('collected-dev-round5c.json'),
    true,
  ],
  [
    'collected-dev-round5d.json (published plans, fourth development set of round 5)',
    load('collected-dev-round5d.json'),
    true,
  ],
  [
    'collected-dev-round5e.json (published plans, fifth development set of round 5)',
    load('collected-dev-round5e.json'),
    true,
  ],
  [
    'collected-dev-round5f.json (published plans, sixth development set of round 5)',
    load('collected-dev-round5f.json'),
    true,
  ],
  [
    'collected-dev-round5g.json (published plans, seventh development set of round 5)',
    load('collected-dev-round5g.json'),
    true,
  ],
  [
    'collected-dev-round6a.json (published plans, first development set of round 6)',
    load('collected-dev-round6a.json'),
    true,
  ],
  [
    'collected-dev-round6b.json (published plans, second development set of round 6)',
    load('collected-dev-round6b.json'),
    true,
  ],
  [
    'collected-round6-heldout.json (held out in round 6, scored once, since used for development)',
    load('collected-round6-heldout.json'),
    true,
  ],
  [
    'collected-dev-round7a.json (published plans, first development set of round 7)',
    load('collected-dev-round7a.json'),
    true,
  ],
  [
    'collected-dev-round7b.json (published plans, second development set of round 7)',
    load('collected-dev-round7b.json'),
    true,
  ],
  [
    'collected-round7-heldout.json (held out in round 7, scored once, since used for development)',
    load('collected-round7-heldout.json'),
    true,
  ],
  [
    'collected-dev-round8.json (published plans, development set of round 8)',
    load('collected-dev-round8.json'),
    true,
  ],
  [
    'collected-dev-round8b.json (published plans, second development set of round 8)',
    load('collected-dev-round8b.json'),
    true,
  ],
  [
    'collected-round8-heldout.json (held out in round 8, scored once, since used for development)',
    load('collected-round8-heldout.json'),
    true,
  ],
  [
    'collected-dev-round9.json (published plans, development set of round 9)',
    load('collected-dev-round9.json'),
    true,
  ],
  [
    'collected-round9-heldout.json (held out in round 9, scored once, since used for development)',
    load('collected-round9-heldout.json'),
    true,
  ],
]
// The fresh held-out set: collected-heldout.json, or its parts (collected-heldout-a.json, -b.json, …), each part
// reported on its own line and, when there are several, all of them together.
if (withHeldOut) {
  const parts = readdirSync(join(here, 'dates'))
    .filter((name) => /^collected-heldout(?:-[a-z0-9]+)?\.json$/.test(name))
    .sort()
  for (const name of parts) sets.push([`${name} (published plans, held out)`, load(name), true])
  if (parts.length > 1) sets.push(['all held-out parts together', parts.flatMap(load), false])
}

say('# Target dates: accuracy on hand-read strings')
say()
say('| set | strings | kind + due + start right | kind + due right |')
say('|---|---|---|---|')
const results = sets.map(([name, entries, show]) => ({ name, entries, show, ...score(entries) }))
for (const r of results) {
  say(
    `| ${r.name} | ${r.entries.length} | ${pct(r.right, r.entries.length)} (${r.right}) | ${pct(r.kindDueRight, r.entries.length)} (${r.kindDueRight}) |`,
  )
}
say()
say('Target: ≥ 97% on the held-out third (strings the parser was never tuned on).')
for (const r of results) {
  if (!r.show || r.misses.length === 0) continue
  say()
  say(`## Misses in ${r.name} (${r.misses.length})`)
  say()
  say('| text | context | expected kind due start | parser kind due start | source |')
  say('|---|---|---|---|---|')
  for (const m of r.misses) {
    const e = m.entry
    const ctx = e.context === undefined ? '' : cell(JSON.stringify(e.context))
    const expected = `${e.expected.kind} ${e.expected.due ?? '–'} ${e.expected.start ?? ''}`
    say(
      `| ${cell(JSON.stringify(e.text))} | ${ctx} | ${expected} | ${m.kind} ${m.due ?? '–'} ${m.start ?? '–'} | ${e.source.slice(0, 60)} |`,
    )
  }
}
// The development sets alone go to their own file, so a run without the held-out set never overwrites the
// held-out figure.
const resultsFile = withHeldOut ? 'dates-accuracy.md' : 'dates-accuracy-dev.md'
writeFileSync(join(here, 'results', resultsFile), `${out.join('\n')}\n`)
