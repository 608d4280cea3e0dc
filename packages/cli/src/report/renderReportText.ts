import type { Rag } from '@techcommit/core'
import { terminalLine } from '../terminalText'
import type { PlanReportSection, Report } from './buildReport'

const percent = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 100)}%`)
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

// Green, yellow, red, dim; only used when stdout is a terminal and NO_COLOR is unset.
const ragColours: Record<Rag, string> = {
  complete: '32',
  'on-track': '32',
  'at-risk': '33',
  overdue: '31',
  'not-dated': '2',
}

/**
 * The report as plain text for a terminal: one section per plan (completion, expected vs actual progress,
 * RAG counts, pillar rows with a note on multi- and no-pillar actions, findings, the actions that need
 * attention), then the summary over all plans. Every file string goes through `terminalLine`.
 *
 * @example
 * io.stdout(renderReportText(buildReport(sources, '2019-12-31'), { color: false }))
 */
export function renderReportText(report: Report, options: { readonly color: boolean }): string {
  const paint = (rag: Rag, text: string) =>
    options.color ? `\u001b[${ragColours[rag]}m${text}\u001b[0m` : text
  const out = [`techcommit report — ${plural(report.plans.length, 'plan')}, as of ${report.asOf}`]
  for (const section of report.plans) out.push(...renderSection(section, paint))
  const { summary } = report
  const r = summary.ratingCounts
  out.push(
    '',
    `■ All plans: ${plural(summary.plans, 'plan')}, ${plural(summary.actions, 'action')}, completion ${percent(summary.completion)}`,
    `  ${paint('complete', `complete ${r.complete}`)} · ${paint('on-track', `on track ${r['on-track']}`)} · ${paint('at-risk', `at risk ${r['at-risk']}`)} · ${paint('overdue', `overdue ${r.overdue}`)} · ${paint('not-dated', `not dated ${r['not-dated']}`)}`,
    '',
  )
  return out.join('\n')
}

function renderSection(section: PlanReportSection, paint: (rag: Rag, text: string) => string): string[] {
  const out = ['']
  out.push(`■ ${terminalLine(section.title ?? section.planId)}  (${terminalLine(section.source)})`)
  out.push(
    `  ${plural(section.actionCount, 'action')} · ${plural(section.importIssues.length, 'import warning')}`,
  )
  const p = section.progress
  out.push(
    `  completion ${percent(section.completion)} · expected by now ${percent(p.expected)}, actual ${percent(p.actual)} (over ${p.actions} dated actions)`,
  )
  const r = section.ratingCounts
  out.push(
    `  RAG: ${paint('complete', `complete ${r.complete}`)} · ${paint('on-track', `on track ${r['on-track']}`)} · ${paint('at-risk', `at risk ${r['at-risk']}`)} · ${paint('overdue', `overdue ${r.overdue}`)} · ${paint('not-dated', `not dated ${r['not-dated']}`)}`,
  )
  out.push('')
  out.push(
    `  ${'pillar'.padEnd(22)}${'actions'.padStart(8)}${'open'.padStart(6)}${'done'.padStart(6)}${'overdue'.padStart(9)}${'completion'.padStart(12)}`,
  )
  for (const pillar of section.pillars) {
    if (!pillar.required && pillar.actions === 0) continue
    out.push(
      `  ${terminalLine(pillar.name).slice(0, 21).padEnd(22)}${String(pillar.actions).padStart(8)}${String(pillar.open).padStart(6)}${String(pillar.complete).padStart(6)}${String(pillar.overdue).padStart(9)}${percent(pillar.completion).padStart(12)}`,
    )
  }
  out.push(`  ${section.pillarNote.text}`)
  for (const finding of section.findings)
    out.push(`  ! ${terminalLine(finding.message)} ${terminalLine(finding.fix)}`)
  const late = section.actions.filter((a) => a.rating === 'overdue' || a.rating === 'at-risk')
  if (late.length > 0) {
    out.push('', '  needs attention:')
    for (const action of late.slice(0, 10)) {
      const title = terminalLine(action.title)
      const label = action.rating === 'overdue' ? 'OVERDUE' : 'AT RISK'
      out.push(
        `    ${paint(action.rating, label)}  ${terminalLine(action.ref ?? '–').padEnd(4)} ${title.length > 60 ? `${title.slice(0, 57)}…` : title.padEnd(60)}  ${terminalLine(action.target)}`,
      )
    }
    if (late.length > 10) out.push(`    … and ${late.length - 10} more (use --format json for all)`)
  }
  return out
}
