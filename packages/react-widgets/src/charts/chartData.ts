import type { ActionAssessment, Plan } from '@techcommit/core'

/** Expected against actual progress of one pillar's dated actions. */
export interface PillarProgressPoint {
  readonly code: string
  readonly actions: number
  readonly expected: number
  readonly actual: number
}

/**
 * Per pillar, the mean expected and reported progress (0–1) of its dated actions, as of the assessment's
 * date. An action with no reported progress counts 1 when complete, else 0. Assessments are matched to
 * actions by `actionId`.
 */
export function pillarProgressPoints(
  plan: Plan,
  assessments: readonly ActionAssessment[],
  codes: readonly string[],
): PillarProgressPoint[] {
  const byId = new Map(assessments.map((a) => [a.actionId, a]))
  const sums = new Map(codes.map((code) => [code, { actions: 0, expected: 0, actual: 0 }]))
  for (const action of plan.actions) {
    const assessment = byId.get(action.id)
    if (assessment === undefined || assessment.expectedProgress === null) continue
    const actual = assessment.actualProgress ?? (assessment.rating === 'complete' ? 1 : 0)
    for (const code of action.pillars) {
      const sum = sums.get(code)
      if (sum === undefined) continue
      sum.actions++
      sum.expected += assessment.expectedProgress
      sum.actual += actual
    }
  }
  return codes.map((code) => {
    const sum = sums.get(code)!
    const n = Math.max(1, sum.actions)
    return { code, actions: sum.actions, expected: sum.expected / n, actual: sum.actual / n }
  })
}

/** Actions due in one calendar quarter, split into open and complete. */
export interface QuarterBucket {
  /** First day of the quarter, ISO. */
  readonly start: string
  readonly year: number
  readonly quarter: 1 | 2 | 3 | 4
  readonly open: number
  readonly complete: number
}

const quarterIndex = (iso: string): number =>
  Number(iso.slice(0, 4)) * 4 + Math.floor((Number(iso.slice(5, 7)) - 1) / 3)

/** At most this many quarters (25 years) are drawn; targets further out are clamped to the ends. */
const MAX_QUARTERS = 100

/**
 * Counts the actions due in each calendar quarter, from the first due quarter to the last (with the as-of
 * quarter always inside the range), so the timeline has no gaps.
 */
export function dueByQuarter(
  assessments: readonly ActionAssessment[],
  asOf: string,
): { buckets: QuarterBucket[]; asOfPosition: number } {
  const dated = assessments.filter((a) => a.due !== null)
  const asOfQuarter = quarterIndex(asOf)
  if (dated.length === 0) return { buckets: [], asOfPosition: 0 }
  let first = asOfQuarter
  let last = asOfQuarter
  for (const a of dated) {
    const q = quarterIndex(a.due!)
    if (q < first) first = q
    if (q > last) last = q
  }
  if (last - first >= MAX_QUARTERS) {
    first = Math.max(first, asOfQuarter - MAX_QUARTERS / 2)
    last = first + MAX_QUARTERS - 1
  }
  const buckets = Array.from({ length: last - first + 1 }, (_, i) => {
    const q = first + i
    const year = Math.floor(q / 4)
    const quarter = ((q % 4) + 1) as 1 | 2 | 3 | 4
    return {
      start: `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`,
      year,
      quarter,
      open: 0,
      complete: 0,
    }
  })
  for (const a of dated) {
    const i = Math.min(Math.max(quarterIndex(a.due!) - first, 0), buckets.length - 1)
    const bucket = buckets[i]!
    if (a.rating === 'complete') bucket.complete++
    else bucket.open++
  }
  // Where `asOf` falls, in quarters from the first bucket's start (fraction through its quarter included).
  const month = Number(asOf.slice(5, 7)) - 1
  const day = Number(asOf.slice(8, 10)) - 1
  const asOfPosition = asOfQuarter - first + ((month % 3) * 30.4 + day) / 91.3
  return { buckets, asOfPosition }
}

/** One step of the burn-up: on `date`, `completed` actions were complete. */
export interface BurnUpPoint {
  readonly date: string
  readonly completed: number
}

/**
 * The dates actions were completed, up to `asOf`, as a cumulative count: from the status's completion date,
 * else the first update that reported the action complete. Completions with no date are left out.
 */
export function burnUpPoints(plan: Plan, asOf: string): BurnUpPoint[] {
  const dates: string[] = []
  for (const action of plan.actions) {
    const fromUpdate = action.updates.find((u) => u.status?.state === 'complete')
    const date =
      action.status.completedOn ?? fromUpdate?.status?.completedOn ?? fromUpdate?.at.slice(0, 10) ?? null
    if (date !== null && date <= asOf) dates.push(date)
  }
  dates.sort()
  const points: BurnUpPoint[] = []
  dates.forEach((date, index) => {
    const last = points[points.length - 1]
    if (last !== undefined && last.date === date) points[points.length - 1] = { date, completed: index + 1 }
    else points.push({ date, completed: index + 1 })
  })
  return points
}
