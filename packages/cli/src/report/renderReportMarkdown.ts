import { terminalLine } from '../terminalText'
import type { PlanReportSection, Report } from './buildReport'

const percent = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 100)}%`)

/** Cell text for a Markdown table: one line, no pipes or markup that would break the table. */
function cell(text: string): string {
  return terminalLine(text).replace(/[\\|`*_[\]<>#]/g, (c) => `\\${c}`)
}

/**
 * The report as GitHub-flavoured Markdown (for a wiki page or a pull request): a section per plan with its
 * RAG counts, pillar table and every action with its rating, then the summary over all plans.
 *
 * @example
 * await writeFile('report.md', renderReportMarkdown(buildReport(sources, '2019-12-31')))
 */
export function renderReportMarkdown(report: Report): string {
  const out = [`# Technician Commitment progress — as of ${report.asOf}`, '']
  for (const section of report.plans) out.push(...renderSection(section))
  const { summary } = report
  const r = summary.ratingCounts
  out.push(
    '## All plans',
    '',
    `${summary.plans} plans, ${summary.actions} actions, completion ${percent(summary.completion)}.`,
    '',
    '| complete | on track | at risk | overdue | not dated |',
    '|---:|---:|---:|---:|---:|',
    `| ${r.complete} | ${r['on-track']} | ${r['at-risk']} | ${r.overdue} | ${r['not-dated']} |`,
    '',
  )
  return out.join('\n')
}

function renderSection(section: PlanReportSection): string[] {
  const r = section.ratingCounts
  const out = [
    `## ${cell(section.title ?? section.planId)}`,
    '',
    `Plan \`${cell(section.planId)}\` from ${cell(section.source)}: ${section.actionCount} actions, completion ${percent(section.completion)} (expected by now ${percent(section.progress.expected)}, actual ${percent(section.progress.actual)}).`,
    '',
    '| complete | on track | at risk | overdue | not dated |',
    '|---:|---:|---:|---:|---:|',
    `| ${r.complete} | ${r['on-track']} | ${r['at-risk']} | ${r.overdue} | ${r['not-dated']} |`,
    '',
    '| pillar | actions | open | done | overdue | completion |',
    '|---|---:|---:|---:|---:|---:|',
  ]
  for (const pillar of section.pillars) {
    if (!pillar.required && pillar.actions === 0) continue
    out.push(
      `| ${cell(pillar.name)} | ${pillar.actions} | ${pillar.open} | ${pillar.complete} | ${pillar.overdue} | ${percent(pillar.completion)} |`,
    )
  }
  out.push('', section.pillarNote.text, '')
  for (const finding of section.findings) out.push(`- ${cell(finding.message)} ${cell(finding.fix)}`)
  if (section.findings.length > 0) out.push('')
  out.push('| ref | action | target | rating | why |', '|---|---|---|---|---|')
  for (const action of section.actions) {
    const why = action.reasons.map((reason) => reason.message).join(' ')
    out.push(
      `| ${cell(action.ref ?? '')} | ${cell(action.title)} | ${cell(action.target)} | ${action.rating} | ${cell(why)} |`,
    )
  }
  out.push('')
  return out
}
