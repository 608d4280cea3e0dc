import { z } from 'zod'
import { ProgressUpdate } from './progressUpdate'
import { Status } from './status'
import { TargetDate } from './targetDate'

/** A column the importer could not map, kept verbatim. A list (not a record) so that hostile or duplicate
 *
 * @example
 * action.extra.find((field) => field.column === 'Budget')?.value // '£500'
 * header names such as `__proto__` can never touch an object prototype and nothing is overwritten. */
export const ExtraField = z.object({ column: z.string(), value: z.string() })
export type ExtraField = z.infer<typeof ExtraField>

/**
 * The action of an earlier plan that an action continues (set by `carryForward`).
 *
 * @example
 * const link: ActionLink = { planId: 'oxford-2018-2020', actionId: '5' }
 */
export const ActionLink = z.object({ planId: z.string().min(1), actionId: z.string().min(1) })
export type ActionLink = z.infer<typeof ActionLink>

/**
 * One action of a plan. Every parsed field keeps its original text beside the parsed value.
 *
 * @example
 * const result = Action.safeParse(input); if (!result.success) console.error(result.error.issues)
 */
export const Action = z.object({
  /** Stable identifier, unique within the plan. */
  id: z.string().min(1),
  /** The plan's own number for the action ("1", "V3", "Action 12"), or null. */
  ref: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  /** The heading the action sat under in the plan, or null. */
  section: z.string().nullable(),
  /** Pillar codes of the plan's taxonomy, e.g. `["V", "C"]`. */
  pillars: z.array(z.string()),
  /** The original pillar text ("V, R, C, S", a Y-flag summary, or the prose it was read from). */
  pillarsText: z.string(),
  owners: z.array(z.string()),
  /** The original owner text ("Forum / SRM"). */
  ownersText: z.string(),
  target: TargetDate,
  successMeasures: z.array(z.string()),
  status: Status,
  notes: z.string().nullable(),
  /** Progress history, oldest first. */
  updates: z.array(ProgressUpdate),
  /** Unmapped columns, verbatim, in source order. */
  extra: z.array(ExtraField),
  /** The earlier plan's action this one continues (absent for a new action and in older plans). */
  continues: ActionLink.optional(),
})
export type Action = z.infer<typeof Action>
