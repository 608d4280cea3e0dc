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
})
export type Plan = z.infer<typeof Plan>
