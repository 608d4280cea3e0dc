import {
  type Action,
  defaultRules,
  evaluateAction,
  evaluatePlan,
  type Rule,
  technicianCommitment,
} from '@techcommit/core'
import { buildTestAction, buildTestStatus, buildTestTarget } from '@techcommit/core/testing'
import { render, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ActionTable } from '../ActionTable'
import { PlanDashboard } from '../PlanDashboard'
import { threeActionAssessment, threeActionPlan } from '../testSupport'
import { createLocalizer } from './createLocalizer'
import { cy } from './cy'
import { enGB } from './enGB'
import { TechcommitProvider } from './TechcommitProvider'

const asOf = '2026-06-30'
// The ongoing action's working window starts with the plan, which the stale rule counts from.
const planPeriod = { start: '2024-01-01', end: null }
const dueOn = (due: string | null, kind: Action['target']['kind'] = due === null ? 'unknown' : 'due') =>
  buildTestTarget({ kind, start: null, end: due, due, precision: due === null ? null : 'day' })

// One action for each situation a default rule speaks about, as of 2026-06-30.
const situations: readonly Action[] = [
  buildTestAction({ id: 'done', status: buildTestStatus({ state: 'complete', completedOn: '2026-01-10' }) }),
  buildTestAction({
    id: 'done-late',
    target: dueOn('2025-12-31'),
    status: buildTestStatus({ state: 'complete', completedOn: '2026-03-01' }),
  }),
  buildTestAction({ id: 'dropped', status: buildTestStatus({ state: 'cancelled', percent: null }) }),
  buildTestAction({ id: 'late', target: dueOn('2026-03-31'), updates: [] }),
  buildTestAction({
    id: 'soon',
    target: dueOn('2026-07-05'),
    status: buildTestStatus({ state: 'not-started', percent: null }),
    updates: [],
  }),
  buildTestAction({
    id: 'behind',
    target: buildTestTarget({ kind: 'range', start: '2025-01-01', end: '2026-12-31', due: '2026-12-31' }),
    status: buildTestStatus({ state: 'in-progress', percent: 5 }),
    updates: [],
  }),
  buildTestAction({
    id: 'quiet',
    target: buildTestTarget({ kind: 'ongoing', start: '2024-01-01', end: null, due: null, parts: [] }),
    updates: [],
  }),
  buildTestAction({ id: 'undated', target: dueOn(null), updates: [] }),
]

describe('reasons and findings in the provider’s language', () => {
  it('gives every code core’s default rules produce a message in English and in Welsh', () => {
    // The codes come from running core's rules, one at a time, over the situations above.
    const codes = new Set<string>(['on-track'])
    for (const rule of defaultRules) {
      const spoken = situations.flatMap((action) =>
        evaluateAction(action, { asOf, rules: [rule], planPeriod })
          .reasons.map((reason) => reason.rule)
          .filter((code) => code !== 'on-track'),
      )
      // Every default rule must speak about at least one situation, or its code would go untested.
      expect(spoken.length, `a situation for rule ${defaultRules.indexOf(rule)}`).toBeGreaterThan(0)
      for (const code of spoken) codes.add(code)
    }
    expect(codes.size).toBeGreaterThanOrEqual(defaultRules.length + 1)
    for (const code of codes) {
      expect(Object.keys(enGB.reasonTexts), `English for ${code}`).toContain(code)
      expect(Object.keys(cy.reasonTexts), `Welsh for ${code}`).toContain(code)
      expect(cy.reasonTexts[code as keyof typeof cy.reasonTexts]).not.toBe(
        enGB.reasonTexts[code as keyof typeof enGB.reasonTexts],
      )
    }
  })

  it('shows a Welsh dashboard’s overdue reason in Welsh and no English reason or finding', () => {
    const { container } = render(
      <TechcommitProvider locale="cy">
        <PlanDashboard plan={threeActionPlan} assessment={threeActionAssessment} charts={false} />
      </TechcommitProvider>,
    )
    const overdueRow = container.querySelector<HTMLElement>('tr[data-action-id="2"]')!
    expect(within(overdueRow).getByText(cy.reasonTexts.overdue, { exact: false })).toBeTruthy()
    const text = container.textContent ?? ''
    const english = threeActionAssessment.actions.flatMap((a) => a.reasons.map((r) => r.message))
    expect(english).toContain('The due date has passed and the action is not reported complete.')
    for (const sentence of english) expect(text).not.toContain(sentence)
  })

  it('writes coverage findings in Welsh, naming the pillar in Welsh', () => {
    // Only Visibility actions: Recognition, Career Development and Sustainability are not covered.
    const plan = {
      ...threeActionPlan,
      actions: threeActionPlan.actions.map((a) => ({ ...a, pillars: ['V'], pillarsText: 'V' })),
    }
    const assessment = evaluatePlan(plan, { asOf: '2019-06-30' })
    expect(assessment.findings.map((f) => f.code)).toContain('pillar-not-covered')
    const { container } = render(
      <TechcommitProvider locale="cy">
        <PlanDashboard plan={plan} assessment={assessment} charts={false} interactive={false} />
      </TechcommitProvider>,
    )
    const findings = container.querySelector<HTMLElement>('.techcommit-findings')!
    expect(findings.textContent).toContain(
      'Does dim cam gweithredu ar gyfer Cydnabyddiaeth (R), sy’n biler gofynnol.',
    )
    for (const finding of assessment.findings) {
      expect(findings.textContent).not.toContain(finding.message)
      expect(findings.textContent).not.toContain(finding.fix)
    }
  })

  it('falls back to a custom rule’s own message for a code the widgets do not know', () => {
    const boardReview: Rule = () => ({
      rule: 'board-review',
      rating: 'at-risk',
      severity: 'warning',
      message: 'Awaiting the technical board’s review.',
    })
    const assessment = evaluatePlan(threeActionPlan, {
      asOf: '2019-06-30',
      rules: [...defaultRules, boardReview],
    })
    const { container } = render(
      <TechcommitProvider locale="cy">
        <ActionTable plan={threeActionPlan} assessments={assessment.actions} />
      </TechcommitProvider>,
    )
    const row = container.querySelector<HTMLElement>('tr[data-action-id="3"]')!
    expect(within(row).getByText('Awaiting the technical board’s review.', { exact: false })).toBeTruthy()
  })

  it('fills {days} from the assessment and keeps core’s text for unknown finding codes', () => {
    const welsh = createLocalizer('cy', {
      ...cy,
      reasonTexts: { ...cy.reasonTexts, overdue: '{days} diwrnod' },
    })
    expect(welsh.reason({ rule: 'overdue', message: 'x' }, { daysToDue: -12 })).toBe('12 diwrnod')
    const custom = { code: 'no-owner', severity: 'warning', actionId: 'a', message: 'M.', fix: 'F.' } as const
    expect(welsh.finding(custom, { code: 'V' }, technicianCommitment)).toEqual({ message: 'M.', fix: 'F.' })
  })
})
