import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors'
import { buildTestAction, buildTestPlan } from '../testing/planFixtures'
import { parseStorablePlan, streamStorablePlan } from './parseStorablePlan'

function thrown(run: () => unknown): ValidationError {
  try {
    run()
  } catch (error) {
    if (error instanceof ValidationError) return error
    throw error
  }
  throw new Error('expected a ValidationError')
}

describe('streamStorablePlan', () => {
  const actions = ['a', 'b', 'c', 'd'].map((id) => buildTestAction({ id }))

  it('hands on the header, then every action in order, and counts them', () => {
    const plan = buildTestPlan({ id: 'p', actions })
    const seen: string[] = []
    const { header, actionCount } = streamStorablePlan(plan, {
      header: (h) => seen.push(`header ${h.id}`),
      action: (a, i) => seen.push(`${i} ${a.id}`),
    })
    expect(seen).toEqual(['header p', '0 a', '1 b', '2 c', '3 d'])
    expect(actionCount).toBe(4)
    expect(header).not.toHaveProperty('actions')
    expect(header).toEqual({ ...parseStorablePlan(plan), actions: undefined })
  })

  it('stops handing on actions at a duplicate id and throws what parseStorablePlan throws', () => {
    const plan = buildTestPlan({ id: 'p', actions: [actions[0]!, actions[1]!, actions[0]!, actions[2]!] })
    const written: number[] = []
    const error = thrown(() =>
      streamStorablePlan(plan, { header: () => {}, action: (_, i) => written.push(i) }),
    )
    expect(written).toEqual([0, 1])
    expect(error.problems).toEqual(thrown(() => parseStorablePlan(plan)).problems)
    expect(error.problems.map((p) => p.path)).toEqual(['actions.2.id'])
  })

  it('leaves repeated ids to the store when asked to', () => {
    const plan = buildTestPlan({ id: 'p', actions: [actions[0]!, actions[0]!] })
    const written: string[] = []
    const { actionCount } = streamStorablePlan(
      plan,
      { header: () => {}, action: (a) => written.push(a.id) },
      { checkDuplicateIds: false },
    )
    expect(written).toEqual(['a', 'a'])
    expect(actionCount).toBe(2)
  })

  it('reports a schema problem, not a duplicate before it, as parseStorablePlan does', () => {
    const broken = { ...actions[3]!, target: { ...actions[3]!.target, due: '2019-02-29' } }
    const plan = buildTestPlan({ id: 'p', actions: [actions[0]!, actions[0]!, actions[1]!, broken] })
    const error = thrown(() => streamStorablePlan(plan, { header: () => {}, action: () => {} }))
    expect(error.problems.map((p) => p.path)).toEqual(['actions.3.target.due'])
    expect(error.problems).toEqual(thrown(() => parseStorablePlan(plan)).problems)
  })

  it('hands on nothing when the header is invalid', () => {
    const plan = { ...buildTestPlan({ id: 'p', actions }), taxonomy: '' }
    let calls = 0
    const error = thrown(() => streamStorablePlan(plan, { header: () => calls++, action: () => calls++ }))
    expect(calls).toBe(0)
    expect(error.problems.map((p) => p.path)).toEqual(['taxonomy'])
  })
})
