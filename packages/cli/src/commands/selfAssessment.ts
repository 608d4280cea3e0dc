import { rowsToCsv } from '@techcommit/adapter-csv'
import {
  evaluatePlan,
  type IsoDate,
  type Plan,
  type PlanStore,
  selfAssessment,
  selfAssessmentToMarkdown,
  selfAssessmentToRows,
} from '@techcommit/core'
import { SelfAssessmentPage } from '@techcommit/react-widgets'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { defineCommand } from '../defineCommand'
import { UsageError } from '../errors'
import type { CliIo } from '../io'
import { dbOption } from '../openStore'
import { requireIsoDate } from '../requireIsoDate'
import { terminalLine } from '../terminalText'
import { outOption, writeOutput } from '../writeOutput'
import { openStageStore, readPlanSource } from './carryForward'

/**
 * The formats `techcommit self-assessment` writes.
 *
 * @example
 * const format: SelfAssessmentFormat = 'html'
 */
export type SelfAssessmentFormat = 'markdown' | 'html' | 'csv'

/**
 * Parsed options of `techcommit self-assessment`.
 *
 * @example
 * const options: SelfAssessmentCommandOptions = { plan: 'oxford.csv', asOf: '2020-11-15', format: 'markdown' }
 */
export interface SelfAssessmentCommandOptions {
  /** A plan file (`.csv`, `.tsv`, `.txt` or `.json`), or the id of a plan in the store. */
  readonly plan: string
  /** The next plan (a file or a stored plan's id), to show where each action went. */
  readonly next?: string | undefined
  readonly asOf: IsoDate
  /** Default `markdown`. */
  readonly format?: string | undefined
  /** Write here instead of standard output. */
  readonly out?: string | undefined
}

const FORMATS: readonly SelfAssessmentFormat[] = ['markdown', 'html', 'csv']

/**
 * `techcommit self-assessment <plan> [--next id] [--as-of YYYY-MM-DD] [--format markdown|html|csv]
 * [--out file] [--db store.db]`: the reflection a signatory submits at the end of a stage, as Markdown, a
 * self-contained HTML page for reviewers, or the canonical CSV of the RAG-rated plan (UTF-8 with a BOM for
 * Excel, formula-safe). Returns the exit code.
 *
 * @example
 * await selfAssessmentCommand({ plan: 'oxford-2018-2020', next: 'oxford-2021-2023', asOf: '2020-11-15', format: 'html', out: 'sa.html' }, store, nodeIo())
 */
export async function selfAssessmentCommand(
  options: SelfAssessmentCommandOptions,
  store: PlanStore | null,
  io: CliIo,
): Promise<number> {
  const format = (options.format ?? 'markdown') as SelfAssessmentFormat
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${options.format}".`)
  }
  const plan = await readPlanSource(options.plan, store, io)
  let next: Plan | undefined
  if (options.next !== undefined) {
    next = await readPlanSource(options.next, store, io)
    if (next.previousPlanId !== undefined && next.previousPlanId !== plan.id) {
      io.stderr(
        `note: plan "${next.id}" says it follows "${next.previousPlanId}", not "${plan.id}"; only actions linked to "${plan.id}" count as carried.\n`,
      )
    }
  }
  const reflection = selfAssessment(
    plan,
    evaluatePlan(plan, { asOf: options.asOf }),
    next === undefined ? {} : { next },
  )
  const output =
    format === 'markdown'
      ? selfAssessmentToMarkdown(reflection)
      : format === 'html'
        ? `<!doctype html>\n${renderToStaticMarkup(createElement(SelfAssessmentPage, { reflection }))}\n`
        : rowsToCsv(selfAssessmentToRows(plan, reflection), { bom: true })
  // As every document the CLI writes: stripped of control characters only when printed on a terminal; piped
  // or written with --out, byte for byte (the CSV is made formula-safe by rowsToCsv, not by stripping).
  await writeOutput(io, options.out, output, `the self-assessment of "${terminalLine(plan.id)}" (${format})`)
  return 0
}

/** `techcommit self-assessment <plan>`: the reflection a signatory submits at the end of a stage. */
export const selfAssessmentCliCommand = defineCommand({
  name: 'self-assessment',
  summary: 'Write the self-assessment of a plan: RAG-rated actions with evidence.',
  args: '<plan>',
  minArgs: 1,
  maxArgs: 1,
  description: `Assesses a plan (a file, or with --db the id of a stored plan) as of a date and writes the
reflection a signatory submits: per pillar and per action the RAG rating with its reasons, the evidence, what
was achieved and, with --next, where each open action was carried. As Markdown, a self-contained HTML page
for reviewers, or the canonical CSV of the RAG-rated plan.`,
  options: {
    next: { type: 'string', value: 'plan', description: 'The next plan (a file or a stored plan id).' },
    'as-of': {
      type: 'string',
      value: 'YYYY-MM-DD',
      description: 'Assess as of this day.',
      defaultText: 'today',
    },
    format: {
      type: 'string',
      value: 'format',
      choices: FORMATS,
      description: 'markdown, html or csv.',
      defaultText: 'markdown',
    },
    db: dbOption,
    out: outOption,
  },
  examples: [
    'techcommit self-assessment oxford-2018-2020 --next oxford-2021-2023 --db plans.db --as-of 2020-11-15 --format html --out stage2.html',
  ],
  run: async ({ args, options }, io) => {
    const asOf = options['as-of'] === undefined ? io.today() : requireIsoDate(options['as-of'], '--as-of')
    const store = await openStageStore(options.db, io, false)
    try {
      return await selfAssessmentCommand(
        { plan: args[0]!, next: options.next, asOf, format: options.format, out: options.out },
        store,
        io,
      )
    } finally {
      await store?.close()
    }
  },
})
