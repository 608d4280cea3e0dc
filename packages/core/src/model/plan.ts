import { z } from 'zod'
import { Action } from './action'
import { IsoDate } from './primitives'
import { DateContext } from './targetDate'

/**
 * The period a plan covers, with its original wording.
 *
 * @example
 * const period: PlanPeriod = { text: 'November 2018-20', start: '2018-11-01', end: '2020-12-31' }
 */
export const PlanPeriod = z.object({
  text: z.string().nullable(),
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
})
export type PlanPeriod = z.infer<typeof PlanPeriod>

/**
 * Which stage of a charter's cycle a plan is: `1`, `2`, `3` for the Technician Commitment, or a framework's
 * own label (`"Bronze renewal"`).
 *
 * @example
 * const stage: PlanStage = 2
 */
export const PlanStage = z.union([z.number().int().min(1), z.string().min(1)])
export type PlanStage = z.infer<typeof PlanStage>

/**
 * A whole action plan.
 *
 * @example
 * const plan = Plan.parse(JSON.parse(await readFile('plan.json', 'utf8')))
 */
export const Plan = z.object({
  id: z.string().min(1),
  institution: z.string().nullable(),
  title: z.string().nullable(),
  period: PlanPeriod,
  /** Id of the taxonomy the pillar codes belong to, e.g. `technician-commitment`. */
  taxonomy: z.string().min(1),
  /** Conventions used to read the plan's dates (legend, year labels, quarter basis). */
  dateContext: DateContext,
  actions: z.array(Action),
  /** The stage of the charter's cycle this plan belongs to (plan stages; absent in older plans). */
  stage: PlanStage.optional(),
  /** When the institution signed the commitment. */
  signedOn: IsoDate.optional(),
  /** Id of the plan this one follows (the plan `carryForward` drew it from). */
  previousPlanId: z.string().min(1).optional(),
})
export type Plan = z.infer<typeof Plan>
