// The whole techcommit flow in one file: read an Excel CSV export, see what the importer found, assess the
// plan as of a date, list data-quality findings, then store it with history and record a progress update.
//
//   npx -y pnpm@10 --filter @techcommit/example-quick-report start [file.csv] [YYYY-MM-DD]
import { readFile } from 'node:fs/promises'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importCsvPlan } from '@techcommit/adapter-csv'
import { openSqlitePlanStore } from '@techcommit/adapter-sqlite'
import { evaluatePlan, formatTargetDate, lintPlan, parseStatus } from '@techcommit/core'

const file = process.argv[2] ?? fileURLToPath(new URL('../../data/oxford-2018-2020.csv', import.meta.url))
const asOf = process.argv[3] ?? '2019-06-30'

// 1. Import: problems come back as data, with row and column.
// The plan id is the file name, as the CLI names it.
const { plan, issues } = await importCsvPlan(await readFile(file), { planId: basename(file, extname(file)) })
console.log(`Imported ${plan.actions.length} actions from ${file}`)
for (const issue of issues)
  console.log(`  row ${issue.row ?? '-'}, column ${issue.column ?? '-'}: ${issue.message}`)

// 2. Assess as of a date (core never reads the clock).
const assessment = evaluatePlan(plan, { asOf })
console.log(`\nAs of ${asOf}: ${Math.round((assessment.completion ?? 0) * 100)}% complete`)
for (const pillar of assessment.pillars) {
  if (pillar.actions > 0)
    console.log(`  ${pillar.name}: ${pillar.actions} actions, ${pillar.overdue} overdue`)
}
for (const [index, a] of assessment.actions.entries()) {
  const action = plan.actions[index]!
  if (a.rating !== 'complete')
    console.log(
      `  [${a.rating}] ${action.ref ?? ''} ${action.title.slice(0, 50)} — ${formatTargetDate(action.target)}`,
    )
}

// 3. Data quality, as a self-assessment panel would review it.
for (const finding of lintPlan(plan).slice(0, 5)) console.log(`  lint: ${finding.message} → ${finding.fix}`)

// 4. Store it with history and an optimistic revision.
const store = openSqlitePlanStore({ filename: join(mkdtempSync(join(tmpdir(), 'techcommit-')), 'plans.db') })
const { revision } = await store.savePlan(plan)
const first = plan.actions[0]!
const next = await store.recordUpdate(
  plan.id,
  first.id,
  {
    at: `${asOf}T12:00:00Z`,
    by: 'example',
    status: parseStatus('Complete (30/06/19)'),
    target: null,
    note: 'Strategy published',
  },
  { expectedRevision: revision },
)
console.log(
  `\nStored plan "${plan.id}" at revision ${revision}, then revision ${next.revision} after an update.`,
)
const trail = await store.history(plan.id, first.id)
console.log(`History of action ${first.ref}: ${trail.length} ${trail.length === 1 ? 'entry' : 'entries'}`)
await store.close()
