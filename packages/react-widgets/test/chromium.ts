import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { type Browser, chromium, type Page } from 'playwright-core'
import { chromiumLaunchOptions } from '../../../scripts/testing/chromium'

export { chromiumPath, hasChromium } from '../../../scripts/testing/chromium'

const here = dirname(fileURLToPath(import.meta.url))
export const plansDir = join(here, '../../../examples/intranet-dashboard/public/plans')
export const examplePlans = [
  'bradford-2019-2020',
  'cardiff-2018-2020',
  'glasgow-2018-2020',
  'oxford-2018-2020',
  'portsmouth-action-plan',
] as const

/** Launches headless Chromium with the flags that keep it off the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args] })
}

/** One browser ES module bundled in memory from `entry` (relative to this folder), React in production mode. */
async function bundle(entry: string, minify: boolean): Promise<string> {
  const result = await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    format: 'esm',
    write: false,
    minify,
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    conditions: ['@techcommit/source', 'browser', 'import', 'module', 'default'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  })
  return result.outputFiles[0]!.text
}

/** The harness (embed + `mountWidget`) as one ES module, React in production mode. */
export const buildHarness = (): Promise<string> => bundle('harness.tsx', false)

/** The embed as `tsup` builds it (src/embed/index.tsx, everything inside, minified), from memory. */
export const buildEmbed = (): Promise<string> => bundle('../src/embed/index.tsx', true)

export const publicDir = join(here, '../../../examples/intranet-dashboard/public')

export const origin = 'https://techcommit.test'

/**
 * Serves a page at `origin` entirely from memory: every request is answered here (the harness, plan files,
 * extra JSON), so the browser never reaches a network.
 */
export async function servePage(
  page: Page,
  harness: string,
  body: string,
  extraJson: Readonly<Record<string, unknown>> = {},
  lang = 'en-GB',
): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== origin) return route.abort()
    if (url.pathname === '/') {
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>techcommit test page</title><script type="module" src="/harness.js"></script></head><body style="margin:0"><main>${body}</main></body></html>`,
      })
    }
    if (url.pathname === '/harness.js')
      return route.fulfill({ contentType: 'text/javascript', body: harness })
    const name = url.pathname.replace(/^\/plans\//, '')
    if (name in extraJson)
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify(extraJson[name]) })
    const file = join(plansDir, name)
    if (url.pathname.startsWith('/plans/') && existsSync(file)) {
      return route.fulfill({ contentType: 'application/json', body: readFileSync(file, 'utf8') })
    }
    return route.fulfill({ status: 404, body: 'not found' })
  })
  await page.goto(`${origin}/`)
}

/** Waits until every custom element on the page has rendered its widget (or an error). */
export async function waitForWidgets(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('techcommit-dashboard, techcommit-plans')].every((element) =>
      element.shadowRoot?.querySelector('.techcommit-dashboard, .techcommit-overview, [role="alert"]'),
    ),
  )
}
