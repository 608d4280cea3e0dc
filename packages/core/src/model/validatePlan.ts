import type { ValidationProblem } from '../errors'
import type { Action, ExtraField } from './action'
import type { Plan, PlanPeriod } from './plan'
import type { ProgressUpdate } from './progressUpdate'
import { ReportedRag, type Status, StatusState } from './status'
import {
  DatePrecision,
  type DateContext,
  QuarterBasis,
  type TargetDate,
  TargetDateKind,
  type TargetDateReading,
} from './targetDate'

/**
 * The result of `validatePlan`: the plan as the `Plan` schema reads it, or every problem found.
 *
 * @example
 * ```ts
 * const result: PlanValidation = validatePlan(JSON.parse(text))
 * if (!result.success) console.log(result.problems.map((p) => p.path))
 * ```
 */
export type PlanValidation =
  | { readonly success: true; readonly data: Plan }
  | { readonly success: false; readonly problems: ValidationProblem[] }

/**
 * Check that a value is a `Plan`, exactly as `Plan.safeParse` from the zod schemas would, but several times
 * faster: stores validate every plan they save, and plans run to 100,000 actions. It accepts and refuses the
 * same inputs as the schema, and on success returns a fresh copy with unknown keys left out (as zod's default
 * object parsing does), so the caller may change its input afterwards without touching the result.
 * `problems` name each field by its dotted path (`actions.3.target.due`; `(root)` for the value itself).
 *
 * @example
 * ```ts
 * const result = validatePlan(input)
 * if (result.success) save(result.data)
 * else for (const problem of result.problems) console.log(`${problem.path}: ${problem.message}`)
 * ```
 */
export function validatePlan(input: unknown): PlanValidation {
  const ctx: Ctx = { stack: [], problems: [] }
  const data = readPlan(input, ctx)
  if (ctx.problems.length > 0) return { success: false, problems: ctx.problems }
  return { success: true, data }
}

/** A plan without its actions. */
export type PlanHeader = Omit<Plan, 'actions'>

/**
 * Receives a plan piece by piece from `streamPlan`. Internal to adapters.
 *
 * @example
 * ```ts
 * const stream: PlanStream = { header: (h) => console.log(h.id), action: (a, i) => console.log(i, a.id) }
 * ```
 */
export interface PlanStream {
  /** Called once, when every field but `actions` has passed, before any action. */
  header(header: PlanHeader): void
  /** Called with each action's checked copy, in order, for as long as nothing in the plan has failed. */
  action(action: Action, index: number): void
}

/**
 * `validatePlan` for stores that write a plan action by action: the same checks in the same order with the same
 * problems, but each action's checked copy goes to `stream.action` as soon as it is read instead of into one
 * big copy. On a 100,000-action plan that keeps the copies short-lived, which saves the garbage collector most
 * of its work. Once a problem is found nothing more is streamed, but reading goes on so that `problems` names
 * every field; the caller must then discard what it received (a store rolls its transaction back). On success
 * `data` is the plan's header with an empty `actions`.
 *
 * @example
 * ```ts
 * const result = streamPlan(input, { header: (h) => begin(h), action: (a, i) => write(a, i) })
 * if (!result.success) rollback(result.problems)
 * ```
 */
export function streamPlan(input: unknown, stream: PlanStream): PlanValidation {
  const ctx: Ctx = { stack: [], problems: [] }
  const data = readPlan(input, ctx, stream)
  if (ctx.problems.length > 0) return { success: false, problems: ctx.problems }
  return { success: true, data }
}

type Key = string | number | symbol
/** `stack` holds the keys from the root to the object being read; keys are pushed only around containers. */
interface Ctx {
  readonly stack: Key[]
  readonly problems: ValidationProblem[]
}
type Loose = Record<string, unknown>

// The enum values come from the zod schemas themselves, so the two can never disagree on a member.
const statusStates: ReadonlySet<unknown> = new Set(StatusState.options)
const reportedRags: ReadonlySet<unknown> = new Set(ReportedRag.options)
const targetKinds: ReadonlySet<unknown> = new Set(TargetDateKind.options)
const precisions: ReadonlySet<unknown> = new Set(DatePrecision.options)
const quarterBases: ReadonlySet<unknown> = new Set(QuarterBasis.options)

function report(ctx: Ctx, message: string, ...keys: Key[]): void {
  const parts = [...ctx.stack, ...keys].map(String)
  ctx.problems.push({ path: parts.length === 0 ? '(root)' : parts.join('.'), message })
}

function received(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `the number ${value}` : String(value)
  }
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 80))}`
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function expected(what: string, value: unknown): string {
  return `Expected ${what}, got ${received(value)}.`
}

/** zod's object test: any object that is not an array (class instances included). */
function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** zod's plain-object test for records: its exact rules, so the same odd objects pass and fail. */
function isPlainObject(value: unknown): value is Loose {
  if (!isObject(value)) return false
  const ctor: unknown = value.constructor
  if (ctor === undefined || typeof ctor !== 'function') return true
  const prototype: unknown = ctor.prototype
  if (!isObject(prototype)) return false
  return Object.hasOwn(prototype, 'isPrototypeOf')
}

// ── dates, by character codes (no regular expressions) ──────────────────────

function digitAt(s: string, i: number): number {
  const code = s.charCodeAt(i) - 48
  return code >= 0 && code <= 9 ? code : -1
}

/** Two ASCII digits at `i` as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const a = digitAt(s, i)
  const b = digitAt(s, i + 1)
  return a < 0 || b < 0 ? -1 : a * 10 + b
}

/** `YYYY-MM-DD` at the start of `s`, a day that exists in the proleptic Gregorian calendar (years 0000–9999). */
function isDateAt(s: string): boolean {
  const hi = twoDigits(s, 0)
  const lo = twoDigits(s, 2)
  if (hi < 0 || lo < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false
  const month = twoDigits(s, 5)
  const day = twoDigits(s, 8)
  if (month < 1 || month > 12 || day < 1) return false
  if (month === 2) {
    const leap = lo === 0 ? hi % 4 === 0 : lo % 4 === 0
    return day <= (leap ? 29 : 28)
  }
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31)
}

function isIsoDate(value: string): boolean {
  return value.length === 10 && isDateAt(value)
}

/** RFC 3339 as `z.iso.datetime({ offset: true })` reads it: seconds required, any number of fraction digits,
 * then `Z` or a `±hh:mm` offset. */
function isIsoDateTime(value: string): boolean {
  const length = value.length
  if (length < 20 || !isDateAt(value) || value.charCodeAt(10) !== 84 /* T */) return false
  const hour = twoDigits(value, 11)
  const minute = twoDigits(value, 14)
  const second = twoDigits(value, 17)
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false
  if (value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return false
  let i = 19
  if (value.charCodeAt(i) === 46 /* . */) {
    i++
    const firstDigit = i
    while (i < length && digitAt(value, i) >= 0) i++
    if (i === firstDigit) return false
  }
  const zone = value.charCodeAt(i)
  if (zone === 90 /* Z */) return i + 1 === length
  if (zone !== 43 && zone !== 45 /* + - */) return false
  if (i + 6 !== length || value.charCodeAt(i + 3) !== 58) return false
  const offsetHour = twoDigits(value, i + 1)
  const offsetMinute = twoDigits(value, i + 4)
  return offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59
}

// ── leaves ───────────────────────────────────────────────────────────────────

function readString(value: unknown, ctx: Ctx, key: Key): string {
  if (typeof value !== 'string') report(ctx, expected('text', value), key)
  return value as string
}

/** `z.string().min(1)`. Like zod, a non-text value that has a `length` below 1 (an empty list) is also
 * reported as too short, after the type problem. */
function readNonEmptyString(value: unknown, ctx: Ctx, key: Key): string {
  if (typeof value === 'string') {
    if (value.length === 0) report(ctx, 'Must not be empty.', key)
    return value
  }
  report(ctx, expected('text', value), key)
  if (value !== null && value !== undefined) {
    const length = (value as { length?: unknown }).length
    if (length !== undefined && !((length as number) >= 1)) report(ctx, 'Must not be empty.', key)
  }
  return value as string
}

function readNullableString(value: unknown, ctx: Ctx, key: Key): string | null {
  if (value !== null && typeof value !== 'string') report(ctx, expected('text or null', value), key)
  return value as string | null
}

function readNullableDate(value: unknown, ctx: Ctx, key: Key): string | null {
  if (value === null) return null
  if (typeof value !== 'string') report(ctx, expected('an ISO date (YYYY-MM-DD) or null', value), key)
  else if (!isIsoDate(value)) {
    report(ctx, expected('a calendar date written YYYY-MM-DD, e.g. 2026-03-31', value), key)
  }
  return value as string | null
}

function readNumberIn(value: unknown, ctx: Ctx, key: Key, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    report(ctx, expected('a number', value), key)
  } else if (value < min) {
    report(ctx, `Must be at least ${min}; got ${value}.`, key)
  } else if (value > max) {
    report(ctx, `Must be at most ${max}; got ${value}.`, key)
  }
  return value as number
}

/** `z.number().int()` plus optional bounds, in zod's order: an integer outside the safe range is one problem
 * and the bounds are still checked; a fraction stops at the first problem. */
function readInteger(value: unknown, ctx: Ctx, key: Key, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    report(ctx, expected('a whole number', value), key)
    return value as number
  }
  if (!Number.isInteger(value)) {
    report(ctx, expected('a whole number', value), key)
    return value
  }
  if (!Number.isSafeInteger(value)) report(ctx, `Must be a safe integer; got ${value}.`, key)
  if (value < min) report(ctx, `Must be at least ${min}; got ${value}.`, key)
  if (value > max) report(ctx, `Must be at most ${max}; got ${value}.`, key)
  return value
}

function readEnum<T>(value: unknown, ctx: Ctx, key: Key, values: ReadonlySet<unknown>): T {
  if (!values.has(value)) report(ctx, expected(`one of ${[...values].join(', ')}`, value), key)
  return value as T
}

function readNullableEnum<T>(value: unknown, ctx: Ctx, key: Key, values: ReadonlySet<unknown>): T | null {
  if (value !== null && !values.has(value)) {
    report(ctx, expected(`one of ${[...values].join(', ')}, or null`, value), key)
  }
  return value as T | null
}

function readStrings(value: unknown, ctx: Ctx, key: Key): string[] {
  if (!Array.isArray(value)) {
    report(ctx, expected('a list of text', value), key)
    return value as string[]
  }
  const length = value.length
  const out: string[] = new Array(length)
  for (let i = 0; i < length; i++) {
    const item: unknown = value[i]
    if (typeof item !== 'string') report(ctx, expected('text', item), key, i)
    out[i] = item as string
  }
  return out
}

/** Reads a list whose items are objects, keeping the path to each item on the stack. */
function readList<T>(value: unknown, ctx: Ctx, key: Key, readItem: (item: unknown, ctx: Ctx) => T): T[] {
  if (!Array.isArray(value)) {
    report(ctx, expected('a list', value), key)
    return value as T[]
  }
  const length = value.length
  const out: T[] = new Array(length)
  ctx.stack.push(key)
  for (let i = 0; i < length; i++) {
    ctx.stack.push(i)
    out[i] = readItem(value[i], ctx)
    ctx.stack.pop()
  }
  ctx.stack.pop()
  return out
}

/** Reads a nested object, keeping its key on the stack. */
function readNested<T>(value: unknown, ctx: Ctx, key: Key, readItem: (item: unknown, ctx: Ctx) => T): T {
  ctx.stack.push(key)
  const out = readItem(value, ctx)
  ctx.stack.pop()
  return out
}

function notAnObject(value: unknown, ctx: Ctx, what: string): void {
  report(ctx, expected(what, value))
}

// ── the model, field by field in schema order (so the copy's keys come out in zod's order) ──────────

function readPlan(input: unknown, ctx: Ctx, stream?: PlanStream): Plan {
  if (!isObject(input)) {
    notAnObject(input, ctx, 'a plan object')
    return input as Plan
  }
  const header: PlanHeader = {
    id: readNonEmptyString(input.id, ctx, 'id'),
    institution: readNullableString(input.institution, ctx, 'institution'),
    title: readNullableString(input.title, ctx, 'title'),
    period: readNested(input.period, ctx, 'period', readPeriod),
    taxonomy: readNonEmptyString(input.taxonomy, ctx, 'taxonomy'),
    dateContext: readNested(input.dateContext, ctx, 'dateContext', readDateContext),
  }
  if (stream === undefined) {
    const actions = readList(input.actions, ctx, 'actions', readAction)
    return { ...header, actions, ...readPlanStage(input, ctx) }
  }
  const withStage: PlanHeader = { ...header, ...readPlanStage(input, ctx) }
  streamActions(input.actions, ctx, withStage, stream)
  return { ...withStage, actions: [] }
}

/** The optional plan-stage fields (`stage`, `signedOn`, `previousPlanId`): an absent key stays absent. */
function readPlanStage(input: Loose, ctx: Ctx): Pick<Plan, 'stage' | 'signedOn' | 'previousPlanId'> {
  const out: Loose = {}
  if ('stage' in input) {
    const value = input.stage
    const ok =
      value === undefined ||
      (typeof value === 'string' && value.length > 0) ||
      (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1)
    if (!ok) report(ctx, expected('a stage: a whole number from 1, or a non-empty label', value), 'stage')
    out.stage = value
  }
  if ('signedOn' in input) {
    const value = input.signedOn
    if (value !== undefined && (typeof value !== 'string' || !isIsoDate(value)))
      report(ctx, expected('a calendar date written YYYY-MM-DD, e.g. 2019-03-14', value), 'signedOn')
    out.signedOn = value
  }
  if ('previousPlanId' in input) {
    const value = input.previousPlanId
    if (value !== undefined) readNonEmptyString(value, ctx, 'previousPlanId')
    out.previousPlanId = value
  }
  return out
}

/** An action's optional `continues` link: absent stays absent; otherwise `{ planId, actionId }`. */
function readContinues(input: Loose, ctx: Ctx): Pick<Action, 'continues'> {
  if (!('continues' in input)) return {}
  const value = input.continues
  if (value === undefined) return { continues: value } as Pick<Action, 'continues'>
  if (!isObject(value)) {
    report(ctx, expected('an object { planId, actionId }', value), 'continues')
    return { continues: value as never }
  }
  ctx.stack.push('continues')
  const link = {
    planId: readNonEmptyString(value.planId, ctx, 'planId'),
    actionId: readNonEmptyString(value.actionId, ctx, 'actionId'),
  }
  ctx.stack.pop()
  return { continues: link }
}

/** Reads the actions one by one and hands each checked copy on at once, so no copy outlives its write. */
function streamActions(value: unknown, ctx: Ctx, header: PlanHeader, stream: PlanStream): void {
  if (!Array.isArray(value)) {
    report(ctx, expected('a list', value), 'actions')
    return
  }
  if (ctx.problems.length === 0) stream.header(header)
  const length = value.length
  ctx.stack.push('actions')
  for (let i = 0; i < length; i++) {
    ctx.stack.push(i)
    const action = readAction(value[i], ctx)
    ctx.stack.pop()
    // After the first problem the plan will be refused: keep reading only to name every problem.
    if (ctx.problems.length === 0) stream.action(action, i)
  }
  ctx.stack.pop()
}

function readPeriod(input: unknown, ctx: Ctx): PlanPeriod {
  if (!isObject(input)) {
    notAnObject(input, ctx, 'an object { text, start, end }')
    return input as PlanPeriod
  }
  return {
    text: readNullableString(input.text, ctx, 'text'),
    start: readNullableDate(input.start, ctx, 'start'),
    end: readNullableDate(input.end, ctx, 'end'),
  }
}

/** Every field is optional: an absent key stays absent, a key present with `undefined` is kept (as zod does). */
function readDateContext(input: unknown, ctx: Ctx): DateContext {
  if (!isObject(input)) {
    notAnObject(input, ctx, 'an object (it may be empty: {})')
    return input as DateContext
  }
  const out: Loose = {}
  for (const key of ['referenceDate', 'planStart', 'planEnd'] as const) {
    if (!(key in input)) continue
    const value = input[key]
    if (value !== undefined) {
      if (typeof value !== 'string') report(ctx, expected('an ISO date (YYYY-MM-DD)', value), key)
      else if (!isIsoDate(value)) report(ctx, expected('a calendar date written YYYY-MM-DD', value), key)
    }
    out[key] = value
  }
  if ('yearLabels' in input) {
    const value = input.yearLabels
    out.yearLabels = value === undefined ? value : readNested(value, ctx, 'yearLabels', readYearLabels)
  }
  if ('column' in input) {
    const value = input.column
    if (value !== undefined && typeof value !== 'string') report(ctx, expected('text', value), 'column')
    out.column = value
  }
  if ('academicYearStartMonth' in input) {
    const value = input.academicYearStartMonth
    if (value !== undefined) readInteger(value, ctx, 'academicYearStartMonth', 1, 12)
    out.academicYearStartMonth = value
  }
  if ('quarterBasis' in input) {
    const value = input.quarterBasis
    if (value !== undefined) readEnum(value, ctx, 'quarterBasis', quarterBases)
    out.quarterBasis = value
  }
  return out as DateContext
}

/** `z.record(z.string(), z.number().int())`: own enumerable keys; `__proto__` is dropped, never assigned. */
function readYearLabels(input: unknown, ctx: Ctx): Record<string, number> {
  if (!isPlainObject(input)) {
    notAnObject(input, ctx, 'an object of label → year, e.g. { "Year 1": 2019 }')
    return input as Record<string, number>
  }
  const out: Record<string, number> = {}
  for (const key of Reflect.ownKeys(input)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue
    if (typeof key === 'symbol') {
      report(ctx, 'Year labels must be text keys.', key)
      continue
    }
    const year = readInteger(input[key], ctx, key, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)
    // Defined, not assigned: no key can reach a setter on the prototype.
    Object.defineProperty(out, key, { value: year, enumerable: true, writable: true, configurable: true })
  }
  return out
}

function readAction(input: unknown, ctx: Ctx): Action {
  if (!isObject(input)) {
    notAnObject(input, ctx, 'an action object')
    return input as Action
  }
  return {
    id: readNonEmptyString(input.id, ctx, 'id'),
    ref: readNullableString(input.ref, ctx, 'ref'),
    title: readString(input.title, ctx, 'title'),
    description: readNullableString(input.description, ctx, 'description'),
    section: readNullableString(input.section, ctx, 'section'),
    pillars: readStrings(input.pillars, ctx, 'pillars'),
    pillarsText: readString(input.pillarsText, ctx, 'pillarsText'),
    owners: readStrings(input.owners, ctx, 'owners'),
    ownersText: readString(input.ownersText, ctx, 'ownersText'),
    target: readTargetDateAt(input.target, ctx),
    successMeasures: readStrings(input.successMeasures, ctx, 'successMeasures'),
    status: readStatusAt(input.status, ctx),
    notes: readNullableString(input.notes, ctx, 'notes'),
    updates: readList(input.updates, ctx, 'updates', readProgressUpdate),
    extra: readList(input.extra, ctx, 'extra', readExtraField),
    ...readContinues(input, ctx),
  }
}

// The two nested objects of every action, read without going through `readNested`'s callback: this is the
// hottest path when a store saves a large plan.
function readTargetDateAt(value: unknown, ctx: Ctx): TargetDate {
  ctx.stack.push('target')
  const out = readTargetDate(value, ctx)
  ctx.stack.pop()
  return out
}

function readStatusAt(value: unknown, ctx: Ctx): Status {
  ctx.stack.push('status')
  const out = readStatus(value, ctx)
  ctx.stack.pop()
  return out
}

function readReadingFields(input: Loose, ctx: Ctx): TargetDateReading {
  const out: TargetDateReading = {
    text: readString(input.text, ctx, 'text'),
    kind: readEnum(input.kind, ctx, 'kind', targetKinds),
    start: readNullableDate(input.start, ctx, 'start'),
    end: readNullableDate(input.end, ctx, 'end'),
    due: readNullableDate(input.due, ctx, 'due'),
    precision: readNullableEnum(input.precision, ctx, 'precision', precisions),
    confidence: readNumberIn(input.confidence, ctx, 'confidence', 0, 1),
    warnings: readStrings(input.warnings, ctx, 'warnings'),
  }
  if ('column' in input) {
    const column = input.column
    if (column !== undefined && typeof column !== 'string') report(ctx, expected('text', column), 'column')
    ;(out as Loose).column = column
  }
  return out
}

function readTargetDateReading(input: unknown, ctx: Ctx): TargetDateReading {
  if (!isObject(input)) {
    notAnObject(input, ctx, 'a target date reading object')
    return input as TargetDateReading
  }
  return readReadingFields(input, ctx)
}

function readTargetDate(input: unknown, ctx: Ctx): TargetDate {
  if (!isObject(input)) {
    notAnObject(input, ctx, 'a target date object')
    return input as TargetDate
  }
  const out = readReadingFields(input, ctx) as TargetDate
  out.parts = readList(input.parts, ctx, 'parts', readTargetDateReading)
  out.alternatives = readList(input.alternatives, ctx, 'alternatives', readTargetDateReading)
  return out
}

function readStatus(input: unknown, ctx: Ctx): Status {
  if (!isObject(input)) {
    notAnObject(input, ctx, 'a status object')
    return input as Status
  }
  return {
    text: readString(input.text, ctx, 'text'),
    state: readEnum(input.state, ctx, 'state', statusStates),
    completedOn: readNullableDate(input.completedOn, ctx, 'completedOn'),
    percent: input.percent === null ? null : readNumberIn(input.percent, ctx, 'percent', 0, 100),
    reportedRag: readNullableEnum(input.reportedRag, ctx, 'reportedRag', reportedRags),
    note: readNullableString(input.note, ctx, 'note'),
  }
}

function readNullableStatus(input: unknown, ctx: Ctx): Status | null {
  return input === null ? null : readStatus(input, ctx)
}

function readNullableTargetDate(input: unknown, ctx: Ctx): TargetDate | null {
  return input === null ? null : readTargetDate(input, ctx)
}

function readProgressUpdate(input: unknown, ctx: Ctx): ProgressUpdate {
  if (!isObject(input)) {
    notAnObject(input, ctx, 'a progress update object')
    return input as ProgressUpdate
  }
  const at = input.at
  if (typeof at !== 'string' || !isIsoDateTime(at)) {
    report(ctx, expected('an ISO date-time with an offset, e.g. 2026-01-31T09:00:00Z', at), 'at')
  }
  return {
    at: at as string,
    by: readNullableString(input.by, ctx, 'by'),
    status: readNested(input.status, ctx, 'status', readNullableStatus),
    target: readNested(input.target, ctx, 'target', readNullableTargetDate),
    note: readNullableString(input.note, ctx, 'note'),
  }
}

function readExtraField(input: unknown, ctx: Ctx): ExtraField {
  if (!isObject(input)) {
    notAnObject(input, ctx, 'an object { column, value }')
    return input as ExtraField
  }
  return {
    column: readString(input.column, ctx, 'column'),
    value: readString(input.value, ctx, 'value'),
  }
}
