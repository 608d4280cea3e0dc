import { evaluatePlan, tableToPlan } from '@techcommit/core'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ActionTable } from './ActionTable'
import { PillarProgress } from './PillarProgress'
import { PlanReport } from './PlanReport'

// Three actions in the Oxford layout: one complete, one overdue by 2019-06-30, one due later.
const imported = tableToPlan([
  ['no.', 'Action', 'Aim', 'Responsible', 'Timescale', 'Current Status'],
  ['1', 'Establish Technician Commitment Forum', 'V, C, R, S', 'SRM / VH', 'Oct. 17', 'Complete'],
  ['2', 'Establish a University Technician Commitment webpage', 'V, C', 'SM', 'Dec. 18', 'In progress'],
  ['3', 'Promote careers', 'C', 'Forum', 'Sept. 20', 'In progress'],
]).plan
// The importer already turns HTML in cells into text; a store or another adapter may hand widgets anything.
const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>'
const plan = {
  ...imported,
  actions: imported.actions.map((a, i) => (i === 2 ? { ...a, title: hostile, owners: [hostile] } : a)),
}
const assessment = evaluatePlan(plan, { asOf: '2019-06-30' })

describe('PlanReport', () => {
  const html = renderToStaticMarkup(<PlanReport plan={plan} assessment={assessment} />)

  it('gives the headline and the RAG counts in words', () => {
    expect(html).toContain('<time dateTime="2019-06-30">2019-06-30</time>')
    expect(html).toContain('3 actions')
    expect(html).toMatch(/<dt>Complete<\/dt><dd>1<\/dd>/)
    expect(html).toMatch(/<dt>Overdue<\/dt><dd>1<\/dd>/)
    expect(html).toMatch(/<dt>On track<\/dt><dd>1<\/dd>/)
  })

  it('never injects cell text as markup', () => {
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).toContain('&lt;script&gt;')
  })

  it('labels each row with its rating and each target in words', () => {
    expect(html).toMatch(
      /data-rag="overdue"[\s\S]*Establish a University Technician Commitment webpage[\s\S]*by 31 Dec 2018/,
    )
  })
})

describe('PillarProgress', () => {
  it('shows completion per pillar as a native progress bar', () => {
    const html = renderToStaticMarkup(<PillarProgress pillars={assessment.pillars} />)
    // Sustainability has only the complete action 1 → 100%.
    expect(html).toMatch(/data-pillar="S"[\s\S]*100% complete[\s\S]*value="100"/)
    // Evaluating Impact is optional and unused: hidden.
    expect(html).not.toContain('Evaluating Impact')
  })
})

describe('ActionTable', () => {
  it('filters to the ratings asked for', () => {
    const html = renderToStaticMarkup(
      <ActionTable plan={plan} assessments={assessment.actions} ratings={['overdue']} />,
    )
    expect(html).toContain('Establish a University Technician Commitment webpage')
    expect(html).not.toContain('Establish Technician Commitment Forum')
  })
})
