// @vitest-environment node
import { readFileSync } from 'node:fs'
import { carryForward, evaluatePlan, type Plan, selfAssessment, tableToPlan } from '@techcommit/core'
import Papa from 'papaparse'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumLaunchOptions, hasChromium } from '../../../scripts/testing/chromium'
import { SelfAssessmentPage } from './SelfAssessmentReport'

// Oxford's 2018–2020 plan from examples/data, with one hostile title (a store or another adapter may hand
// widgets anything), reflected on as of 2020-11-15 with its Stage 2 draft.
const text = readFileSync(new URL('../../../examples/data/oxford-2018-2020.csv', import.meta.url), 'utf8')
const imported = tableToPlan(Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { newline: '\r\n' }).data).plan
const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>'
const plan: Plan = {
  ...imported,
  id: 'oxford-2018-2020',
  period: { text: '2018–2020', start: '2018-01-01', end: '2020-12-31' },
  stage: 1,
  actions: imported.actions.map((a, i) => (i === 2 ? { ...a, title: hostile } : a)),
}
const asOf = '2020-11-15'
const next = carryForward(plan, {
  asOf,
  newPlanId: 'oxford-2021-2023',
  period: { start: '2021-01-01', end: '2023-12-31' },
  include: ['1', '5', '11'], // 1 is V, R, C, S; 5 is R; 11 is S: every pillar stays covered
}).plan
const reflection = selfAssessment(plan, evaluatePlan(plan, { asOf }), { next })
const html = `<!doctype html>${renderToStaticMarkup(<SelfAssessmentPage reflection={reflection} />)}`

describe('SelfAssessmentPage', () => {
  it('is a whole page with a language, a title and no script', () => {
    expect(html).toMatch(/^<!doctype html><html lang="en-GB">/)
    expect(html).toContain('<title>Self-assessment: oxford-2018-2020 — as of 2020-11-15</title>')
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;')
    // The stylesheet keeps its quotes (it is not escaped as text).
    expect(html).toContain('.techcommit-rag[data-rag="overdue"]')
  })

  it('shows every rating in words, the evidence and where each action went', () => {
    expect(html).toContain('Stage 1 · ')
    expect(html).toMatch(/<dt>Overdue<\/dt><dd>12<\/dd>/)
    expect(html).toMatch(/<dt>Complete<\/dt><dd>3<\/dd>/)
    expect(html).toContain('Carried forward into oxford-2021-2023: 3 of the 12 open actions (9 not carried)')
    expect(html).toContain('oxford-2021-2023, action 5')
    expect(html).toContain('Increased numbers of technicians with professional registration')
    expect(html).toContain('Not carried')
    expect(html).toContain('Evaluating Impact (E): no action in this plan, 0 in the next.')
  })
})

// The page must pass axe (WCAG 2.1 A and AA, and best practice) in a real browser. Debian's chromium is used
// when the machine has it; CI machines without it skip this check.
describe.skipIf(!hasChromium)('SelfAssessmentPage in Chromium', () => {
  let close: (() => Promise<void>) | null = null
  let violations: { id: string; nodes: unknown[] }[] = []
  let passes: { id: string }[] = []

  beforeAll(async () => {
    const { chromium: browserType } = await import('playwright-core')
    const axe = await import('axe-core')
    const browser = await browserType.launch({
      ...chromiumLaunchOptions,
      args: [...chromiumLaunchOptions.args],
    })
    close = () => browser.close()
    // The page's own policy forbids scripts; only axe, injected by the test, may run.
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    await page.setContent(html)
    await page.addScriptTag({ content: axe.default.source })
    const result = await page.evaluate(async () => {
      const run = (
        window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<unknown> } }
      ).axe.run
      return run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
    })
    ;({ violations, passes } = result as typeof result & {
      violations: typeof violations
      passes: typeof passes
    })
  }, 120_000)
  afterAll(async () => {
    await close?.()
  })

  it('has no axe violations', () => {
    // axe really ran: it checked the page's tables, headings, language and contrast.
    expect(passes.map((p) => p.id)).toEqual(
      expect.arrayContaining(['html-has-lang', 'th-has-data-cells', 'color-contrast', 'heading-order']),
    )
    expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([])
  })
})
