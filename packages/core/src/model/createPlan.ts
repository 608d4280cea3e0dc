import { parseTargetDate } from '../dates/parseTargetDate'
import type { ValidationProblem } from '../errors'
import { getTaxonomy } from '../taxonomy/getTaxonomy'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import type { Action } from './action'
import { type ActionInput, buildAction } from './createAction'
import { Plan, type PlanPeriod } from './plan'
import type { Taxonomy } from './taxonomySchema'
import type { DateContext } from './targetDate'
import { type SafeResult, toValidationError } from './toValidationError'

/**
 * A loose description of a plan: only `id` is required.
 *
 * @example
 * ```ts
 * const input: PlanInput = { id: 'p1', taxonomy: 'researcher-development-concordat', actions: [{ id: '1', title: 'x' }] }
 * ```
 */
export interface PlanInput {
  readonly id: string
  readonly institution?: string | null
  readonly title?: string | null
  /** The period's wording ("November 2018-20"), read like a target date, or a parsed period. */
  readonly period?: string | PlanPeriod | null
  /**
   * The taxonomy itself, or the id of a built-in one (`technician-commitment`,
   * `researcher-development-concordat`). Default `technicianCommitment`.
   */
  readonly taxonomy?: Taxonomy | string
  readonly dateContext?: DateContext
  /** Actions, loose (`ActionInput`) or already built; text is read with this plan's taxonomy and date context. */
  readonly actions?: readonly (ActionInput | Action)[]
}

type Loose = Partial<Record<keyof PlanInput, unknown>>

function readTaxonomy(given: unknown, problems: ValidationProblem[]): Taxonomy | null {
  if (given === undefined) return technicianCommitment
  if (typeof given === 'string') {
    const found = getTaxonomy(given)
    if (found) return found
    problems.push({
      path: 'taxonomy',
      message: `"${given}" is not a built-in taxonomy id; pass the Taxonomy object made with defineTaxonomy() instead.`,
    })
    return null
  }
  if (typeof given === 'object' && given !== null && 'pillars' in given && 'id' in given)
    return given as Taxonomy
  problems.push({
    path: 'taxonomy',
    message: 'Expected a Taxonomy (from defineTaxonomy) or a built-in taxonomy id.',
  })
  return null
}

function readPeriod(given: unknown, dateContext: DateContext): unknown {
  if (given === undefined || given === null) return { text: null, start: null, end: null }
  if (typeof given !== 'string') return given
  const read = parseTargetDate(given, dateContext)
  return { text: given, start: read.start, end: read.end }
}

/**
 * Like `createPlan`, but returns `{ success: true, data }` or `{ success: false, error }` instead of
 * throwing.
 *
 * @example
 * ```ts
 * const result = safeCreatePlan({ id: 'p1', actions: [{ id: 'a1', title: 'One' }, { id: 'a1', title: 'Two' }] })
 * if (!result.success) result.error.problems // [{ path: 'actions.1.id', message: 'Duplicate action id "a1"…' }]
 * ```
 */
export function safeCreatePlan(input: PlanInput): SafeResult<Plan> {
  if (typeof input !== 'object' || input === null) {
    const parsed = Plan.safeParse(input)
    return {
      success: false,
      error: toValidationError('Plan is invalid', parsed.success ? [] : parsed.error.issues),
    }
  }
  const loose = input as Loose
  const problems: ValidationProblem[] = []
  const taxonomy = readTaxonomy(loose.taxonomy, problems)
  const dateContext = (loose.dateContext ?? {}) as DateContext
  const actions: unknown[] = []
  if (Array.isArray(loose.actions)) {
    const ids = new Map<string, number>()
    loose.actions.forEach((actionInput: unknown, index) => {
      const built = buildAction(
        actionInput,
        { taxonomy: taxonomy ?? technicianCommitment, dateContext },
        `actions.${index}`,
      )
      if (built.success) {
        const first = ids.get(built.data.id)
        if (first !== undefined) {
          problems.push({
            path: `actions.${index}.id`,
            message: `Duplicate action id "${built.data.id}" (also used by actions.${first}); ids must be unique within a plan.`,
          })
        } else ids.set(built.data.id, index)
        actions.push(built.data)
      } else {
        problems.push(...built.error.problems)
        actions.push(actionInput)
      }
    })
  }
  const candidate = {
    id: loose.id,
    institution: loose.institution ?? null,
    title: loose.title ?? null,
    period: readPeriod(loose.period, dateContext),
    taxonomy: taxonomy?.id ?? (typeof loose.taxonomy === 'string' ? loose.taxonomy : technicianCommitment.id),
    dateContext,
    actions: Array.isArray(loose.actions) ? actions : loose.actions === undefined ? [] : loose.actions,
  }
  const parsed = Plan.safeParse(candidate)
  // Action problems were collected above with their paths; keep only the plan-level zod issues here.
  const issues = parsed.success
    ? []
    : parsed.error.issues.filter(
        (issue) => !(issue.path[0] === 'actions' && typeof issue.path[1] === 'number'),
      )
  if (parsed.success && problems.length === 0) return { success: true, data: parsed.data }
  if (issues.length === 0 && problems.length === 0 && !parsed.success) {
    return { success: false, error: toValidationError('Plan is invalid', parsed.error.issues) }
  }
  return { success: false, error: toValidationError('Plan is invalid', issues, problems) }
}

/**
 * Builds a valid `Plan` from a loose description: fills defaults (technician-commitment taxonomy, empty
 * date context, no actions), builds each action with `createAction` rules using the plan's taxonomy and date
 * context, and checks action ids are unique. Throws `ValidationError` whose `problems` name every bad field,
 * e.g. `actions.3.status.percent`.
 *
 * @example
 * ```ts
 * const plan = createPlan({
 *   id: 'oxford-2018',
 *   institution: 'University of Oxford',
 *   dateContext: { referenceDate: '2018-06-01' },
 *   actions: [{ id: '1', title: 'Establish a University Technician Commitment webpage', pillars: 'V, C' }],
 * })
 * plan.taxonomy // 'technician-commitment'
 * ```
 */
export function createPlan(input: PlanInput): Plan {
  const result = safeCreatePlan(input)
  if (!result.success) throw result.error
  return result.data
}
