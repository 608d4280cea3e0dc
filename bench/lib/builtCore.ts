// The core package as users run it: one ESM bundle built from the source the way `tsup` builds
// `packages/core/dist` (esbuild, ESM, target node20), then imported. Benches that race core against a
// published library (chrono-node, papaparse) time this build rather than the TypeScript source run through
// tsx: tsx compiles each source module on its own and reads every cross-module name through a getter, a cost
// no user of the published package pays (about a quarter of parseTargetDate's time). Built from the working
// tree each run, so the figure is never from a stale `dist/`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

type Core = typeof import('../../packages/core/src/index')

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Builds `packages/core/src/index.ts` into a temporary folder and imports it. `sourceDir` builds another copy of
 * core's `src` instead (an older commit's, for a before/after comparison); its imports of core's dependencies
 * resolve from this working tree.
 */
export async function importBuiltCore(sourceDir = join(root, 'packages/core/src')): Promise<Core> {
  const dir = mkdtempSync(join(tmpdir(), 'techcommit-bench-core-'))
  const outfile = join(dir, 'core.mjs')
  try {
    await build({
      entryPoints: [join(sourceDir, 'index.ts')],
      nodePaths: [join(root, 'packages/core/node_modules')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      logLevel: 'error',
    })
    return (await import(pathToFileURL(outfile).href)) as Core
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Core as it stood at a commit (any revision git names: `HEAD~1`, a branch), built `copies` times, each copy
 * imported on its own: the baseline of a before/after comparison. Returns the short commit and the copies.
 */
export async function importBuiltCommit(
  revision: string,
  copies = 1,
): Promise<{ commit: string; cores: Core[] }> {
  const commit = execFileSync('git', ['rev-parse', '--short', revision], {
    cwd: root,
    encoding: 'utf8',
  }).trim()
  const dir = mkdtempSync(join(tmpdir(), 'techcommit-bench-commit-'))
  try {
    const archive = execFileSync('git', ['archive', commit, 'packages/core/src'], {
      cwd: root,
      maxBuffer: 256 * 1024 * 1024,
    })
    execFileSync('tar', ['-x', '-C', dir], { input: archive })
    const cores: Core[] = []
    for (let k = 0; k < copies; k++) cores.push(await importBuiltCore(join(dir, 'packages/core/src')))
    return { commit, cores }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
