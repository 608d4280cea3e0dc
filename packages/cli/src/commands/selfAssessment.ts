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
import { type CliIo, UsageError } from '../io'
import { requireIsoDate } from '../isoDate'
import { openStore, readPlanSource } from './carryForward'

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
  if (options.out === undefined) {
    // Standard output may be a terminal: plan text must not reach it with control characters (escape codes).
    io.stdout(format === 'markdown' ? output : withoutControls(output))
  } else {
    await io.writeFile(options.out, output)
    io.stderr(`wrote the self-assessment of "${plan.id}" (${format}) to ${options.out}\n`)
  }
  return 0
}

/**
 * The glue between the current command line (`runCli`) and {@link selfAssessmentCommand}: reads the plan
 * argument and flags, opens the SQLite store when `--db` is given, and closes it afterwards.
 *
 * @example
 * await selfAssessmentCli(['oxford.csv'], { asOf: '2020-11-15', db: undefined, out: undefined }, { next: undefined, format: 'html' }, io)
 */
export async function selfAssessmentCli(
  args: readonly string[],
  flags: {
    readonly asOf: string | undefined
    readonly db: string | undefined
    readonly out: string | undefined
  },
  extra: { readonly next: string | undefined; readonly format: string | undefined },
  io: CliIo,
): Promise<number> {
  if (args.length !== 1) {
    throw new UsageError(
      'name one plan (a file or, with --db, a stored plan id), e.g. techcommit self-assessment plan.csv.',
    )
  }
  const asOf = flags.asOf === undefined ? io.today() : requireIsoDate(flags.asOf, '--as-of')
  const store = flags.db === undefined ? null : await openStore(flags.db)
  try {
    return await selfAssessmentCommand(
      { plan: args[0]!, next: extra.next, asOf, format: extra.format, out: flags.out },
      store,
      io,
    )
  } finally {
    await store?.close()
  }
}

/** Drops C0 and C1 control characters other than tab, CR and LF. */
function withoutControls(text: string): string {
  let out = ''
  for (const char of text) {
    const c = char.charCodeAt(0)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)) continue
    out += char
  }
  return out
}
