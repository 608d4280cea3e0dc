import {
  type CarryForwardResult,
  carryForward,
  type IsoDate,
  type Plan,
  type PlanStore,
  parseTargetDate,
  ValidationError,
} from '@techcommit/core'
import { exportPlanCsv } from '@techcommit/adapter-csv'
import type { SqlitePlanStore } from '@techcommit/adapter-sqlite'
import { defineCommand } from '../defineCommand'
import { UsageError } from '../errors'
import { formatIssue } from '../formatIssue'
import type { CliIo } from '../io'
import { dbOption, defaultDatabaseFile, openStore } from '../openStore'
import { readPlanInput } from '../readPlanInput'
import { requireIsoDate } from '../requireIsoDate'
import { terminalLine } from '../terminalText'

/**
 * Parsed options of `techcommit carry-forward`.
 *
 * @example
 * const options: CarryForwardCommandOptions = { plan: 'oxford.csv', to: 'oxford-2021-2023', asOf: '2020-11-15' }
 */
export interface CarryForwardCommandOptions {
  /** A plan file (`.csv`, `.tsv`, `.txt` or `.json`), or the id of a plan in the store. */
  readonly plan: string
  /** Id of the new plan. */
  readonly to: string
  /** The new period: `2021-2023`, `August 2021 – July 2024`, `2021-01-01 to 2023-12-31`. Default: the 36 months after the plan's period. */
  readonly period?: string | undefined
  /** The day the previous plan is closed. */
  readonly asOf: IsoDate
  /** Carry only these action ids (default: every open action). */
  readonly include?: readonly string[] | undefined
  /** The new plan's stage (a number or a label). Default: the previous stage plus one. */
  readonly stage?: string | undefined
  /** Write the draft plan here: techcommit's canonical CSV when the name ends in `.csv`, else JSON. */
  readonly out?: string | undefined
}

/**
 * `techcommit carry-forward <plan> --to <new-id> [--period …] [--as-of …] [--include id]… [--stage …]
 * [--out draft.json] [--db store.db]`: drafts the next stage's plan from the open actions, prints what was
 * carried and what was left (and why), and saves the draft to the store (with the previous plan, so the links
 * resolve) and/or writes it as JSON (or as canonical CSV, links included, to a `.csv` file). Returns the exit code. With `store` null, `out` is required.
 *
 * @example
 * const code = await carryForwardCommand({ plan: 'oxford.csv', to: 'oxford-2021', asOf: '2020-11-15', out: 'next.json' }, null, nodeIo())
 */
export async function carryForwardCommand(
  options: CarryForwardCommandOptions,
  store: PlanStore | null,
  io: CliIo,
): Promise<number> {
  if (store === null && options.out === undefined)
    throw new UsageError('say where the draft goes: --out draft.json, or --db store.db.')
  if (options.to.trim() === '') throw new UsageError('give the new plan an id, e.g. --to oxford-2021-2023.')
  const previous = await readPlanSource(options.plan, store, io)
  const period = readPeriod(options.period, previous)
  let result: CarryForwardResult
  try {
    result = carryForward(previous, {
      asOf: options.asOf,
      newPlanId: options.to,
      period,
      ...(options.include === undefined || options.include.length === 0 ? {} : { include: options.include }),
      ...(options.stage === undefined ? {} : { stage: readStage(options.stage) }),
    })
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new UsageError(error.problems.map((p) => `${p.path}: ${p.message}`).join(' '))
    }
    throw error
  }
  // Write the file first: if the store then refuses, the draft is still on disk and nothing is half-saved.
  if (options.out !== undefined) {
    // The canonical CSV keeps the stage fields and every action's link, so a spreadsheet draft loses nothing.
    const text = /\.csv$/i.test(options.out)
      ? exportPlanCsv(result.plan, { bom: true })
      : `${JSON.stringify(result.plan, null, 2)}\n`
    await io.writeFile(options.out, text)
  }
  if (store !== null) {
    if ((await store.getPlan(previous.id)) === null) await store.savePlan(previous, { expectedRevision: 0 })
    if ((await store.getPlan(result.plan.id)) !== null) {
      throw new UsageError(`the store already holds a plan "${result.plan.id}": choose another --to.`)
    }
    await store.savePlan(structuredClone(result.plan), { expectedRevision: 0 })
  }
  io.stdout(renderCarryReport(result, previous))
  if (options.out !== undefined) io.stderr(`wrote the draft plan "${result.plan.id}" to ${options.out}\n`)
  if (store !== null) io.stderr(`saved the draft plan "${result.plan.id}" to the store\n`)
  return 0
}

/**
 * Reads a plan named on the command line: a file when one exists at that path (CSV-like files are imported,
 * `.json` is checked against the model), else the id of a plan in the store.
 *
 * @example
 * const plan = await readPlanSource('oxford-2018-2020', store, io)
 */
export async function readPlanSource(source: string, store: PlanStore | null, io: CliIo): Promise<Plan> {
  if ((await io.pathKind(source)) === 'file') {
    const { plan, issues } = await readPlanInput(source, io)
    for (const issue of issues) if (issue.severity === 'error') io.stderr(`${formatIssue(source, issue)}\n`)
    if (issues.some((issue) => issue.severity === 'error'))
      throw new UsageError(
        `"${terminalLine(source)}" has errors (listed above): fix them before a new stage.`,
      )
    return plan
  }
  if (store === null)
    throw new UsageError(`no file "${terminalLine(source)}"; to name a stored plan by id, add --db store.db.`)
  const stored = await store.getPlan(source)
  if (stored === null)
    throw new UsageError(`no file "${terminalLine(source)}" and no plan with that id in the store.`)
  return stored.plan
}

function readPeriod(
  text: string | undefined,
  previous: Plan,
): { text: string | null; start: IsoDate; end: IsoDate } {
  if (text === undefined) {
    const end = previous.period.end ?? previous.dateContext.planEnd
    if (end === undefined || end === null) {
      throw new UsageError(
        `plan "${previous.id}" does not say when it ends, so the next period cannot be guessed: add --period, e.g. --period 2021-2023.`,
      )
    }
    // A Stage 2 or Stage 3 plan runs 36 months from the day after the previous one ends.
    const start = new Date(`${end}T00:00:00Z`)
    start.setUTCDate(start.getUTCDate() + 1)
    const last = new Date(start)
    last.setUTCMonth(last.getUTCMonth() + 36)
    last.setUTCDate(last.getUTCDate() - 1)
    return { text: null, start: start.toISOString().slice(0, 10), end: last.toISOString().slice(0, 10) }
  }
  const reading = parseTargetDate(text)
  if (reading.kind !== 'range' || reading.start === null || reading.end === null) {
    throw new UsageError(
      `--period needs a start and an end, e.g. --period 2021-2023 or --period "2021-01-01 to 2023-12-31"; "${text}" reads as ${reading.kind}.`,
    )
  }
  return { text, start: requireIsoDate(reading.start, '--period'), end: reading.end }
}

function readStage(text: string): number | string {
  return /^[1-9]\d{0,3}$/.test(text) ? Number(text) : text
}

/** The carried and left actions, one line each, with the reason. Plan text is kept to one printable line. */
export function renderCarryReport(result: CarryForwardResult, previous: Plan): string {
  const { plan, carried, left } = result
  const out: string[] = []
  out.push(
    `Carried ${carried.length} of ${previous.actions.length} actions from "${oneLine(previous.id)}" into the draft "${oneLine(plan.id)}" (${plan.period.start} to ${plan.period.end}), as of ${result.asOf}.`,
  )
  const review = carried.filter((c) => c.target.outcome === 'review').length
  const unreported = carried.filter((c) => c.statusUnreported).length
  if (review > 0) out.push(`${review} target${review === 1 ? '' : 's'} to review.`)
  if (unreported > 0)
    out.push(
      `${unreported} carried action${unreported === 1 ? '' : 's'} never had a status: confirm each still needs doing.`,
    )
  out.push('', 'Carried:')
  for (const c of carried) {
    out.push(`  ${label(c.ref, c.title)}`)
    out.push(`      ${oneLine(c.message)}`)
    out.push(`      target: ${c.target.outcome} — ${oneLine(c.target.message)}`)
  }
  out.push('', left.length === 0 ? 'Left: none.' : 'Left:')
  for (const l of left) out.push(`  ${label(l.ref, l.title)}`, `      ${l.reason}: ${oneLine(l.message)}`)
  return `${out.join('\n')}\n`
}

function label(ref: string | null, title: string): string {
  const text = oneLine(title)
  return `${(ref === null ? '–' : oneLine(ref)).padEnd(4)} ${text.length > 70 ? `${text.slice(0, 69)}…` : text}`
}

/** Cell text can hold line breaks and control characters; a terminal line must stay one printable line. */
function oneLine(text: string): string {
  let out = ''
  for (const char of text) {
    const c = char.charCodeAt(0)
    out += c < 32 || (c >= 0x7f && c <= 0x9f) ? ' ' : char
  }
  return out.replace(/ {2,}/g, ' ').trim()
}

/** Opens the store a stage command reads from and saves to: `--db`, else the default file when it exists. */
export async function openStageStore(
  db: string | undefined,
  io: CliIo,
  create: boolean,
): Promise<SqlitePlanStore | null> {
  if (db !== undefined) return openStore(db, io, { create })
  if (create || (await io.pathKind(defaultDatabaseFile)) === 'file')
    return openStore(defaultDatabaseFile, io, { create })
  return null
}

/** `techcommit carry-forward <plan> --to <new-id>`: drafts the next stage's plan from the open actions. */
export const carryForwardCliCommand = defineCommand({
  name: 'carry-forward',
  summary: "Draft the next stage's plan from a plan's open actions.",
  args: '<plan>',
  minArgs: 1,
  maxArgs: 1,
  description: `Reads a plan (a file, or with --db the id of a stored plan) and drafts the next stage's plan from
its open actions (not complete, not cancelled as of --as-of): each carried action links to its original, its
status is reset with the old status kept as history, and its target is re-read against the new period or
marked for review. Prints what was carried and what was left, and why. The draft is saved to the store
(--db, default ./techcommit.db) and/or written to a file (--out: canonical CSV for a .csv name, else JSON).`,
  options: {
    to: { type: 'string', value: 'new-id', required: true, description: 'Id of the new plan.' },
    period: {
      type: 'string',
      value: 'period',
      description: 'The new period, e.g. 2021-2023; default: the 36 months after the plan ends.',
    },
    'as-of': {
      type: 'string',
      value: 'YYYY-MM-DD',
      description: 'The day the previous plan is closed.',
      defaultText: 'today',
    },
    include: {
      type: 'string',
      value: 'action-id',
      multiple: true,
      description: 'Carry only these actions (repeat the flag); default: every open action.',
    },
    stage: {
      type: 'string',
      value: 'stage',
      description: "The new plan's stage (a number or a label); default: the previous stage plus one.",
    },
    db: dbOption,
    out: {
      type: 'string',
      value: 'path',
      description:
        'Also write the draft plan to this file: CSV (links included) when it ends in .csv, else JSON.',
    },
  },
  examples: [
    'techcommit carry-forward examples/data/oxford-2018-2020.csv --to oxford-2021-2023 --period 2021-2023 --as-of 2020-11-15 --out draft.json',
    'techcommit carry-forward oxford-2018-2020 --to oxford-2021-2023 --period 2021-2023 --as-of 2020-11-15 --db plans.db',
  ],
  run: async ({ args, options }, io) => {
    const asOf = options['as-of'] === undefined ? io.today() : requireIsoDate(options['as-of'], '--as-of')
    const store = await openStageStore(options.db, io, options.db !== undefined || options.out === undefined)
    try {
      return await carryForwardCommand(
        {
          plan: args[0]!,
          to: options.to,
          asOf,
          period: options.period,
          include: options.include,
          stage: options.stage,
          out: options.out,
        },
        store,
        io,
      )
    } finally {
      await store?.close()
    }
  },
})
