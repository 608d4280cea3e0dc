import { UsageError } from './errors'
import { noSuchPlan } from './noSuchPlan'
import type { openStore } from './openStore'
import { terminalLine } from './terminalText'

type Store = Awaited<ReturnType<typeof openStore>>

/**
 * The id of the action a user named by its id or its ref ("1", "V2"), in a stored plan.
 *
 * @example
 * await findActionId(store, 'oxford-2018-2020', '3', './techcommit.db') // 'a3' (its id)
 */
export async function findActionId(
  store: Store,
  planId: string,
  name: string,
  filename: string,
): Promise<string> {
  const stored = await store.getPlan(planId)
  if (stored === null) throw noSuchPlan(planId, filename)
  return findAction(stored.plan.actions, name, planId).id
}

/**
 * The action named by its id, else by its ref; a ref shared by several actions must be given as an id.
 *
 * @example
 * findAction(plan.actions, '3', plan.id).title
 */
export function findAction<A extends { readonly id: string; readonly ref: string | null }>(
  actions: readonly A[],
  name: string,
  planId: string,
): A {
  const byId = actions.find((action) => action.id === name)
  if (byId !== undefined) return byId
  const byRef = actions.filter((action) => action.ref === name)
  if (byRef.length === 1) return byRef[0]!
  if (byRef.length > 1)
    throw new UsageError(
      `plan "${terminalLine(planId)}" has ${byRef.length} actions with ref "${terminalLine(name)}"; name one by its id: ${byRef.map((a) => terminalLine(a.id)).join(', ')}.`,
    )
  const some = actions.slice(0, 5).map((action) => terminalLine(action.ref ?? action.id))
  throw new UsageError(
    `plan "${terminalLine(planId)}" has no action "${terminalLine(name)}". Name one by its ref or id, e.g. ${some.join(', ')}.`,
  )
}
