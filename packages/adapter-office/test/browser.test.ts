import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build } from 'tsup'
import { expect, it } from 'vitest'
import { chromiumLaunchOptions, hasChromium } from '../../../scripts/testing/chromium'

// The adapter as a browser loads it: src/index.ts (with core, fflate and saxes) bundled for the browser, run in
// Debian's Chromium on the bytes of two fixtures — the same plans the Node tests import.

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url)).toString('base64')

async function browserBundle(): Promise<string> {
  const outDir = join(tmpdir(), `techcommit-office-browser-${process.pid}`)
  await build({
    entry: { office: fileURLToPath(new URL('../src/index.ts', import.meta.url)) },
    outDir,
    format: ['iife'],
    globalName: 'techcommitOffice',
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    config: false,
    dts: false,
    sourcemap: false,
    silent: true,
    esbuildOptions(options) {
      options.conditions = ['@techcommit/source', 'browser', 'import']
    },
  })
  const code = readFileSync(join(outDir, 'office.global.js'), 'utf8')
  rmSync(outDir, { recursive: true, force: true })
  return code
}

it.skipIf(!hasChromium)(
  'imports a workbook and a Word document in Chromium',
  { timeout: 180_000 },
  async () => {
    const code = await browserBundle()
    const browser = await chromium.launch({ ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args] })
    try {
      const page = await browser.newPage()
      await page.addScriptTag({ content: code })
      const result = await page.evaluate(
        async ([xlsx, docx]) => {
          const office = (globalThis as unknown as { techcommitOffice: typeof import('../src/index') })
            .techcommitOffice
          const bytes = (base64: string) => Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0))
          const workbook = await office.importXlsxPlan(bytes(xlsx))
          const document = await office.importDocxPlan(bytes(docx).buffer)
          return {
            workbook: [workbook.plan.institution, workbook.plan.actions.length],
            document: [document.plan.institution, document.plan.actions.length],
            format: office.sniffOfficeFormat(bytes(docx)),
          }
        },
        [fixture('bradford-2019-2020.xlsx'), fixture('oxford-2018-2020.docx')] as const,
      )
      expect(result).toEqual({
        workbook: ['University of Bradford', 15],
        document: ['University of Oxford', 15],
        format: 'docx',
      })
    } finally {
      await browser.close()
    }
  },
)
