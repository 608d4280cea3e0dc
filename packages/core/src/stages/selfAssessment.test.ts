// selfAssessment on the example plans, as of 2020-11-15. The figures are worked out by hand from the CSVs:
// Oxford's pillar letters per action are 1 VRCS, 2 VC, 3 C, 4 VR, 5 R, 6 CS, 7 VCS, 8 C, 9 CV, 10 CV, 11 S,
// 12 VRCS and completed 1 VCRS, 2 VCRS, 3 S; statuses are "In progress" except 7 ("To start") and 12 ("Not
// started"), and the three completed ones. Every target (Oct. 17 … Oct. 20) has passed by 2020-11-15.
// Weights (docs/concepts/progress-scoring.md): complete 1, in progress ½, not started or unreported 0.
import { describe, expect, it } from 'vitest'
import { tableToPlan } from '../import/tableToPlan'
import type { Plan } from '../model/plan'
import { evaluateAction } from '../scoring/evaluateAction'
import { evaluatePlan } from '../scoring/evaluatePlan'
import { createMemoryPlanStore } from '../store/createMemoryPlanStore'
import { carryForward } from './carryForward'
import { selfAssessment } from './selfAssessment'
import { selfAssessmentToMarkdown } from './selfAssessmentToMarkdown'
import { selfAssessmentToRows } from './selfAssessmentToRows'
import { bradford, cardiff, glasgow, nextPeriod, oxford, portsmouth } from './testSupport'

const asOf = '2020-11-15'
const stage2 = (plan: Plan, include?: string[]) =>
  carryForward(plan, {
    asOf,
    newPlanId: `${plan.id}-stage-2`,
    period: nextPeriod,
    ...(include === undefined ? {} : { include }),
  }).plan
const reflect = (plan: Plan, next?: Plan) =>
  selfAssessment(plan, evaluatePlan(plan, { asOf }), next === undefined ? {} : { next })

describe('Oxford, reflected on at the end of Stage 1', () => {
  const previous = oxford()
  const next = stage2(previous)
  const r = reflect(previous, next)

  it('gives the headline figures', () => {
    expect(r.headline).toMatchObject({ actions: 15, achieved: 3, open: 12, cancelled: 0 })
    // 10 in progress × ½ + 3 complete = 8 over 15; every window has fully elapsed, so expected is 100%.
    expect(r.headline.completion).toBeCloseTo(8 / 15, 12)
    expect(r.headline.expected).toBeCloseTo(1, 12)
    expect(r.headline.actual).toBeCloseTo(8 / 15, 12)
    expect(r.headline.gap).toBeCloseTo(7 / 15, 12)
    expect(r.headline.ratingCounts).toEqual({
      complete: 3,
      'on-track': 0,
      'at-risk': 0,
      overdue: 12,
      'not-dated': 0,
    })
    expect(r.headline).toMatchObject({ carriedForward: 12, openNotCarried: 0 })
    expect(r).toMatchObject({ stage: 1, nextPlanId: 'oxford-2018-2020-stage-2', asOf })
  })

  it('gives expected against actual progress by pillar, and coverage in the next plan', () => {
    const by = Object.fromEntries(r.pillars.map((p) => [p.code, p]))
    expect(r.pillars.map((p) => p.code)).toEqual(['V', 'R', 'C', 'S'])
    // V: 1, 2, 4, 9, 10 in progress; 7, 12 not started; completed 1, 2.
    expect(by.V).toMatchObject({
      actions: 9,
      achieved: 2,
      open: 7,
      overdue: 7,
      carriedForward: 7,
      inNextPlan: 7,
    })
    expect(by.V!.completion).toBeCloseTo(4.5 / 9, 12)
    expect(by.V!.expected).toBeCloseTo(1, 12)
    expect(by.V!.actual).toBeCloseTo(4.5 / 9, 12)
    // R: 1, 4, 5 in progress; 12 not started; completed 1, 2.
    expect(by.R).toMatchObject({ actions: 6, achieved: 2, open: 4, carriedForward: 4, inNextPlan: 4 })
    expect(by.R!.actual).toBeCloseTo(3.5 / 6, 12)
    // C: 1, 2, 3, 6, 8, 9, 10 in progress; 7, 12 not started; completed 1, 2.
    expect(by.C).toMatchObject({ actions: 11, achieved: 2, open: 9, carriedForward: 9, inNextPlan: 9 })
    expect(by.C!.actual).toBeCloseTo(5.5 / 11, 12)
    // S: 1, 6, 11 in progress; 7, 12 not started; completed 1, 2, 3.
    expect(by.S).toMatchObject({ actions: 8, achieved: 3, open: 5, carriedForward: 5, inNextPlan: 5 })
    expect(by.S!.actual).toBeCloseTo(4.5 / 8, 12)
  })

  it('rates each action exactly as the scoring rules do, with their reasons', () => {
    r.actions.forEach((a, i) => {
      const alone = evaluateAction(previous.actions[i]!, { asOf, planPeriod: previous.period })
      expect([a.actionId, a.rating, a.late]).toEqual([alone.actionId, alone.rating, alone.late])
      expect(a.reasons).toEqual(alone.reasons.map((reason) => reason.message))
    })
    expect(r.actions.map((a) => a.rating)).toEqual([
      ...Array(12).fill('overdue'),
      'complete',
      'complete',
      'complete',
    ])
    expect(r.actions.filter((a) => a.achieved).map((a) => a.title)).toEqual([
      'Establish Technician Commitment Forum',
      'Official launch of UoO Technician Commitment',
      'Exemption of Apprenticeships from UoO headcount cap',
    ])
  })

  it('keeps the evidence and says where each open action went', () => {
    const two = r.actions.find((a) => a.ref === '2')!
    expect(two.evidence.status).toBe(
      'In progress\n[whole personnel Services website currently undergoing review]',
    )
    expect(two.evidence.successMeasures).toEqual([
      'To have a live Technician Commitment webpage with appropriate data, contact details and support information',
    ])
    expect(two.carriedTo).toEqual({ planId: 'oxford-2018-2020-stage-2', actionId: '2', ref: '2' })
    expect(r.actions.filter((a) => a.carriedTo === null).map((a) => a.actionId)).toEqual([
      'completed-actions-1',
      'completed-actions-2',
      'completed-actions-3',
    ])
  })

  it('shows that no action evaluates impact', () => {
    expect(r.evaluatingImpact).toMatchObject({ code: 'E', actions: 0, inNextPlan: 0 })
    expect(r.findings.map((f) => f.code)).toEqual(['theme-not-covered'])
  })

  it('flags required pillars the next plan leaves out', () => {
    // Carry only 5 (R) and 11 (S): nothing for Visibility or Career Development.
    const narrow = reflect(previous, stage2(previous, ['5', '11']))
    const missing = narrow.findings.filter((f) => f.code === 'pillar-not-in-next-plan')
    expect(missing.map((f) => f.message)).toEqual([
      expect.stringContaining('Visibility (V)'),
      expect.stringContaining('Career Development (C)'),
    ])
    expect(missing.map((f) => f.pillar)).toEqual(['V', 'C'])
    expect(narrow.headline).toMatchObject({ carriedForward: 2, openNotCarried: 10 })
    expect(narrow.pillars.map((p) => p.inNextPlan)).toEqual([0, 1, 0, 1])
  })

  it('without a next plan, leaves the carry-forward figures empty', () => {
    const alone = reflect(previous)
    expect(alone.nextPlanId).toBeNull()
    expect(alone.pillars.every((p) => p.inNextPlan === null && p.carriedForward === null)).toBe(true)
    expect(alone.actions.every((a) => a.carriedTo === null)).toBe(true)
    expect(alone.findings.some((f) => f.code === 'pillar-not-in-next-plan')).toBe(false)
  })

  it('refuses an assessment of another plan', () => {
    expect(() => selfAssessment(previous, evaluatePlan(cardiff(), { asOf }))).toThrow(/Assess the plan again/)
  })
})

describe('the other example plans', () => {
  it('Glasgow covers Evaluating Impact with its 11-action page, all carried', () => {
    const previous = glasgow()
    const r = reflect(previous, stage2(previous))
    expect(r.evaluatingImpact).toMatchObject({ actions: 11, achieved: 0, inNextPlan: 11 })
    expect(r.evaluatingImpact!.message).toBe(
      'Evaluating Impact (E): 11 actions in this plan, 11 in the next.',
    )
    // Quarter counts per pillar block of the PDF: Visibility 14 (the two-action cell counts twice),
    // Recognition 10, Career Development 14, Sustainability 6.
    expect(r.pillars.map((p) => [p.code, p.actions, p.carriedForward])).toEqual([
      ['V', 14, 14],
      ['R', 10, 10],
      ['C', 14, 14],
      ['S', 6, 6],
    ])
  })
  it('Cardiff names Evaluating Impact once ("…towards the evaluating impact requirement…")', () => {
    const r = reflect(cardiff())
    expect(r.evaluatingImpact).toMatchObject({ actions: 1, actionIds: ['action-4'] })
  })
  it('Bradford and Portsmouth: nothing reported, so nothing achieved', () => {
    for (const plan of [bradford(), portsmouth()]) {
      const r = reflect(plan)
      expect(r.headline.achieved).toBe(0)
      expect(r.headline.open).toBe(plan.actions.length)
      expect(r.headline.completion).toBe(0)
    }
  })
})

describe('rendering', () => {
  const previous = oxford()
  const next = stage2(previous)
  const r = reflect(previous, next)

  it('writes Markdown a reviewer reads', () => {
    const text = selfAssessmentToMarkdown(r)
    expect(text).toContain('# Self-assessment: oxford-2018-2020')
    expect(text).toContain('- Completion: 53%')
    expect(text).toContain('- Progress: expected 100%, actual 53% (47% behind)')
    expect(text).toContain('| Visibility (V) | 9 | 2 | 7 | 7 | 0 | 50% | 100% | 50% | 7 | 7 |')
    expect(text).toContain('### 5. To support professional registration for all technicians — Overdue')
    expect(text).toContain('- Carried forward to oxford-2018-2020-stage-2, action 5')
    expect(text).toContain('Evaluating Impact (E): no action in this plan, 0 in the next.')
  })

  it('escapes hostile plan text in Markdown', () => {
    const hostile: Plan = {
      ...previous,
      actions: previous.actions.map((a, i) =>
        i === 0
          ? {
              ...a,
              title: '<img src=x onerror=alert(1)> [click](javascript:alert(1)) | *x*\u0007',
              notes: 'a\nb',
            }
          : a,
      ),
    }
    const text = selfAssessmentToMarkdown(reflect(hostile))
    // No `<` and no `](` without a backslash before it: no HTML, no link.
    expect(text).not.toMatch(/(^|[^\\])</m)
    expect(text).not.toMatch(/[^\\]\]\(/)
    expect(text).toContain('\\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) \\| \\*x\\*')
    expect(text).not.toContain('\u0007')
    expect(text).toContain('- Notes: a b')
  })

  it('writes the RAG-rated plan in the canonical layout, which re-imports with the ratings as columns', () => {
    const rows = selfAssessmentToRows(previous, r)
    const header = rows[0]!
    expect(header.slice(-4)).toEqual([
      'RAG (as of 2020-11-15)',
      'RAG reasons',
      'Achieved',
      'Carried forward to',
    ])
    const back = tableToPlan(rows).plan
    expect(back.actions.map((a) => a.id)).toEqual(previous.actions.map((a) => a.id))
    const five = back.actions.find((a) => a.id === '5')!
    expect(five.extra).toEqual([
      { column: 'RAG (as of 2020-11-15)', value: 'overdue' },
      { column: 'RAG reasons', value: 'The due date has passed and the action is not reported complete.' },
      { column: 'Achieved', value: 'no' },
      { column: 'Carried forward to', value: 'oxford-2018-2020-stage-2 / 5' },
    ])
    expect(back.actions.at(-1)!.extra[2]).toEqual({ column: 'Achieved', value: 'yes' })
    expect(() => selfAssessmentToRows(cardiff(), r)).toThrow(/Pass the plan/)
  })
})

describe('round trip through the memory store', () => {
  it('keeps the links and the stage fields', async () => {
    const previous = oxford()
    const result = carryForward(previous, { asOf, newPlanId: 'oxford-2021-2023', period: nextPeriod })
    const store = createMemoryPlanStore()
    await store.savePlan(previous)
    await store.savePlan(structuredClone(result.plan))
    const { plan } = (await store.getPlan('oxford-2021-2023'))!
    expect(plan).toMatchObject({ stage: 2, signedOn: '2017-09-13', previousPlanId: 'oxford-2018-2020' })
    expect(plan.actions.map((a) => a.continues)).toEqual(result.plan.actions.map((a) => a.continues))
    expect(plan).toEqual(result.plan)
    // The stored plans still reflect the same: every carried action found from the stored copies.
    const { plan: first } = (await store.getPlan('oxford-2018-2020'))!
    const r = selfAssessment(first, evaluatePlan(first, { asOf }), { next: plan })
    expect(r.headline.carriedForward).toBe(12)
  })
})
