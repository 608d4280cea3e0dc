import { parseTargetDate } from '../dates/parseTargetDate'
import type { ValidationProblem } from '../errors'
import { parseOwners } from '../owners/parseOwners'
import { parseStatus } from '../status/parseStatus'
import { type PillarFlag, resolvePillars } from '../taxonomy/resolvePillars'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { Action, type ExtraField } from './action'
import type { ProgressUpdate } from './progressUpdate'
import type { Status } from './status'
import type { Taxonomy } from './taxonomySchema'
import type { DateContext, TargetDate } from './targetDate'
import { type SafeResult, toValidationError } from './toValidationError'

/**
 * A loose description of an action: only `id` and `title` are required. Text is accepted wherever a plan
 * would hold text (target, status, pillars, owners) and is parsed, keeping the original beside the result.
 *
 * @example
 * ```ts
 * const input: ActionInput = { id: '9', title: 'Showcase careers', pillars: 'C, V', owners: 'CS, SM', target: 'June 19' }
 * ```
 */
export interface ActionInput {
  readonly id: string
  readonly title: string
  readonly ref?: string | null
  readonly description?: string | null
  readonly section?: string | null
  /** Pillar text ("V, C", prose), flag columns, or a list of codes or names. */
  readonly pillars?: string | readonly string[] | readonly PillarFlag[]
  /** The original pillar text, when `pillars` is already a list of codes. */
  readonly pillarsText?: string
  /** Owner text ("Forum / SRM") or a list of owners. */
  readonly owners?: string | readonly string[]
  /** The original owner text, when `owners` is already a list. */
  readonly ownersText?: string
  /** Target text ("Dec. 18", "By end of March 2018") or an already parsed `TargetDate`. */
  readonly target?: string | TargetDate | null
  /** One measure as text, or a list. */
  readonly successMeasures?: string | readonly string[]
  /** Status text ("Complete (16/04/18)") or an already parsed `Status`. */
  readonly status?: string | Status | null
  readonly notes?: string | null
  readonly updates?: readonly ProgressUpdate[]
  /** Unmapped columns: a list of `{ column, value }`, or a `Map` of column → value. */
  readonly extra?: readonly ExtraField[] | ReadonlyMap<string, string>
}

/**
 * What the builders need to read text fields.
 *
 * @example
 * ```ts
 * createAction(input, { taxonomy: researcherDevelopmentConcordat, dateContext: { yearLabels: { 'Year 1': 2019 } } })
 * ```
 */
export interface CreateActionOptions {
  /** The taxonomy pillar text and codes are read against. Default `technicianCommitment`. */
  readonly taxonomy?: Taxonomy
  /** Conventions for reading target text (year labels, reference date). Default `{}`. */
  readonly dateContext?: DateContext
}

type Loose = Partial<Record<keyof ActionInput, unknown>>

function isFlagList(value: readonly unknown[]): value is readonly PillarFlag[] {
  return (
    value.length > 0 &&
    value.every((v) => typeof v === 'object' && v !== null && 'header' in v && 'value' in v)
  )
}

function readPillars(
  input: Loose,
  taxonomy: Taxonomy,
  problems: ValidationProblem[],
): { pillars: unknown; pillarsText: unknown } {
  const given = input.pillars
  const explicitText = input.pillarsText
  if (given === undefined) return { pillars: [], pillarsText: explicitText ?? '' }
  if (typeof given === 'string') {
    return { pillars: resolvePillars(given, taxonomy).codes, pillarsText: explicitText ?? given }
  }
  if (!Array.isArray(given)) return { pillars: given, pillarsText: explicitText ?? '' }
  const list: readonly unknown[] = given
  if (isFlagList(list)) {
    const read = resolvePillars(list, taxonomy)
    return { pillars: read.codes, pillarsText: explicitText ?? read.text }
  }
  // A list of codes or names: each item must name exactly one pillar of the taxonomy.
  const codes: unknown[] = []
  list.forEach((item, index) => {
    if (typeof item !== 'string') {
      codes.push(item)
      return
    }
    const exact = taxonomy.pillars.find((p) => p.code === item)
    const found = exact ? [exact.code] : resolvePillars(item, taxonomy).codes
    if (found.length === 1) {
      codes.push(found[0])
      return
    }
    codes.push(item)
    problems.push({
      path: `pillars.${index}`,
      message: `"${item}" is not a pillar of ${taxonomy.name}; use one of ${taxonomy.pillars.map((p) => p.code).join(', ')}.`,
    })
  })
  const strings = codes.filter((c): c is string => typeof c === 'string')
  return { pillars: codes, pillarsText: explicitText ?? strings.join(', ') }
}

function readOwners(input: Loose): { owners: unknown; ownersText: unknown } {
  const given = input.owners
  const explicitText = input.ownersText
  if (given === undefined) return { owners: [], ownersText: explicitText ?? '' }
  if (typeof given === 'string')
    return { owners: parseOwners(given).owners, ownersText: explicitText ?? given }
  if (Array.isArray(given)) {
    const names = given.map((o: unknown) => (typeof o === 'string' ? o.trim() : o))
    const text = names.filter((n): n is string => typeof n === 'string').join(' / ')
    return { owners: names, ownersText: explicitText ?? text }
  }
  return { owners: given, ownersText: explicitText ?? '' }
}

function readExtra(given: unknown): unknown {
  if (given === undefined) return []
  if (given instanceof Map) return [...given].map(([column, value]) => ({ column, value }))
  return given
}

function readMeasures(given: unknown): unknown {
  if (given === undefined || given === null) return []
  if (typeof given === 'string') return given.trim() === '' ? [] : [given.trim()]
  return given
}

/** Builds the candidate action and collects problems zod cannot see (unknown pillar names). */
function candidateAction(
  input: unknown,
  options: CreateActionOptions,
): { candidate: unknown; problems: ValidationProblem[] } {
  if (typeof input !== 'object' || input === null) return { candidate: input, problems: [] }
  const loose = input as Loose
  const taxonomy = options.taxonomy ?? technicianCommitment
  const problems: ValidationProblem[] = []
  const { pillars, pillarsText } = readPillars(loose, taxonomy, problems)
  const { owners, ownersText } = readOwners(loose)
  const target =
    loose.target === undefined || loose.target === null
      ? parseTargetDate('', options.dateContext ?? {})
      : typeof loose.target === 'string'
        ? parseTargetDate(loose.target, options.dateContext ?? {})
        : loose.target
  const status =
    loose.status === undefined || loose.status === null
      ? parseStatus('')
      : typeof loose.status === 'string'
        ? parseStatus(loose.status)
        : loose.status
  const candidate = {
    id: loose.id,
    ref: loose.ref ?? null,
    title: loose.title,
    description: loose.description ?? null,
    section: loose.section ?? null,
    pillars,
    pillarsText,
    owners,
    ownersText,
    target,
    successMeasures: readMeasures(loose.successMeasures),
    status,
    notes: loose.notes ?? null,
    updates: loose.updates ?? [],
    extra: readExtra(loose.extra),
  }
  // Codes written directly must belong to the taxonomy, or scoring would count a pillar nobody defined.
  if (Array.isArray(pillars)) {
    const known = new Set(taxonomy.pillars.map((p) => p.code))
    pillars.forEach((code: unknown, index) => {
      if (
        typeof code === 'string' &&
        !known.has(code) &&
        !problems.some((p) => p.path === `pillars.${index}`)
      ) {
        problems.push({
          path: `pillars.${index}`,
          message: `"${code}" is not a pillar code of ${taxonomy.name}.`,
        })
      }
    })
  }
  return { candidate, problems }
}

/** @internal Shared with `createPlan`, which prefixes paths with `actions.<index>`. */
export function buildAction(
  input: unknown,
  options: CreateActionOptions,
  prefix: string,
): SafeResult<Action> {
  const { candidate, problems } = candidateAction(input, options)
  const parsed = Action.safeParse(candidate)
  if (parsed.success && problems.length === 0) return { success: true, data: parsed.data }
  const issues = parsed.success ? [] : parsed.error.issues
  const prefixed = problems.map((p) => ({ ...p, path: prefix === '' ? p.path : `${prefix}.${p.path}` }))
  return { success: false, error: toValidationError('Action is invalid', issues, prefixed, prefix) }
}

/**
 * Like `createAction`, but returns `{ success: true, data }` or `{ success: false, error }` instead of
 * throwing.
 *
 * @example
 * ```ts
 * const result = safeCreateAction({ id: '', title: 'Launch event' })
 * if (!result.success) result.error.problems // [{ path: 'id', message: '…' }]
 * ```
 */
export function safeCreateAction(input: ActionInput, options: CreateActionOptions = {}): SafeResult<Action> {
  return buildAction(input, options, '')
}

/**
 * Builds a valid `Action` from a loose description, parsing text fields with `resolvePillars`,
 * `parseOwners`, `parseTargetDate` and `parseStatus` and keeping the original text beside each result.
 * Defaults: no pillars, owners, measures, updates or extra columns; `null` ref, description, section and
 * notes; an undated target; an `unknown` status. Throws `ValidationError` whose `problems` name each field.
 *
 * @example
 * ```ts
 * const action = createAction({
 *   id: 'a1',
 *   ref: '1',
 *   title: 'Establish Technician Commitment Forum',
 *   pillars: 'V, C, R, S',
 *   owners: 'SRM / VH',
 *   target: 'Oct. 17',
 *   status: 'Complete',
 * })
 * action.pillars // ['V', 'R', 'C', 'S']
 * action.owners // ['SRM', 'VH']
 * ```
 */
export function createAction(input: ActionInput, options: CreateActionOptions = {}): Action {
  const result = safeCreateAction(input, options)
  if (!result.success) throw result.error
  return result.data
}
