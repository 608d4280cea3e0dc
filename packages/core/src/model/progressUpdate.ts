import { z } from 'zod'
import { IsoDateTime } from './primitives'
import { Status } from './status'
import { TargetDate } from './targetDate'

/**
 * One entry in an action's progress history.
 *
 * @example
 * await store.recordUpdate(planId, actionId, { at: '2026-11-23T10:00:00Z', by: 'SM', status: parseStatus('Complete'), target: null, note: null }, { expectedRevision })
 */
export const ProgressUpdate = z.object({
  /** When the update was made. */
  at: IsoDateTime,
  /** Who made it, free text (a name, initials or a system id), or null. */
  by: z.string().nullable(),
  /** The status the update reports, or null when it only adds a note. */
  status: Status.nullable(),
  /** A new target, when the update moves the deadline. */
  target: TargetDate.nullable(),
  note: z.string().nullable(),
})
export type ProgressUpdate = z.infer<typeof ProgressUpdate>
