import { isoDayNumber } from './isoDayNumber'
import type { ActionAssessment, Rag } from './types'

/**
 * One action seen in both assessments.
 *
 * @example
 * const change: AssessmentChange = comparison.slipped[0]!
 * change.dueMovedDays // e.g. 92: the deadline moved a quarter later
 */
export interface AssessmentChange {
  readonly actionId: string
  readonly ref: string | null
  readonly before: ActionAssessment
  readonly after: ActionAssessment
  /** Days the due date moved (positive = later), or null when either side is undated or it did not move. */
  readonly dueMovedDays: number | null
  /** True when the rating got worse (on-track → at-risk → overdue; not-dated sits between on-track and at-risk). */
  readonly ratingWorsened: boolean
}

/**
 * What changed between two assessments, matched by action id.
 *
 * @example
 * const { completed, slipped } = compareAssessments(lastYear, thisYear)
 */
export interface AssessmentComparison {
  /** In `after` only. */
  readonly added: readonly ActionAssessment[]
  /** In `before` only. */
  readonly removed: readonly ActionAssessment[]
  /** Not complete before, complete after (late or not). */
  readonly completed: readonly AssessmentChange[]
  /** Still open after, and either the due date moved later or the rating got worse. */
  readonly slipped: readonly AssessmentChange[]
  /** Still open after, the rating got better, and the due date did not move later. */
  readonly improved: readonly AssessmentChange[]
  /** In both, and in none of the lists above. */
  readonly unchanged: number
}

// How bad a rating is, for "worse"/"better": complete is best; an undated action is judged worse than one on
// track (nobody can tell) but better than one known to be at risk.
const BADNESS: Readonly<Record<Rag, number>> = Object.freeze({
  complete: 0,
  'on-track': 1,
  'not-dated': 2,
  'at-risk': 3,
  overdue: 4,
})

/**
 * Compares two assessments — the same plan on two dates, or two versions of a plan — and lists the actions
 * added, removed, completed, slipped (deadline moved later or rating worse) and improved. Accepts a
 * `PlanAssessment` or any object with an `actions` list. Output lists follow `after`'s order (`removed`
 * follows `before`'s).
 *
 * @example
 * const before = evaluatePlan(plan, { asOf: '2019-12-31' })
 * const after = evaluatePlan(plan, { asOf: '2020-12-31' })
 * const { completed, slipped } = compareAssessments(before, after)
 * console.log(`${completed.length} completed, ${slipped.length} slipped`)
 */
export function compareAssessments(
  before: { readonly actions: readonly ActionAssessment[] },
  after: { readonly actions: readonly ActionAssessment[] },
): AssessmentComparison {
  const earlier = new Map<string, ActionAssessment>()
  for (const assessment of before.actions)
    if (!earlier.has(assessment.actionId)) earlier.set(assessment.actionId, assessment)
  const later = new Set<string>()
  const added: ActionAssessment[] = []
  const completed: AssessmentChange[] = []
  const slipped: AssessmentChange[] = []
  const improved: AssessmentChange[] = []
  let unchanged = 0

  for (const next of after.actions) {
    if (later.has(next.actionId)) continue
    later.add(next.actionId)
    const previous = earlier.get(next.actionId)
    if (previous === undefined) {
      added.push(next)
      continue
    }
    const dueMovedDays = movedDays(previous.due, next.due)
    const worse = BADNESS[next.rating] > BADNESS[previous.rating]
    const better = BADNESS[next.rating] < BADNESS[previous.rating]
    const change: AssessmentChange = {
      actionId: next.actionId,
      ref: next.ref,
      before: previous,
      after: next,
      dueMovedDays,
      ratingWorsened: worse,
    }
    if (previous.rating !== 'complete' && next.rating === 'complete') completed.push(change)
    else if (next.rating !== 'complete' && ((dueMovedDays !== null && dueMovedDays > 0) || worse))
      slipped.push(change)
    else if (better) improved.push(change)
    else unchanged++
  }
  const removed = before.actions.filter((assessment) => !later.has(assessment.actionId))
  return { added, removed, completed, slipped, improved, unchanged }
}

function movedDays(before: string | null, after: string | null): number | null {
  if (before === null || after === null || before === after) return null
  const days = isoDayNumber(after) - isoDayNumber(before)
  return Number.isNaN(days) ? null : days
}
