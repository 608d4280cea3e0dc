// What a page ships for the React widgets, measured the way a bundler would build it: esbuild, minified,
// production React, gzip level 9. Deterministic for a given source and lockfile, so CI checks a budget on it.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const widgets = join(root, 'packages/react-widgets')

/** Gzipped bytes (and raw minified bytes) of one bundle. */
export interface BundleSize {
  readonly name: string
  readonly minified: number
  readonly gzip: number
}

async function measure(name: string, contents: string, external: readonly string[]): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir: widgets, loader: 'tsx' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    external: [...external],
    conditions: ['@techcommit/source', 'browser', 'import', 'module', 'default'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  })
  const bytes = result.outputFiles[0]!.contents
  return { name, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

const everyWidget = "export * from './src/index.ts'"

/** The widgets alone (React and core left to the page), the same with core, the embed, and React itself. */
export async function measureWidgetBundles(): Promise<{
  widgets: BundleSize
  widgetsWithCore: BundleSize
  dashboardWithCore: BundleSize
  embed: BundleSize
  react: BundleSize
}> {
  const react = ['react', 'react-dom', 'react/jsx-runtime', 'scheduler']
  const [widgetsOnly, widgetsWithCore, dashboardWithCore, embed, reactOnly] = await Promise.all([
    measure('widgets (React and core external)', everyWidget, [...react, '@techcommit/core']),
    measure('widgets + core (React external)', everyWidget, react),
    // The usual page: a dashboard over a plan the host already has, assessed in the browser. Only the progress
    // form and the embed validate input with core's zod schemas; a page without them ships no zod.
    measure(
      'PlanDashboard + evaluatePlan + core (React external)',
      "export { PlanDashboard, TechcommitProvider, widgetStyles } from './src/index.ts'; export { evaluatePlan } from '@techcommit/core'",
      react,
    ),
    measure('embed (React and core inside)', "import './src/embed/index.tsx'", []),
    measure(
      'React + ReactDOM client (baseline)',
      "export * from 'react'; export * from 'react-dom/client'",
      [],
    ),
  ])
  return { widgets: widgetsOnly, widgetsWithCore, dashboardWithCore, embed, react: reactOnly }
}

/** The budget CI holds the widgets to: gzipped bytes with React and core left out. */
export const WIDGETS_GZIP_BUDGET = 30 * 1024
