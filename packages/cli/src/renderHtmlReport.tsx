import type { Plan, PlanAssessment } from '@techcommit/core'
import { PlanReport, reportStyles } from '@techcommit/react-widgets'
import { renderToStaticMarkup } from 'react-dom/server'

/**
 * A self-contained HTML page (no scripts, no external assets) with one report per plan. All plan text goes
 * through React's escaping; the page also sends a Content-Security-Policy that forbids scripts outright.
 *
 * @example
 * await writeFile('report.html', renderHtmlReport([{ plan, assessment }], '2020-12-31'))
 */
export function renderHtmlReport(
  reports: readonly { readonly plan: Plan; readonly assessment: PlanAssessment }[],
  asOf: string,
): string {
  const body = renderToStaticMarkup(
    <main>
      <h1>Technician Commitment progress — as of {asOf}</h1>
      {reports.map(({ plan, assessment }) => (
        <PlanReport key={plan.id} plan={plan} assessment={assessment} />
      ))}
    </main>,
  )
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Technician Commitment progress — as of ${asOf}</title>
<style>body { margin: 1.5rem; font-family: system-ui, sans-serif; } h1 { font-size: 1.6rem; }${reportStyles}</style>
</head>
<body>
${body}
</body>
</html>
`
}
