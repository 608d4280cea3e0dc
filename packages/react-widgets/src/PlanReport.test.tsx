import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PlanReport } from './PlanReport'
import { threeActionAssessment as assessment, threeActionPlan as plan } from './testSupport'

describe('PlanReport (static HTML for the CLI)', () => {
  const html = renderToStaticMarkup(<PlanReport plan={plan} assessment={assessment} />)

  it('keeps the section class the CLI report relies on, first', () => {
    expect(html).toMatch(
      /^<section class="techcommit-report"><section class="techcommit-dashboard techcommit"/,
    )
  })

  it('gives the headline and the RAG counts in words', () => {
    expect(html).toContain('<time dateTime="2019-06-30">As of 30 Jun 2019</time>')
    // Weights: complete 1, in progress 0.5 (defaultStatusWeights) → (1 + 0.5 + 0.5) / 3 = 67%.
    expect(html).toContain('3 actions, 67% complete')
    expect(html).toMatch(/<dt>Complete<\/dt><dd>1<\/dd>/)
    expect(html).toMatch(/<dt>Overdue<\/dt><dd>1<\/dd>/)
    expect(html).toMatch(/<dt>On track<\/dt><dd>1<\/dd>/)
  })

  it('never injects cell text as markup', () => {
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).toContain('&lt;script&gt;')
  })

  it('has no sort or filter controls, and opens row details without script', () => {
    expect(html).not.toContain('<button')
    expect(html).not.toContain('<select')
    expect(html).toContain('<details><summary>Details</summary>')
  })

  it('labels each row with its rating and each target in words', () => {
    expect(html).toMatch(
      /data-rag="overdue"[\s\S]*Establish a University Technician Commitment webpage[\s\S]*By 31 Dec 2018/,
    )
  })
})
