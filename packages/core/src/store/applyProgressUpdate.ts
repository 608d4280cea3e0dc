import type { Action } from '../model/action'
import type { ProgressUpdate } from '../model/progressUpdate'

/**
 * The one rule every `PlanStore` uses to record progress: a non-null `update.status` or `update.target`
 * replaces the action's, and the update is appended to `action.updates`. Returns a new action; the input is
 * not changed. Adapters call it so that every store agrees on what an update does.
 *
 * @example
 * const next = applyProgressUpdate(action, {
 *   at: '2026-02-01T10:00:00Z', by: 'J. Smith', status: parseStatus('Complete'), target: null, note: null,
 * })
 * next.status.state // 'complete' (when parseStatus reads it so); next.updates.at(-1) is the update
 */
export function applyProgressUpdate(action: Action, update: ProgressUpdate): Action {
  return {
    ...action,
    status: update.status ?? action.status,
    target: update.target ?? action.target,
    updates: [...action.updates, update],
  }
}
