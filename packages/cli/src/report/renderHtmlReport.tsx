import { evaluatePlan, type Plan } from '@techcommit/core'
import { PlanReport, reportStyles } from '@techcommit/react-widgets'
import { renderToStaticMarkup } from 'react-dom/server'

/**
 * A self-contained HTML page (no scripts, no external assets) with one report per plan, built from the
 * widgets' `PlanReport`. All plan text goes through React's escaping; the page also sends a
 * Content-Security-Policy that forbids scripts outright. Each plan is assessed and rendered on its own and
 * its markup joined as a string, so memory holds one plan's element tree at a time.
 *
 * @example
 * await writeFile('report.html', renderHtmlReport([{ plan }], '2020-12-31'))
 */
export function renderHtmlReport(reports: readonly { readonly plan: Plan }[], asOf: string): string {
  const sections = reports.map(({ plan }) =>
    renderToStaticMarkup(<PlanReport plan={plan} assessment={evaluatePlan(plan, { asOf })} />),
  )
  const heading = `Technician Commitment progress — as of ${asOf}`
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${heading}</title>
<style>body { margin: 1.5rem; font-family: system-ui, sans-serif; } h1 { font-size: 1.6rem; }${reportStyles}</style>
</head>
<body>
<main>
<h1>${heading}</h1>
${sections.join('\n')}
</main>
</body>
</html>
`
}
