// @vitest-environment node
import { buildTestAction, buildTestPlan, buildTestStatus, buildTestUpdate } from '@techcommit/core/testing'
import { evaluatePlan } from '@techcommit/core'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { TechcommitProvider } from '../i18n/TechcommitProvider'
import { PlanDashboard } from '../PlanDashboard'
import { threeActionAssessment as assessment, threeActionPlan as plan } from '../testSupport'
import { BurnUpChart } from './BurnUpChart'
import { burnUpPoints, dueByQuarter } from './chartData'
import { RagChart } from './RagChart'
import { TimelineChart } from './TimelineChart'

describe('charts render on a server (no window)', () => {
  it('has no DOM globals here, and still renders the whole dashboard', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(<PlanDashboard plan={plan} assessment={assessment} />)
    expect(html.match(/<figure/g)).toHaveLength(4)
    expect(html.match(/<svg/g)).toHaveLength(4)
  })

  it('gives each chart a text summary and its data as a real table', () => {
    const html = renderToString(<RagChart counts={assessment.ratingCounts} />)
    expect(html).toContain('3 actions: Complete 1, On track 1, Overdue 1.')
    expect(html).toMatch(/<th scope="row"><bdi>Overdue<\/bdi><\/th><td>1<\/td>/)
    expect(html).toContain('aria-hidden="true"')
  })

  it('speaks Welsh under a Welsh provider', () => {
    const html = renderToString(
      <TechcommitProvider locale="cy">
        <RagChart counts={assessment.ratingCounts} />
      </TechcommitProvider>,
    )
    expect(html).toContain('3 cham gweithredu: Wedi’i gwblhau 1, Ar y trywydd iawn 1, Hwyr 1.')
  })
})

describe('timeline data', () => {
  it('counts actions due per calendar quarter, with no gaps and the as-of quarter inside', () => {
    // Due Oct 2017 (complete), Dec 2018 (open), Sept 2020 (open); as of 30 Jun 2019.
    const { buckets, asOfPosition } = dueByQuarter(assessment.actions, '2019-06-30')
    expect(buckets.map((b) => `${b.year}Q${b.quarter}:${b.open}/${b.complete}`)).toEqual([
      '2017Q4:0/1',
      '2018Q1:0/0',
      '2018Q2:0/0',
      '2018Q3:0/0',
      '2018Q4:1/0',
      '2019Q1:0/0',
      '2019Q2:0/0',
      '2019Q3:0/0',
      '2019Q4:0/0',
      '2020Q1:0/0',
      '2020Q2:0/0',
      '2020Q3:1/0',
    ])
    // 30 June is the last day of 2019 Q2, the 7th quarter (index 6): just short of 7.
    expect(asOfPosition).toBeGreaterThan(6.9)
    expect(asOfPosition).toBeLessThan(7)
  })

  it('says so when no action is dated', () => {
    const html = renderToString(<TimelineChart assessments={[]} asOf="2020-01-01" />)
    expect(html).toContain('No action has a target date.')
  })
})

describe('burn-up data', () => {
  it('counts completions by date from the status and the update history, up to as-of', () => {
    const p = buildTestPlan({
      id: 'b',
      actions: [
        buildTestAction({
          id: 'A',
          status: buildTestStatus({ state: 'complete', completedOn: '2026-03-01' }),
          updates: [],
        }),
        buildTestAction({
          id: 'B',
          status: buildTestStatus({ state: 'complete', completedOn: null }),
          updates: [
            buildTestUpdate({
              at: '2026-02-10T09:00:00Z',
              status: buildTestStatus({ state: 'complete', completedOn: null }),
            }),
          ],
        }),
        buildTestAction({
          id: 'C',
          status: buildTestStatus({ state: 'complete', completedOn: '2026-09-01' }),
          updates: [],
        }),
        buildTestAction({ id: 'D', updates: [] }),
      ],
    })
    expect(burnUpPoints(p, '2026-06-30')).toEqual([
      { date: '2026-02-10', completed: 1 },
      { date: '2026-03-01', completed: 2 },
    ])
    const html = renderToString(<BurnUpChart plan={p} asOf="2026-06-30" />)
    expect(html).toContain('2 of 4 actions complete by 1 Mar 2026.')
  })
})

it('PlanDashboard counts the same whatever order the assessments come in', () => {
  const p = buildTestPlan({ id: 'o', actionCount: 8 })
  const a = evaluatePlan(p, { asOf: '2027-01-01' })
  const reversed = { ...a, actions: [...a.actions].reverse() }
  const strip = (html: string) => html.replace(/id="[^"]*"|for="[^"]*"|aria-[a-z]+="_[^"]*"/g, '')
  expect(strip(renderToString(<PlanDashboard plan={p} assessment={reversed} />))).toBe(
    strip(renderToString(<PlanDashboard plan={p} assessment={a} />)),
  )
})
