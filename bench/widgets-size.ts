// Gzipped bytes a page ships for the React widgets, beside React itself (the baseline every widget page pays).
// Deterministic: the same figures on any machine for the same sources. CI checks the widgets' budget in
// packages/react-widgets/test/bundleSize.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureWidgetBundles, WIDGETS_GZIP_BUDGET } from './lib/widgetBundles'

const here = dirname(fileURLToPath(import.meta.url))
const sizes = await measureWidgetBundles()
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`
const rows = [sizes.widgets, sizes.widgetsWithCore, sizes.dashboardWithCore, sizes.embed, sizes.react].map(
  (size) =>
    `| ${size.name} | ${kb(size.minified)} | ${kb(size.gzip)} | ${(size.gzip / sizes.react.gzip).toFixed(2)} |`,
)
const report = `# React widgets: bytes a page ships

esbuild, minified, \`NODE_ENV=production\`, gzip -9. Node ${process.version}.

| bundle | minified | gzip | gzip ÷ React |
|---|---|---|---|
${rows.join('\n')}

Budget: widgets (React and core external) ≤ ${kb(WIDGETS_GZIP_BUDGET)} gzip — ${sizes.widgets.gzip <= WIDGETS_GZIP_BUDGET ? 'within' : 'OVER'} budget.
Core as the widgets use it (scoring, formatting, taxonomy, model types) is held to 15 kB gzip by
\`pnpm run check:weight\`. Most of "widgets + core" and of the embed is zod: \`ProgressUpdateForm\` and the
embed validate their input with core's schemas. A dashboard page that does not use them ships no zod (the
"PlanDashboard + evaluatePlan" row).
`
mkdirSync(join(here, 'results'), { recursive: true })
writeFileSync(join(here, 'results/widgets-size.md'), report)
console.log(report)
