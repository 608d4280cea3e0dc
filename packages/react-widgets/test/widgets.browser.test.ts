import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildTestAction, buildTestPlan } from '@techcommit/core/testing'
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import {
  buildEmbed,
  buildHarness,
  examplePlans,
  hasChromium,
  launchChromium,
  servePage,
  origin,
  publicDir,
  waitForWidgets,
} from './chromium'

const screenshots = join(dirname(fileURLToPath(import.meta.url)), 'screenshots')
const hostileTitle = '<img src=x onerror="window.__pwned=1">Hostile title'
const hostilePlan = buildTestPlan({
  id: 'hostile',
  title: '<script>window.__pwned=2</script>Plan',
  actions: [
    buildTestAction({ id: 'H1', title: hostileTitle, owners: ['javascript:window.__pwned=3'] }),
    buildTestAction({ id: 'H2', title: '\u202Eevil\u202C Name עברית', owners: ['\u202Eredro\u202C'] }),
  ],
})

describe.skipIf(!hasChromium)('widgets in Chromium', () => {
  let browser: Browser
  let harness: string

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchChromium(), buildHarness()])
    mkdirSync(screenshots, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function open(
    body: string,
    options: { width?: number; colorScheme?: 'light' | 'dark'; lang?: string } = {},
  ): Promise<Page> {
    const page = await browser.newPage({
      viewport: { width: options.width ?? 1280, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
    })
    await servePage(
      page,
      harness,
      body,
      { 'hostile.json': hostilePlan, 'index.json': examplePlans.map((p) => `${p}.json`) },
      options.lang,
    )
    await waitForWidgets(page)
    return page
  }

  async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axe.source })
    const result = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }),
    )
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
  }

  /** Every widget on one page, with a row and a chart's data table opened so their content is checked. */
  async function everyWidget(lang: string, colorScheme: 'light' | 'dark'): Promise<Page> {
    const page = await open(
      `<techcommit-dashboard src="/plans/glasgow-2018-2020.json" as-of="2020-06-30"></techcommit-dashboard>
       <techcommit-plans src="/plans/index.json" as-of="2020-06-30"></techcommit-plans>`,
      { colorScheme, lang },
    )
    await page.evaluate((locale) => {
      window.mountWidget(
        'RagBadge',
        { rating: 'overdue', reasons: [{ message: 'Past its due date.' }] },
        locale,
      )
    }, lang)
    const plan = buildTestPlan({ id: 'f', actionCount: 1 })
    await page.evaluate(
      ([action, locale]) =>
        window.mountWidget(
          'ProgressUpdateForm',
          { action, now: () => '2026-01-01T00:00:00Z' },
          locale as string,
        ),
      [plan.actions[0], lang] as const,
    )
    const dashboard = page.locator('techcommit-dashboard')
    await dashboard.locator('tbody button').first().click()
    await dashboard.locator('figure summary').first().click()
    return page
  }

  for (const lang of ['en-GB', 'cy']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no WCAG 2.2 AA violation (axe) in ${lang}, ${colorScheme}`, async () => {
        const page = await everyWidget(lang, colorScheme)
        expect(await axeViolations(page)).toEqual([])
        await page.close()
      })
    }
  }

  it('axe does look inside the widgets’ shadow roots (a planted fault is found)', async () => {
    const page = await open(
      '<techcommit-dashboard src="/plans/oxford-2018-2020.json" as-of="2020-06-30"></techcommit-dashboard>',
    )
    await page.locator('techcommit-dashboard').evaluate((el) => {
      const input = document.createElement('input')
      el.shadowRoot!.querySelector('.techcommit-controls')!.append(input)
    })
    expect((await axeViolations(page)).join('\n')).toMatch(/^label:/m)
    await page.close()
  })

  it('follows prefers-color-scheme, and the theme attribute overrides it', async () => {
    const background = (page: Page, selector: string) =>
      page
        .locator(selector)
        .evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.techcommit')!).backgroundColor)
    const dark = await open(
      '<techcommit-dashboard src="/plans/oxford-2018-2020.json" as-of="2020-06-30"></techcommit-dashboard><techcommit-dashboard theme="light" id="light" src="/plans/oxford-2018-2020.json"></techcommit-dashboard>',
      { colorScheme: 'dark' },
    )
    expect(await background(dark, 'techcommit-dashboard:not(#light)')).toBe('rgb(22, 23, 24)')
    expect(await background(dark, '#light')).toBe('rgb(255, 255, 255)')
    await dark.close()
  })

  it('takes the brand colour from the host page', async () => {
    const page = await open(
      '<style>techcommit-dashboard { --tc-brand: rgb(122, 0, 60) }</style><techcommit-dashboard src="/plans/oxford-2018-2020.json" as-of="2020-06-30"></techcommit-dashboard>',
    )
    const brand = await page
      .locator('techcommit-dashboard')
      .evaluate((el) =>
        getComputedStyle(el.shadowRoot!.querySelector('.techcommit a, .techcommit progress, .techcommit')!)
          .getPropertyValue('--tc-brand')
          .trim(),
      )
    expect(brand).toBe('rgb(122, 0, 60)')
    await page.close()
  })

  it('colours a RagBadge standing on its own', async () => {
    const page = await open('')
    await page.evaluate(() => window.mountWidget('RagBadge', { rating: 'overdue' }, 'en-GB'))
    const colour = await page
      .locator('.techcommit-rag')
      .evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(colour).toBe('rgb(247, 212, 212)')
    await page.close()
  })

  it('sorts, filters and opens a row with the keyboard alone', async () => {
    const page = await open(
      '<techcommit-dashboard src="/plans/oxford-2018-2020.json" as-of="2020-06-30"></techcommit-dashboard>',
    )
    const dashboard = page.locator('techcommit-dashboard')
    const focused = () =>
      page.evaluate(() => {
        const active = document.querySelector('techcommit-dashboard')!.shadowRoot!.activeElement
        return active === null
          ? ''
          : `${active.tagName}:${active.textContent?.trim() ?? ''}:${active.getAttribute('aria-label') ?? ''}:${(active as HTMLInputElement).labels?.[0]?.textContent ?? ''}`
      })
    async function tabTo(pattern: RegExp): Promise<void> {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab')
        if (pattern.test(await focused())) return
      }
      throw new Error(`never reached ${pattern} with Tab`)
    }
    const ratings = () =>
      dashboard
        .locator('tbody tr[data-rag]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rag')))

    // Filter: the rating select, changed with the arrow keys.
    await tabTo(/^SELECT:.*Filter by Rating/)
    await page.keyboard.press('ArrowDown')
    const chosen = await dashboard.locator('select').nth(1).inputValue()
    expect(chosen).not.toBe('techcommit:all')
    expect(new Set(await ratings())).toEqual(new Set([chosen]))
    await page.keyboard.press('ArrowUp')
    expect((await ratings()).length).toBe(15)

    // Sort: the Rating column's header button, with Enter.
    await tabTo(/^BUTTON:Rating/)
    await page.keyboard.press('Enter')
    const sorted = await ratings()
    const order = ['overdue', 'at-risk', 'on-track', 'not-dated', 'complete']
    expect(sorted.map((r) => order.indexOf(r!))).toEqual(
      [...sorted.map((r) => order.indexOf(r!))].sort((a, b) => a - b),
    )
    expect(await dashboard.locator('th[data-column="rating"]').getAttribute('aria-sort')).toBe('ascending')

    // Open: the first row's Details button, with Space.
    await tabTo(/^BUTTON:Details/)
    await page.keyboard.press('Space')
    expect(await dashboard.locator('tbody button[aria-expanded="true"]').count()).toBe(1)
    expect(await dashboard.locator('.techcommit-details-row').isVisible()).toBe(true)
    await page.close()
  })

  it('keeps hostile cell text inert', async () => {
    const page = await open(
      '<techcommit-dashboard src="/plans/hostile.json" as-of="2026-06-30"></techcommit-dashboard>',
    )
    const dashboard = page.locator('techcommit-dashboard')
    expect(await dashboard.locator('img').count()).toBe(0)
    expect(await dashboard.locator('script').count()).toBe(0)
    expect(await dashboard.locator('a[href^="javascript"]').count()).toBe(0)
    await expect
      .poll(() => dashboard.locator('tr[data-action-id="H1"] th bdi').first().textContent())
      .toBe(hostileTitle)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    // The right-to-left override stays inside its <bdi>: the ref cell still comes first on screen.
    const [refBox, titleBox] = await Promise.all([
      dashboard.locator('tr[data-action-id="H2"] td').first().boundingBox(),
      dashboard.locator('tr[data-action-id="H2"] th').first().boundingBox(),
    ])
    expect(refBox!.x).toBeLessThan(titleBox!.x)
    await page.close()
  })

  it('runs the plain HTML example page (embed.html) with the embed bundle alone', async () => {
    const embed = await buildEmbed()
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } })
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      if (url.origin !== origin) return route.abort()
      if (url.pathname === '/techcommit-embed.js')
        return route.fulfill({ contentType: 'text/javascript', body: embed })
      const file = join(publicDir, url.pathname)
      if (!file.startsWith(publicDir) || !existsSync(file)) return route.fulfill({ status: 404, body: '' })
      return route.fulfill({
        contentType: file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/json',
        body: readFileSync(file, 'utf8'),
      })
    })
    await page.goto(`${origin}/embed.html`)
    await waitForWidgets(page)
    expect(await page.locator('techcommit-plans tbody tr').count()).toBe(5)
    expect(
      await page.locator('techcommit-dashboard').nth(1).locator('caption').first().textContent(),
    ).toMatch(/^Camau gweithredu/)
    await page.screenshot({ path: join(screenshots, 'embed-page.png'), fullPage: false })
    await page.close()
  })

  for (const plan of examplePlans) {
    it(`reflows at 320 px with no horizontal page scroll, and saves screenshots: ${plan}`, async () => {
      const narrow = await open(
        `<techcommit-dashboard src="/plans/${plan}.json" as-of="2020-06-30"></techcommit-dashboard>`,
        { width: 320 },
      )
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
      await narrow.screenshot({ path: join(screenshots, `${plan}-320.png`), fullPage: false })
      await narrow.close()
      const wide = await open(
        `<techcommit-dashboard src="/plans/${plan}.json" as-of="2020-06-30"></techcommit-dashboard>`,
      )
      await wide.screenshot({ path: join(screenshots, `${plan}.png`), fullPage: true })
      await wide.close()
    })
  }
})
