import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors'
import { buildTestAction, buildTestPlan } from '../testing/planFixtures'
import { parseStorablePlan } from './parseStorablePlan'

function thrown(run: () => unknown): ValidationError {
  try {
    run()
  } catch (error) {
    if (error instanceof ValidationError) return error
    throw error
  }
  throw new Error('expected a ValidationError')
}

describe('parseStorablePlan', () => {
  const actions = ['a', 'b', 'c', 'd'].map((id) => buildTestAction({ id }))

  it('names the fields at fault in the message', () => {
    const broken = { ...actions[3]!, target: { ...actions[3]!.target, due: '2019-02-29' } }
    const plan = { ...buildTestPlan({ id: 'p', actions: [actions[0]!, broken] }), taxonomy: '' }
    const error = thrown(() => parseStorablePlan(plan))
    expect(error.problems.map((p) => p.path).sort()).toEqual(['actions.1.target.due', 'taxonomy'])
    expect(error.message).toContain('actions.1.target.due')
    expect(error.message).toContain('taxonomy')
  })

  it('reports a duplicate action id by its path', () => {
    const plan = buildTestPlan({ id: 'p', actions: [actions[0]!, actions[1]!, actions[0]!] })
    const error = thrown(() => parseStorablePlan(plan))
    expect(error.problems.map((p) => p.path)).toEqual(['actions.2.id'])
    expect(error.message).toMatch(/actions\.2\.id: Duplicate action id "a"/)
  })

  it('returns a copy the caller cannot change afterwards', () => {
    const plan = buildTestPlan({ id: 'p', actions })
    const parsed = parseStorablePlan(plan)
    ;(plan.actions[0] as { title: string }).title = 'changed'
    expect(parsed.actions[0]!.title).toBe('Action a')
  })
})
