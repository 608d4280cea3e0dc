import type { Plan, PlanAssessment, Taxonomy } from '@techcommit/core'
import { RAGS } from '@techcommit/core'
import type { ReactElement } from 'react'
import { ActionTable } from './ActionTable'
import { PillarProgress } from './PillarProgress'
import { ragLabels } from './RagBadge'

/** Props of {@link PlanReport}. */
export interface PlanReportProps {
  readonly plan: Plan
  /** `evaluatePlan(plan, { asOf })`. */
  readonly assessment: PlanAssessment
  readonly taxonomy?: Taxonomy
}

const percent = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 100)}%`)

/**
 * A whole progress report for one plan: headline figures, RAG counts, per-pillar progress, coverage findings
 * and the action table. Works in the browser and with `renderToStaticMarkup` for static HTML.
 *
 * @example
 * <PlanReport plan={plan} assessment={evaluatePlan(plan, { asOf: '2020-12-31' })} />
 */
export function PlanReport({ plan, assessment, taxonomy }: PlanReportProps): ReactElement {
  const heading = plan.title ?? plan.id
  return (
    <section className="techcommit-report" aria-label={`Progress report: ${heading}`}>
      <h2>{heading}</h2>
      <p className="techcommit-headline">
        As of <time dateTime={assessment.asOf}>{assessment.asOf}</time>: {plan.actions.length} actions,{' '}
        {percent(assessment.completion)} complete (expected by now {percent(assessment.progress.expected)},
        actual {percent(assessment.progress.actual)}).
      </p>
      <dl className="techcommit-rag-counts">
        {RAGS.map((rag) => (
          <div key={rag} data-rag={rag}>
            <dt>{ragLabels[rag]}</dt>
            <dd>{assessment.ratingCounts[rag]}</dd>
          </div>
        ))}
      </dl>
      <PillarProgress pillars={assessment.pillars} />
      {assessment.findings.length === 0 ? null : (
        <ul className="techcommit-findings" aria-label="Coverage findings">
          {assessment.findings.map((finding) => (
            <li key={`${finding.code}:${finding.message}`}>
              {finding.message} {finding.fix}
            </li>
          ))}
        </ul>
      )}
      <ActionTable
        plan={plan}
        assessments={assessment.actions}
        caption={`Actions of ${heading}`}
        {...(taxonomy === undefined ? {} : { taxonomy })}
      />
    </section>
  )
}
