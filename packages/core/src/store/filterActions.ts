import type { Action } from '../model/action'
import type { ActionQuery } from './PlanStore'

/**
 * Keep the actions that match an `ActionQuery` (all given fields must match), in their original order. The
 * reference semantics of `PlanStore.listActions`: a store without indexes can implement it with this.
 *
 * @example
 * filterActions(plan.actions, { pillar: 'V', dueBefore: '2026-03-01' }) // Visibility actions due before March
 */
export function filterActions(actions: readonly Action[], query: ActionQuery = {}): Action[] {
  const { pillar, state, dueBefore } = query
  const states = state === undefined ? null : new Set<string>(typeof state === 'string' ? [state] : state)
  return actions.filter(
    (action) =>
      (pillar === undefined || action.pillars.includes(pillar)) &&
      (states === null || states.has(action.status.state)) &&
      // ISO calendar dates compare correctly as strings.
      (dueBefore === undefined || (action.target.due !== null && action.target.due < dueBefore)),
  )
}
