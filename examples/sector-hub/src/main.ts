// A sector hub in one file: import every signatory's plan into one shared store, list the overdue actions of
// each pillar across the sector, then honour a right-to-erasure request and purge a plan saved by mistake.
//
//   DATABASE_URL=postgres://user@host/hub npx -y pnpm@10 --filter @techcommit/example-sector-hub start [YYYY-MM-DD] [name]
//
// Without DATABASE_URL it runs the same code on a temporary SQLite file: the port is the same.
import { mkdtempSync, readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importCsvPlan } from '@techcommit/adapter-csv'
import { openPostgresPlanStore } from '@techcommit/adapter-postgres'
import { openSqlitePlanStore } from '@techcommit/adapter-sqlite'
import type { PlanStore, StatusState } from '@techcommit/core'

const asOf = process.argv[2] ?? '2019-06-30'
const url = process.env.DATABASE_URL
const store: PlanStore =
  url === undefined
    ? openSqlitePlanStore({ filename: join(mkdtempSync(join(tmpdir(), 'techcommit-hub-')), 'hub.db') })
    : await openPostgresPlanStore({ connectionString: url, schema: 'techcommit_example' })
console.log(
  url === undefined
    ? 'Store: a temporary SQLite file (set DATABASE_URL for PostgreSQL)'
    : 'Store: PostgreSQL',
)

// 1. Every signatory's plan, one save each (a re-run saves a new revision).
const data = fileURLToPath(new URL('../../data/', import.meta.url))
for (const file of readdirSync(data).filter((name) => name.endsWith('.csv'))) {
  const { plan } = await importCsvPlan(await readFile(join(data, file)))
  const { revision } = await store.savePlan({ ...plan, id: file.replace(/\.csv$/, '') })
  console.log(`  saved ${file.replace(/\.csv$/, '')}: ${plan.actions.length} actions (revision ${revision})`)
}

// 2. Overdue by pillar across the sector, the report a hub runs most.
const open: StatusState[] = ['not-started', 'in-progress', 'on-hold', 'unknown']
console.log(`\nOverdue on ${asOf}, by pillar:`)
for (const pillar of ['V', 'R', 'C', 'S']) {
  let overdue = 0
  for (const summary of await store.listPlans()) {
    overdue += (await store.listActions(summary.id, { pillar, dueBefore: asOf, state: open })).length
  }
  console.log(`  ${pillar}: ${overdue}`)
}

// 3. A right-to-erasure request: the owner's name leaves every plan, past revision and history entry.
const plans = await store.listPlans()
// The name from the command line, or (for the demo) the first owner named in any plan.
let someone: string | undefined = process.argv[3]
for (const summary of plans) {
  someone ??= (await store.getPlan(summary.id))?.plan.actions
    .flatMap((a) => a.owners)
    .find((o) => o.length > 3)
}
if (someone !== undefined) {
  const { plans: changed } = await store.erasePerson(someone)
  console.log(
    `\nErased "${someone}" from ${changed.length} plan(s); each history ends with an "erasure" entry.`,
  )
}

// 4. A plan saved by mistake goes for good, with its history.
await store.purgePlan(plans.at(-1)!.id)
console.log(`Purged ${plans.at(-1)!.id}; ${(await store.listPlans()).length} plans remain.`)
await store.close?.()
