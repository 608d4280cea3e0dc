import { defineCommand } from '../defineCommand'
import { UsageError } from '../errors'
import { expandInputs } from '../expandInputs'
import { formatIssue, hasErrors } from '../formatIssue'
import type { CliIo } from '../io'
import { noSuchPlan } from '../noSuchPlan'
import { dbOption, defaultDatabaseFile, openStore } from '../openStore'
import { readPlanInput, tableOption } from '../readPlanInput'
import { buildReport, type ReportSource } from '../report/buildReport'
import { renderReportMarkdown } from '../report/renderReportMarkdown'
import { renderReportText } from '../report/renderReportText'
import { requireIsoDate } from '../requireIsoDate'
import { terminalJson, terminalLine } from '../terminalText'
import { outOption, writeOutput } from '../writeOutput'

/** `techcommit report`: plans from files or from the store, assessed as of a date. */
export const reportCommand = defineCommand({
  name: 'report',
  summary: 'Assess plans (files or the store) as of a date and report progress.',
  args: '[file|folder...]',
  minArgs: 0,
  maxArgs: Number.POSITIVE_INFINITY,
  description: `Assesses every action of each plan as of a date (default: today) and reports completion, expected vs
actual progress, RAG counts, pillar rows (an action with several pillars counts under each), findings and
the actions that need attention, then a summary over all plans. Plans come from the files named, or, with
none named, from the store (--db, --plan). JSON holds every action with its title, rating and reasons; html
is a self-contained page built from the React widgets. A file whose import has errors is left out (exit 1).`,
  options: {
    db: dbOption,
    plan: {
      type: 'string',
      value: 'id',
      multiple: true,
      description: 'Report on this stored plan only.',
    },
    'as-of': {
      type: 'string',
      value: 'YYYY-MM-DD',
      defaultText: 'today',
      description: 'Assess as of this date.',
    },
    format: {
      type: 'string',
      value: 'format',
      choices: ['text', 'markdown', 'json', 'html'],
      defaultText: 'text',
      description: 'Output format.',
    },
    out: outOption,
    table: tableOption,
  },
  examples: [
    'techcommit report examples/data --as-of 2019-12-31',
    'techcommit report --db plans.db --plan oxford-2018-2020 --format json',
    'techcommit report --db plans.db --as-of 2019-12-31 --format html --out report.html',
  ],
  run: async ({ args, options }, io) => {
    const asOf = options['as-of'] === undefined ? io.today() : requireIsoDate(options['as-of'], '--as-of')
    if (args.length > 0 && (options.db !== undefined || options.plan.length > 0))
      throw new UsageError('report reads either plan files or a store (--db, --plan), not both. Drop one.')
    const { sources, failed } =
      args.length > 0
        ? await readFiles(args, io, options.table)
        : await readStore(options.db, options.plan, io)
    if (sources.length === 0) return failed > 0 ? 1 : 0
    const format = options.format ?? 'text'
    const what = `the report on ${sources.length} plan${sources.length === 1 ? '' : 's'}`
    if (format === 'html') {
      // Loaded on demand: React's server renderer is the heaviest module the CLI has.
      const { htmlReportChunks } = await import('../report/htmlReportChunks')
      await writeOutput(io, options.out, htmlReportChunks(sources, asOf), what)
      return failed > 0 ? 1 : 0
    }
    const report = buildReport(sources, asOf)
    if (format === 'json') await writeOutput(io, options.out, terminalJson(report), what)
    else if (format === 'markdown') await writeOutput(io, options.out, renderReportMarkdown(report), what)
    // Text on a terminal is already safe (terminalLine) and may carry colour, so it bypasses writeOutput.
    else if (options.out === undefined) io.stdout(renderReportText(report, { color: io.color }))
    else await writeOutput(io, options.out, renderReportText(report, { color: false }), what)
    return failed > 0 ? 1 : 0
  },
})

async function readFiles(paths: readonly string[], io: CliIo, table: string | undefined) {
  const sources: ReportSource[] = []
  let failed = 0
  for (const file of await expandInputs(paths, io)) {
    const { plan, issues } = await readPlanInput(file, io, { table })
    if (hasErrors(issues)) {
      for (const issue of issues.filter((i) => i.severity === 'error').slice(0, 10))
        io.stderr(`${formatIssue(file, issue)}\n`)
      io.stderr(
        `${terminalLine(file)}: left out of the report: the import has errors. Run techcommit validate on it.\n`,
      )
      failed++
      continue
    }
    sources.push({ plan, source: file, issues })
  }
  return { sources, failed }
}

async function readStore(db: string | undefined, planIds: readonly string[], io: CliIo) {
  const filename = db ?? defaultDatabaseFile
  const store = await openStore(filename, io, { create: false })
  try {
    const ids = planIds.length > 0 ? planIds : (await store.listPlans()).map((summary) => summary.id)
    const sources: ReportSource[] = []
    for (const id of ids) {
      const stored = await store.getPlan(id)
      if (stored === null) throw noSuchPlan(id, filename)
      sources.push({ plan: stored.plan, source: `${filename} revision ${stored.revision}`, issues: [] })
    }
    if (sources.length === 0)
      throw new UsageError(
        `no plans in ${terminalLine(filename)} yet. Add one with: techcommit import plan.csv --db ${terminalLine(filename)}`,
      )
    return { sources, failed: 0 }
  } finally {
    await store.close()
  }
}
