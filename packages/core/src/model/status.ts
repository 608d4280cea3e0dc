import { z } from 'zod'
import { IsoDate } from './primitives'
import { STATUS_STATES } from './statusStates'

/**
 * Where an action stands, as its authors reported it.
 *
 * @example
 * StatusState.options // ['not-started', 'in-progress', 'complete', …]
 */
export const StatusState = z.enum(STATUS_STATES)
export type StatusState = z.infer<typeof StatusState>

/**
 * A red/amber/green rating written by the plan's authors (kept apart from the RAG techcommit computes).
 *
 * @example
 * parseStatus('RAG: A').reportedRag // 'amber'
 */
export const ReportedRag = z.enum(['red', 'amber', 'green', 'blue'])
export type ReportedRag = z.infer<typeof ReportedRag>

/**
 * A parsed status cell, with its original text.
 *
 * @example
 * parseStatus('Complete (16/04/18)') // { state: 'complete', completedOn: '2018-04-16', … }
 */
export const Status = z.object({
  /** The original text, exactly as it stood in the plan. */
  text: z.string(),
  state: StatusState,
  completedOn: IsoDate.nullable(),
  /** Reported percentage complete, 0–100, or null. */
  percent: z.number().min(0).max(100).nullable(),
  reportedRag: ReportedRag.nullable(),
  /** Any further remark from the cell, e.g. the bracketed "[several new schemes under discussion]". */
  note: z.string().nullable(),
})
export type Status = z.infer<typeof Status>
