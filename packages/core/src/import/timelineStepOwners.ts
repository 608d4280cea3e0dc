import { bracketAtEnd } from './bracketAtEnd'
import { ownerAtStart } from './ownerAtStart'

/**
 * Who does each step of a timeline, as its steps name them: the subject opening a step ("Staff will send the
 * package …", "Trustees to approve the plan"), read as {@link ownerAtStart} reads a meeting's items, or a round
 * bracket closing a step that holds only a doer another step names as its subject ("Incorporate the edits (staff)"
 * beside "Staff will send …"). A bracket naming no such doer ("(if needed)", "(Phase 2)") names no one. One entry
 * per step, '' for a step naming no one.
 *
 * @example
 * timelineStepOwners(['Staff will send the pack', 'Fold in the edits (staff)', 'Launch (if needed)'])
 * // ['Staff', 'staff', '']
 */
export function timelineStepOwners(steps: readonly string[]): string[] {
  const subjects = steps.map((step) => ownerAtStart(step, 'name-first') ?? '')
  const named = new Set(subjects.filter((subject) => subject !== '').map((subject) => subject.toLowerCase()))
  return steps.map((step, i) => {
    if (subjects[i] !== '') return subjects[i]!
    const bracket = bracketAtEnd(step.trim())
    if (bracket === null || bracket.shape !== '(' || bracket.open === 0) return ''
    return named.has(bracket.inner.trim().toLowerCase()) ? bracket.inner.trim() : ''
  })
}
