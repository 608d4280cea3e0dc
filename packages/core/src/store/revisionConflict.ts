import { ConflictError } from '../errors'

/**
 * The `ConflictError` every store throws for a stale `expectedRevision`, worded for the case at hand: a
 * create (`expectedRevision: 0`) of a plan that already exists says so plainly, one that was deleted says how
 * to save it again. `exists` is whether the plan is there now (saved and not deleted).
 *
 * @example
 * throw revisionConflict('uni-2024', 0, 3, true) // "Plan "uni-2024" already exists (revision 3) …"
 */
export function revisionConflict(
  planId: string,
  expectedRevision: number,
  currentRevision: number,
  exists: boolean,
): ConflictError {
  const what = `Plan "${planId}"`
  if (expectedRevision !== 0) return new ConflictError(what, expectedRevision, currentRevision)
  const message = exists
    ? `${what} already exists (revision ${currentRevision}), so it cannot be created with expectedRevision 0. Choose another id, or load it with getPlan and save with expectedRevision ${currentRevision} to replace it.`
    : `${what} was deleted at revision ${currentRevision}, and its history is kept under that id. To save it again, pass expectedRevision ${currentRevision}.`
  return new ConflictError(what, expectedRevision, currentRevision, { message })
}
