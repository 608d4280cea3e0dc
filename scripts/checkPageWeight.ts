// Page-weight budget: core as the widgets use it must stay small in a browser bundle.
// Bundles an entry that imports what a widget page imports from @techcommit/core (evaluatePlan,
// formatTargetDate, the model types, the Technician Commitment taxonomy), minified, tree-shaken, and fails
// when the gzipped result is over budget. Prints the largest inputs so a regression names its cause.
// Run: pnpm check:weight (prints the figures; exits 1 when over budget)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Plugin, type Rollup } from 'vite'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const BUDGET_BYTES = 15 * 1024

const entries: Record<string, string> = {
  // What packages/react-widgets imports from core, plus the type-only model imports a widget needs.
  widgets: [
    "export { evaluatePlan, formatTargetDate, RAGS, technicianCommitment } from '@techcommit/core'",
    "export type { Plan, Action, TargetDate, Taxonomy, PlanAssessment, ActionAssessment } from '@techcommit/core'",
  ].join('\n'),
}

interface Measured {
  readonly raw: number
  readonly gzip: number
  readonly modules: readonly { readonly id: string; readonly bytes: number }[]
  /** Modules of the repository that import zod directly: where to look when zod creeps in. */
  readonly zodImporters: readonly string[]
}

const isZod = (id: string): boolean => id.includes('/node_modules/zod/')

async function measure(source: string): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'techcommit-weight-'))
  try {
    const entry = join(dir, 'entry.ts')
    writeFileSync(entry, `${source}\n`)
    const zodImporters = new Set<string>()
    const findZodImporters: Plugin = {
      name: 'find-zod-importers',
      generateBundle(_options, bundle) {
        for (const item of Object.values(bundle)) {
          if (item.type !== 'chunk') continue
          for (const id of Object.keys(item.modules)) {
            if (isZod(id)) continue
            const info = this.getModuleInfo(id)
            if (info?.importedIds.some(isZod)) zodImporters.add(relative(root, id))
          }
        }
      },
    }
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      resolve: { conditions: ['@techcommit/source', 'browser', 'import', 'default'] },
      plugins: [findZodImporters],
      build: {
        write: false,
        minify: 'esbuild',
        target: 'es2022',
        lib: { entry, formats: ['es'], fileName: 'entry' },
        rollupOptions: { treeshake: true },
      },
    })) as Rollup.RollupOutput[] | Rollup.RollupOutput
    const chunk = (Array.isArray(output) ? output[0]! : output).output.find(
      (item): item is Rollup.OutputChunk => item.type === 'chunk',
    )
    if (chunk === undefined) throw new Error('vite produced no chunk')
    const modules = Object.entries(chunk.modules)
      .map(([id, info]) => ({ id: relative(root, id.replace(/^\0/, '')), bytes: info.renderedLength }))
      .filter((m) => m.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes)
    return {
      raw: Buffer.byteLength(chunk.code),
      gzip: gzipSync(chunk.code, { level: 9 }).length,
      modules,
      zodImporters: [...zodImporters].sort(),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

async function main(): Promise<void> {
  const coreEntry = join(root, 'packages/core/src/index.ts')
  let failed = false
  for (const [name, source] of Object.entries(entries)) {
    const measured = await measure(source.replaceAll("'@techcommit/core'", JSON.stringify(coreEntry)))
    const zodBytes = measured.modules.filter((m) => isZod(m.id)).reduce((sum, m) => sum + m.bytes, 0)
    const verdict = measured.gzip <= BUDGET_BYTES ? 'ok' : 'OVER BUDGET'
    console.log(
      `${name}: ${kb(measured.gzip)} gzip (${kb(measured.raw)} minified); budget ${kb(BUDGET_BYTES)}: ${verdict}`,
    )
    console.log(`  zod in the bundle: ${kb(zodBytes)} before minifying`)
    for (const importer of measured.zodImporters) console.log(`  zod is imported by ${importer}`)
    console.log('  largest modules, before minifying:')
    for (const m of measured.modules.slice(0, 10)) console.log(`  ${kb(m.bytes).padStart(9)}  ${m.id}`)
    if (measured.gzip > BUDGET_BYTES) failed = true
  }
  if (failed) {
    console.error(
      'Core as the widgets use it is over its page-weight budget. Keep zod (and other large modules) out of what scoring and formatting import: use `import type` for model types.',
    )
    process.exitCode = 1
  }
}

await main()
