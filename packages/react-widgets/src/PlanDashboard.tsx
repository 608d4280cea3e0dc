import {
  type Finding,
  type PillarScore,
  type Plan,
  type PlanAssessment,
  RAGS,
  type Taxonomy,
  technicianCommitment,
} from '@techcommit/core'
import { type ReactElement, useId } from 'react'
import { ActionTable } from './ActionTable'
import { BurnUpChart } from './charts/BurnUpChart'
import { PillarChart } from './charts/PillarChart'
import { RagChart } from './charts/RagChart'
import { TimelineChart } from './charts/TimelineChart'
import { useLocalizer } from './i18n/TechcommitProvider'
import { PillarProgress } from './PillarProgress'
import { InsideWidget, useWidgetRoot, type WidgetStyleProps } from './theme/widgetRoot'

/** Props of {@link PlanDashboard}. */
export interface PlanDashboardProps extends WidgetStyleProps {
  readonly plan: Plan
  /** `evaluatePlan(plan, { asOf })`. */
  readonly assessment: PlanAssessment
  readonly taxonomy?: Taxonomy
  /** Sort, filter, search and open rows in the action table. Default true; false for static HTML. */
  readonly interactive?: boolean
  /** Draw the charts (RAG distribution, pillar progress, timeline, burn-up). Default true. */
  readonly charts?: boolean
}

/**
 * The widget a team drops in: headline figures, the RAG distribution, per-pillar expected against actual
 * progress, coverage findings, charts and the interactive action table. Renders in the browser and with
 * `renderToString` on a server; language from the nearest `TechcommitProvider`.
 *
 * @example
 * <TechcommitProvider locale="cy">
 *   <PlanDashboard plan={plan} assessment={evaluatePlan(plan, { asOf: '2020-12-31' })} />
 * </TechcommitProvider>
 */
export function PlanDashboard({
  plan,
  assessment,
  taxonomy = technicianCommitment,
  interactive = true,
  charts = true,
  ...style
}: PlanDashboardProps): ReactElement {
  const l = useLocalizer()
  const m = l.messages
  const root = useWidgetRoot('techcommit-dashboard', style)
  const headingId = useId()
  const title = plan.title ?? plan.institution ?? plan.id
  const shownPillars = assessment.pillars
    .filter((pillar) => pillar.required || pillar.actions > 0)
    .map((pillar) => pillar.code)
  return (
    <InsideWidget.Provider value={true}>
      <section {...root} aria-labelledby={headingId}>
        <h2 id={headingId}>
          <bdi>{title}</bdi>
        </h2>
        {plan.institution === null || plan.title === null ? null : (
          <div className="techcommit-muted">
            <bdi>{plan.institution}</bdi>
          </div>
        )}
        <div className="techcommit-headline">
          <time dateTime={assessment.asOf}>{l.fill(m.asOf, { date: l.date(assessment.asOf) })}</time>:{' '}
          {l.fill(m.headline, {
            actions: l.count(m.actions, plan.actions.length),
            complete: l.percent(assessment.completion),
            expected: l.percent(assessment.progress.expected),
            actual: l.percent(assessment.progress.actual),
          })}
        </div>
        <dl className="techcommit-rag-counts" aria-label={m.ratingCountsLabel}>
          {RAGS.map((rag) => (
            <div key={rag} data-rag={rag}>
              <dt>{m.ratings[rag]}</dt>
              <dd>{assessment.ratingCounts[rag]}</dd>
            </div>
          ))}
        </dl>
        <PillarProgress pillars={assessment.pillars} taxonomy={taxonomy} />
        {assessment.findings.length === 0 ? null : (
          <ul className="techcommit-findings" aria-label={m.findingsLabel}>
            {findingsWithPillars(assessment).map(({ finding, pillar }) => {
              const text = l.finding(finding, pillar, taxonomy)
              return (
                <li key={`${finding.code}:${finding.actionId ?? ''}:${finding.message}`}>
                  {text.message} {text.fix}
                </li>
              )
            })}
          </ul>
        )}
        {charts ? (
          <div className="techcommit-charts">
            <RagChart counts={assessment.ratingCounts} />
            <PillarChart
              plan={plan}
              assessments={assessment.actions}
              pillars={shownPillars}
              taxonomy={taxonomy}
            />
            <TimelineChart assessments={assessment.actions} asOf={assessment.asOf} />
            <BurnUpChart plan={plan} asOf={assessment.asOf} />
          </div>
        ) : null}
        <ActionTable
          plan={plan}
          assessments={assessment.actions}
          taxonomy={taxonomy}
          interactive={interactive}
          caption={l.fill(m.actionsHeading, { title })}
        />
      </section>
    </InsideWidget.Provider>
  )
}

/** Each finding with the pillar it names (core's `finding.pillar`), so it can be written in the page's language. */
function findingsWithPillars(
  assessment: PlanAssessment,
): { readonly finding: Finding; readonly pillar: PillarScore | null }[] {
  return assessment.findings.map((finding) => ({
    finding,
    pillar:
      finding.pillar === undefined
        ? null
        : (assessment.pillars.find((pillar) => pillar.code === finding.pillar) ?? null),
  }))
}
