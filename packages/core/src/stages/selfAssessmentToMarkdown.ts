import type { Rag } from '../scoring/types'
import { markdownText as md, percent } from './markdownText'
import type { ActionReflection, SelfAssessment } from './selfAssessment'

const RATING_WORDS: Readonly<Record<Rag, string>> = {
  complete: 'Complete',
  'on-track': 'On track',
  'at-risk': 'At risk',
  overdue: 'Overdue',
  'not-dated': 'Not dated',
}

/**
 * Writes a self-assessment as a Markdown document a reviewer reads: the headline figures, a table by pillar
 * (expected against actual progress, coverage in the next plan), Evaluating Impact, the findings, then every
 * action with its rating and reasons, evidence and where it was carried. All plan text is escaped, so a cell
 * holding Markdown or HTML shows as text.
 *
 * @example
 * await writeFile('self-assessment.md', selfAssessmentToMarkdown(selfAssessment(plan, assessment, { next })))
 */
export function selfAssessmentToMarkdown(reflection: SelfAssessment): string {
  const r = reflection
  const h = r.headline
  const lines: string[] = []
  lines.push(`# Self-assessment: ${md(r.title ?? r.planId)}`, '')
  const facts = [
    r.institution === null ? null : md(r.institution),
    r.stage === null ? null : `Stage ${md(String(r.stage))}`,
    periodText(r),
    `As of ${r.asOf}`,
  ].filter((fact) => fact !== null)
  lines.push(facts.join(' · '), '')

  lines.push('## Headline figures', '')
  lines.push(`- Actions: ${h.actions} — achieved ${h.achieved}, open ${h.open}, cancelled ${h.cancelled}`)
  lines.push(`- Completion: ${percent(h.completion)}`)
  lines.push(
    `- Progress: expected ${percent(h.expected)}, actual ${percent(h.actual)}${h.gap !== null && h.gap > 0 ? ` (${percent(h.gap)} behind)` : ''}`,
  )
  lines.push(
    `- Ratings: ${(Object.keys(RATING_WORDS) as Rag[]).map((rag) => `${RATING_WORDS[rag]} ${h.ratingCounts[rag]}`).join(', ')}`,
  )
  if (r.nextPlanId !== null) {
    lines.push(
      `- Carried forward into ${md(r.nextPlanId)}: ${h.carriedForward} of the ${h.open} open actions (${h.openNotCarried} not carried)`,
    )
  }
  lines.push('')

  lines.push('## By pillar', '')
  const next = r.nextPlanId !== null
  lines.push(
    `| Pillar | Actions | Achieved | Open | Overdue | At risk | Completion | Expected | Actual |${next ? ' Carried forward | In next plan |' : ''}`,
    `|---|--:|--:|--:|--:|--:|--:|--:|--:|${next ? '--:|--:|' : ''}`,
  )
  for (const p of r.pillars) {
    lines.push(
      `| ${md(p.name)} (${md(p.code)}) | ${p.actions} | ${p.achieved} | ${p.open} | ${p.overdue} | ${p.atRisk} | ${percent(p.completion)} | ${percent(p.expected)} | ${percent(p.actual)} |${next ? ` ${p.carriedForward} | ${p.inNextPlan === 0 ? '**0 — missing**' : p.inNextPlan} |` : ''}`,
    )
  }
  lines.push('')

  if (r.evaluatingImpact !== null) {
    lines.push(`## ${md(r.evaluatingImpact.name)}`, '', md(r.evaluatingImpact.message), '')
  }

  lines.push('## Findings', '')
  if (r.findings.length === 0) lines.push('None.')
  for (const f of r.findings) lines.push(`- **${f.severity}** ${md(f.message)} ${md(f.fix)}`)
  lines.push('')

  lines.push('## Actions', '')
  for (const action of r.actions) lines.push(...actionSection(action), '')
  return `${lines.join('\n').trimEnd()}\n`
}

function periodText(r: SelfAssessment): string | null {
  const { text, start, end } = r.period
  if (text !== null) return `Period ${md(text)}`
  if (start !== null || end !== null) return `Period ${start ?? '?'} to ${end ?? '?'}`
  return null
}

function actionSection(a: ActionReflection): string[] {
  const label = `${RATING_WORDS[a.rating]}${a.late ? ' (late)' : ''}`
  const lines = [`### ${a.ref === null ? '' : `${md(a.ref)}. `}${md(a.title)} — ${label}`, '']
  lines.push(`- Rating: ${label}${a.reasons.length === 0 ? '' : ` — ${a.reasons.map(md).join(' ')}`}`)
  if (a.pillars.length > 0) lines.push(`- Pillars: ${a.pillars.map(md).join(', ')}`)
  if (a.owners.length > 0) lines.push(`- Owners: ${a.owners.map(md).join(', ')}`)
  lines.push(`- Target: ${a.target === '' ? 'none' : md(a.target)}${a.due === null ? '' : ` (due ${a.due})`}`)
  lines.push(`- Status: ${a.evidence.status === '' ? 'not reported' : md(a.evidence.status)}`)
  lines.push(`- Achieved: ${a.achieved ? 'yes' : 'no'}`)
  for (const measure of a.evidence.successMeasures) lines.push(`- Success measure: ${md(measure)}`)
  if (a.evidence.notes !== null && a.evidence.notes.trim() !== '')
    lines.push(`- Notes: ${md(a.evidence.notes)}`)
  for (const u of a.evidence.updates) {
    const parts = [u.status === null ? null : md(u.status), u.note === null ? null : md(u.note)].filter(
      (p) => p !== null,
    )
    lines.push(`- Update ${u.at}${u.by === null ? '' : ` by ${md(u.by)}`}: ${parts.join(' — ')}`)
  }
  if (a.carriedTo !== null) {
    lines.push(
      `- Carried forward to ${md(a.carriedTo.planId)}, action ${md(a.carriedTo.ref ?? a.carriedTo.actionId)}`,
    )
  }
  return lines
}
