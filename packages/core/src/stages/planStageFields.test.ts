// The plan-stage fields are optional additions to the model: older plans stay valid, and the check every store
// runs before a save (parseStorablePlan, built on the zod schemas) keeps them and refuses bad ones.
import { describe, expect, it } from 'vitest'
import { Plan } from '../model/plan'
import { parseStorablePlan } from '../store/parseStorablePlan'
import { oxford } from './testSupport'

const base = (): Plan => {
  const { stage: _stage, signedOn: _signedOn, ...plan } = oxford()
  return plan
}

describe('plan-stage fields', () => {
  it('leaves older plans valid, with no new key added', () => {
    const plan = base()
    const checked = Plan.safeParse(plan)
    expect(checked.success).toBe(true)
    if (checked.success) {
      expect('stage' in checked.data).toBe(false)
      expect('continues' in checked.data.actions[0]!).toBe(false)
    }
  })

  const cases: [string, (plan: Record<string, unknown>, action: Record<string, unknown>) => void, boolean][] =
    [
      ['a numeric stage', (p) => Object.assign(p, { stage: 2 }), true],
      ['a framework label', (p) => Object.assign(p, { stage: 'Bronze renewal' }), true],
      ['stage 0', (p) => Object.assign(p, { stage: 0 }), false],
      ['stage 1.5', (p) => Object.assign(p, { stage: 1.5 }), false],
      ['an empty stage label', (p) => Object.assign(p, { stage: '' }), false],
      ['a null stage', (p) => Object.assign(p, { stage: null }), false],
      ['a signing date', (p) => Object.assign(p, { signedOn: '2017-09-13' }), true],
      ['a day-first signing date', (p) => Object.assign(p, { signedOn: '13/09/2017' }), false],
      ['a previous plan id', (p) => Object.assign(p, { previousPlanId: 'oxford-2015' }), true],
      ['an empty previous plan id', (p) => Object.assign(p, { previousPlanId: '' }), false],
      ['a link', (_p, a) => Object.assign(a, { continues: { planId: 'p1', actionId: '5' } }), true],
      ['a link without an action', (_p, a) => Object.assign(a, { continues: { planId: 'p1' } }), false],
      ['a link as text', (_p, a) => Object.assign(a, { continues: 'p1#5' }), false],
      [
        'every field at once',
        (p, a) => {
          Object.assign(p, { stage: 3, signedOn: '2017-09-13', previousPlanId: 'p2' })
          Object.assign(a, { continues: { planId: 'p2', actionId: '1' } })
        },
        true,
      ],
    ]
  it.each(cases)('agrees with the zod schema on %s', (_name, change, valid) => {
    const plan = structuredClone(base()) as unknown as Record<string, unknown>
    change(plan, (plan.actions as Record<string, unknown>[])[0]!)
    const zod = Plan.safeParse(plan)
    expect(zod.success).toBe(valid)
    if (valid) {
      const stored = parseStorablePlan(plan)
      expect(stored.stage).toEqual(plan.stage)
      expect(stored.previousPlanId).toEqual(plan.previousPlanId)
      expect(stored.actions[0]!.continues).toEqual((plan.actions as Record<string, unknown>[])[0]!.continues)
    } else expect(() => parseStorablePlan(plan)).toThrow()
  })
})
