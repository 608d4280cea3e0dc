// Import a plan from whatever file you have — an Excel workbook, a Word document or a CSV — chosen by its
// content, not its name; then show the tables the file holds, which one became the plan, and the plan.
//
//   npx -y pnpm@10 --filter @techcommit/example-office-import start [file.xlsx|file.docx|file.csv]
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { importCsvPlan } from '@techcommit/adapter-csv'
import {
  importOfficePlan,
  readDocxTables,
  readXlsxTables,
  sniffOfficeFormat,
} from '@techcommit/adapter-office'
import { evaluatePlan } from '@techcommit/core'

const file =
  process.argv[2] ??
  fileURLToPath(
    new URL('../../../packages/adapter-office/test/fixtures/oxford-2018-2020.docx', import.meta.url),
  )
const bytes = new Uint8Array(await readFile(file))
const format = sniffOfficeFormat(bytes)
console.log(`${file}: ${format ?? 'not an Office file, read as CSV'}`)

// 1. The tables, as the readers see them (merged regions kept).
if (format !== null && format !== 'ole2') {
  const read = format.startsWith('xls') ? await readXlsxTables(bytes) : await readDocxTables(bytes)
  for (const table of read.tables)
    console.log(`  ${table.name}: ${table.rows.length} rows, ${table.merges.length} merged regions`)
}

// 2. The plan: the table(s) that read as one, title and period from the lines above.
const { plan, issues } = format === null ? await importCsvPlan(bytes) : await importOfficePlan(bytes)
console.log(`\n${plan.title ?? '(untitled)'} — ${plan.institution ?? 'institution not named'}`)
console.log(`Period: ${plan.period.text ?? 'not stated'}; ${plan.actions.length} actions`)
for (const issue of issues) console.log(`  ${issue.severity} ${issue.code}: ${issue.message}`)

// 3. The same assessment as for a CSV.
const assessment = evaluatePlan(plan, { asOf: '2019-06-30' })
console.log(`\nAs of 2019-06-30: ${Math.round((assessment.completion ?? 0) * 100)}% complete`)
for (const pillar of assessment.pillars)
  if (pillar.actions > 0)
    console.log(`  ${pillar.name}: ${pillar.actions} actions, ${pillar.overdue} overdue`)
