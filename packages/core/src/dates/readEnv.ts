import type { QuarterBasis } from '../model/targetDate'
import type { DateReadingContext } from './DateReadingContext'
import { dayExists, splitIso } from './calendar'
import { NUMBER_WORDS } from './lexicon'
import { tokenize } from './tokenize'

/** A context checked and pre-digested once per parse; never trusts its input. */
export interface ReadEnv {
  /** Anchor for two-digit years and undated periods: `referenceDate`, else `planStart`. */
  anchor: string | null
  anchorYear: number | null
  /** Year label number ("Year 1" → 1) → calendar year. */
  labels: ReadonlyMap<number, number>
  /** The year of the column the cell sat under, when its label maps through `yearLabels`. */
  columnYear: number | null
  ayStart: number
  basis: QuarterBasis
  numberAfterMonth: 'year' | 'day'
  warnings: string[]
}

const LABEL_WORDS = new Set(['year', 'yr', 'y', 'years', 'yrs'])

const labelCache = new Map<string, number | null>()

/** The year-label number in a label such as "Year 1", "Y1", "Yr 2", "Year One"; null when there is none. */
export function labelNumber(label: string): number | null {
  const cached = labelCache.get(label)
  if (cached !== undefined) return cached
  const n = readLabelNumber(label)
  // Labels repeat for every cell of a column; a small bounded memo keeps them off the hot path.
  if (labelCache.size < 1024) labelCache.set(label, n)
  return n
}

function readLabelNumber(label: string): number | null {
  const tokens = tokenize(label.slice(0, 40))
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    const n = tokens[i + 1]
    if (t?.kind !== 'word' || !LABEL_WORDS.has(t.lower) || n === undefined) continue
    if (n.kind === 'num' && n.digits <= 2 && n.value >= 1) return n.value
    if (n.kind === 'word') {
      const word = NUMBER_WORDS.get(n.lower)
      if (word !== undefined) return word
    }
  }
  return null
}

function validIso(value: unknown): string | null {
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-') return null
  const [y, m, d] = splitIso(value)
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && dayExists(y, m, d)
    ? value
    : null
}

const NO_CONTEXT: ReadEnv = Object.freeze({
  anchor: null,
  anchorYear: null,
  labels: new Map<number, number>(),
  columnYear: null,
  ayStart: 8,
  basis: 'calendar' as const,
  numberAfterMonth: 'year' as const,
  warnings: Object.freeze([]) as unknown as string[],
})

interface CachedEnv {
  env: ReadEnv
  referenceDate: unknown
  planStart: unknown
  yearLabels: unknown
  labels: ReadonlyArray<readonly [string, unknown]>
  column: unknown
  academicYearStartMonth: unknown
  quarterBasis: unknown
  numberAfterMonth: unknown
}

// A column's cells share one context object, so its checked form is kept per object. Every field (and every
// year label) is compared on each use, so a context changed in place is read afresh.
const envCache = new WeakMap<object, CachedEnv>()

function labelEntries(labels: unknown): Array<readonly [string, unknown]> {
  return labels !== null && typeof labels === 'object' ? Object.entries(labels) : []
}

function sameLabels(labels: unknown, seen: ReadonlyArray<readonly [string, unknown]>): boolean {
  if (labels === null || typeof labels !== 'object') return seen.length === 0
  const keys = Object.keys(labels)
  if (keys.length !== seen.length) return false
  for (const [key, year] of seen) {
    if (!Object.hasOwn(labels, key) || (labels as Record<string, unknown>)[key] !== year) return false
  }
  return true
}

/** Checks a caller's context and turns it into what the grammar needs. */
export function readEnv(context: DateReadingContext | undefined): ReadEnv {
  if (context === undefined || context === null || typeof context !== 'object') return NO_CONTEXT
  const cached = envCache.get(context)
  if (
    cached !== undefined &&
    cached.referenceDate === context.referenceDate &&
    cached.planStart === context.planStart &&
    cached.yearLabels === context.yearLabels &&
    sameLabels(context.yearLabels, cached.labels) &&
    cached.column === context.column &&
    cached.academicYearStartMonth === context.academicYearStartMonth &&
    cached.quarterBasis === context.quarterBasis &&
    cached.numberAfterMonth === context.numberAfterMonth
  ) {
    return cached.env
  }
  const env = buildEnv(context)
  envCache.set(context, {
    env,
    referenceDate: context.referenceDate,
    planStart: context.planStart,
    yearLabels: context.yearLabels,
    labels: labelEntries(context.yearLabels),
    column: context.column,
    academicYearStartMonth: context.academicYearStartMonth,
    quarterBasis: context.quarterBasis,
    numberAfterMonth: context.numberAfterMonth,
  })
  return env
}

function buildEnv(context: DateReadingContext): ReadEnv {
  const warnings: string[] = []
  const ctx: Partial<DateReadingContext> = context
  const reference = validIso(ctx.referenceDate)
  if (ctx.referenceDate !== undefined && reference === null)
    warnings.push('referenceDate is not an ISO date; ignored')
  const anchor = reference ?? validIso(ctx.planStart)
  const labels = new Map<number, number>()
  const exact = new Map<string, number>()
  const yearLabels = ctx.yearLabels
  if (yearLabels !== null && typeof yearLabels === 'object') {
    for (const [key, year] of Object.entries(yearLabels)) {
      if (!Number.isInteger(year) || year < 1000 || year > 9999) continue
      exact.set(key.trim().toLowerCase(), year)
      const n = labelNumber(key)
      if (n !== null) labels.set(n, year)
    }
  }
  let columnYear: number | null = null
  if (typeof ctx.column === 'string') {
    const n = labelNumber(ctx.column)
    columnYear =
      (n !== null ? labels.get(n) : undefined) ?? exact.get(ctx.column.trim().toLowerCase()) ?? null
  }
  const ayStart =
    typeof ctx.academicYearStartMonth === 'number' &&
    Number.isInteger(ctx.academicYearStartMonth) &&
    ctx.academicYearStartMonth >= 1 &&
    ctx.academicYearStartMonth <= 12
      ? ctx.academicYearStartMonth
      : 8
  const basis =
    ctx.quarterBasis === 'academic' || ctx.quarterBasis === 'financial' ? ctx.quarterBasis : 'calendar'
  return {
    anchor,
    anchorYear: anchor === null ? null : splitIso(anchor)[0],
    labels,
    columnYear,
    ayStart,
    basis,
    numberAfterMonth: ctx.numberAfterMonth === 'day' ? 'day' : 'year',
    warnings,
  }
}

/** The calendar year for a two-digit year: the one nearest the anchor year, else 20YY. */
export function resolveTwoDigitYear(yy: number, env: ReadEnv): number {
  if (env.anchorYear === null) return 2000 + yy
  const century = Math.floor(env.anchorYear / 100) * 100
  let best = century + yy
  for (const candidate of [century - 100 + yy, century + 100 + yy]) {
    if (Math.abs(candidate - env.anchorYear) < Math.abs(best - env.anchorYear)) best = candidate
  }
  return best
}

/** The calendar year for year label N, extrapolating from the nearest known label when N itself is missing. */
export function labelYear(n: number, env: ReadEnv): { year: number; extrapolated: boolean } | null {
  const direct = env.labels.get(n)
  if (direct !== undefined) return { year: direct, extrapolated: false }
  let nearest: [number, number] | null = null
  for (const entry of env.labels) {
    if (nearest === null || Math.abs(entry[0] - n) < Math.abs(nearest[0] - n)) nearest = entry
  }
  return nearest === null ? null : { year: nearest[1] + (n - nearest[0]), extrapolated: true }
}
