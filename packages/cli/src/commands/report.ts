import { evaluatePlan, formatTargetDate, type PlanAssessment } from '@techcommit/core'
import type { CliIo } from '../io'
import { requireIsoDate } from '../isoDate'
import { renderHtmlReport } from '../renderHtmlReport'
import { expandInputs, type LoadedPlan, loadPlan } from '../loadPlan'
import type { CliFlags } from '../runCli'

/** `techcommit report <files|folders>`: imports each plan, assesses it as of a date and prints a summary. */
export async function reportCommand(args: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  const asOf = flags.asOf === undefined ? io.today() : requireIsoDate(flags.asOf, '--as-of')
  const files = await expandInputs(args, io)
  const results: { loaded: LoadedPlan; assessment: PlanAssessment }[] = []
  for (const file of files) {
    const loaded = await loadPlan(file, io)
    results.push({ loaded, assessment: evaluatePlan(loaded.plan, { asOf }) })
  }
  if (flags.html !== undefined) {
    await io.writeFile(
      flags.html,
      renderHtmlReport(
        results.map(({ loaded, assessment }) => ({ plan: loaded.plan, assessment })),
        asOf,
      ),
    )
    io.stderr(
      `wrote the report on ${results.length} plan${results.length === 1 ? '' : 's'} to ${flags.html}\n`,
    )
    return 0
  }
  if (flags.json) {
    const json = results.map(({ loaded, assessment }) => ({
      file: loaded.file,
      planId: loaded.plan.id,
      title: loaded.plan.title,
      asOf,
      actions: loaded.plan.actions.length,
      importIssues: loaded.issues,
      completion: assessment.completion,
      progress: assessment.progress,
      ratingCounts: assessment.ratingCounts,
      pillars: assessment.pillars,
      owners: assessment.owners,
      findings: assessment.findings,
      assessments: assessment.actions,
    }))
    io.stdout(`${JSON.stringify(json, null, 2)}\n`)
    return 0
  }
  io.stdout(`techcommit report — ${files.length} plan${files.length === 1 ? '' : 's'}, as of ${asOf}\n`)
  for (const { loaded, assessment } of results) io.stdout(renderPlan(loaded, assessment))
  return 0
}

const percent = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 100)}%`)

function renderPlan({ file, plan, issues }: LoadedPlan, assessment: PlanAssessment): string {
  const warnings = issues.filter((issue) => issue.severity !== 'info').length
  const out: string[] = ['']
  out.push(`■ ${plan.title ?? plan.id}  (${file})`)
  out.push(`  ${plan.actions.length} actions · ${warnings} import warning${warnings === 1 ? '' : 's'}`)
  const p = assessment.progress
  out.push(
    `  completion ${percent(assessment.completion)} · expected by now ${percent(p.expected)}, actual ${percent(p.actual)} (over ${p.actions} dated actions)`,
  )
  const r = assessment.ratingCounts
  out.push(
    `  RAG: complete ${r.complete} · on track ${r['on-track']} · at risk ${r['at-risk']} · overdue ${r.overdue} · not dated ${r['not-dated']}`,
  )
  out.push('')
  out.push(
    `  ${'pillar'.padEnd(22)}${'actions'.padStart(8)}${'open'.padStart(6)}${'done'.padStart(6)}${'overdue'.padStart(9)}${'completion'.padStart(12)}`,
  )
  for (const pillar of assessment.pillars) {
    if (!pillar.required && pillar.actions === 0) continue
    out.push(
      `  ${pillar.name.slice(0, 21).padEnd(22)}${String(pillar.actions).padStart(8)}${String(pillar.open).padStart(6)}${String(pillar.complete).padStart(6)}${String(pillar.overdue).padStart(9)}${percent(pillar.completion).padStart(12)}`,
    )
  }
  for (const finding of assessment.findings) out.push(`  ! ${finding.message} ${finding.fix}`)
  const late = assessment.actions
    .map((a, index) => ({ a, action: plan.actions[index]! }))
    .filter(({ a }) => a.rating === 'overdue' || a.rating === 'at-risk')
  if (late.length > 0) {
    out.push('')
    out.push('  needs attention:')
    for (const { a, action } of late.slice(0, 10)) {
      const title = oneLine(action.title)
      out.push(
        `    ${a.rating === 'overdue' ? 'OVERDUE' : 'AT RISK'}  ${(action.ref ?? '–').padEnd(4)} ${title.length > 60 ? `${title.slice(0, 57)}…` : title.padEnd(60)}  ${formatTargetDate(action.target)}`,
      )
    }
    if (late.length > 10) out.push(`    … and ${late.length - 10} more (use --json for all)`)
  }
  out.push('')
  return out.join('\n')
}

/** Cell text can hold newlines and control characters; a report line must stay one line. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()
}
