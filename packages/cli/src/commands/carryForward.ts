import {
  type CarryForwardResult,
  carryForward,
  type IsoDate,
  type Plan,
  type PlanStore,
  parseTargetDate,
  ValidationError,
  validatePlan,
} from '@techcommit/core'
import { type CliIo, UsageError } from '../io'
import { requireIsoDate } from '../isoDate'
import { formatIssue, loadPlan } from '../loadPlan'
import { defaultDatabaseFile } from './importPlan'

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
  /** Write the draft plan as JSON here. */
  readonly out?: string | undefined
}

/**
 * `techcommit carry-forward <plan> --to <new-id> [--period …] [--as-of …] [--include id]… [--stage …]
 * [--out draft.json] [--db store.db]`: drafts the next stage's plan from the open actions, prints what was
 * carried and what was left (and why), and saves the draft to the store (with the previous plan, so the links
 * resolve) and/or writes it as JSON. Returns the exit code. With `store` null, `out` is required.
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
  if (options.out !== undefined) await io.writeFile(options.out, `${JSON.stringify(result.plan, null, 2)}\n`)
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
  let isFile = false
  try {
    isFile = !(await io.isDirectory(source))
  } catch {
    isFile = false
  }
  if (isFile) {
    if (/\.json$/i.test(source)) {
      let data: unknown
      try {
        data = JSON.parse(new TextDecoder().decode(await io.readFile(source)))
      } catch (error) {
        throw new UsageError(
          `${source} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
      const checked = validatePlan(data)
      if (!checked.success) {
        const first = checked.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`)
        throw new UsageError(`${source} is not a techcommit plan — ${first.join(' ')}`)
      }
      return checked.data
    }
    const { plan, issues } = await loadPlan(source, io)
    for (const issue of issues) if (issue.severity === 'error') io.stderr(`${formatIssue(source, issue)}\n`)
    return plan
  }
  if (store === null)
    throw new UsageError(`no file "${source}"; to name a stored plan by id, add --db store.db.`)
  const stored = await store.getPlan(source)
  if (stored === null) throw new UsageError(`no file "${source}" and no plan with that id in the store.`)
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

/**
 * Opens the SQLite store the CLI uses. Loaded lazily: the native module is only needed when a store is.
 *
 * @example
 * const store = await openStore('./techcommit.db')
 */
export async function openStore(filename: string): Promise<PlanStore & { close(): Promise<void> }> {
  const { openSqlitePlanStore } = await import('@techcommit/adapter-sqlite')
  return openSqlitePlanStore({ filename })
}

/**
 * The glue between the current command line (`runCli`) and {@link carryForwardCommand}: reads the plan
 * argument and flags, opens the SQLite store (`--db`, or `./techcommit.db` when neither `--db` nor `--out` is
 * given), and closes it afterwards.
 *
 * @example
 * await carryForwardCli(['oxford.csv'], { to: 'oxford-2021', asOf: undefined, db: undefined, out: 'next.json' }, { period: '2021-2023', include: undefined, stage: undefined }, io)
 */
export async function carryForwardCli(
  args: readonly string[],
  flags: {
    readonly to: string | undefined
    readonly asOf: string | undefined
    readonly db: string | undefined
    readonly out: string | undefined
  },
  extra: {
    readonly period: string | undefined
    readonly include: readonly string[] | undefined
    readonly stage: string | undefined
  },
  io: CliIo,
): Promise<number> {
  if (args.length !== 1) {
    throw new UsageError(
      'name one plan (a file or, with --db, a stored plan id), e.g. techcommit carry-forward plan.csv --to plan-2021.',
    )
  }
  if (flags.to === undefined)
    throw new UsageError('give the new plan an id with --to, e.g. --to oxford-2021-2023.')
  const asOf = flags.asOf === undefined ? io.today() : requireIsoDate(flags.asOf, '--as-of')
  const filename = flags.db ?? (flags.out === undefined ? defaultDatabaseFile : undefined)
  const store = filename === undefined ? null : await openStore(filename)
  try {
    return await carryForwardCommand(
      {
        plan: args[0]!,
        to: flags.to,
        asOf,
        period: extra.period,
        include: extra.include,
        stage: extra.stage,
        out: flags.out,
      },
      store,
      io,
    )
  } finally {
    await store?.close()
  }
}
