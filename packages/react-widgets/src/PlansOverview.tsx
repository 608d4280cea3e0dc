import { type Plan, type PlanAssessment, RAGS, type Taxonomy, technicianCommitment } from '@techcommit/core'
import { type ReactElement, useId } from 'react'
import { useLocalizer } from './i18n/TechcommitProvider'
import { PillarBadges } from './PillarBadges'
import { InsideWidget, useWidgetRoot, type WidgetStyleProps } from './theme/widgetRoot'

/**
 * One plan in the overview, with its assessment and, optionally, where its own page lives.
 *
 * @example
 * const entry: PlanOverviewEntry = { plan, assessment: evaluatePlan(plan, { asOf }), href: `/plans/${plan.id}` }
 */
export interface PlanOverviewEntry {
  readonly plan: Plan
  readonly assessment: PlanAssessment
  /** A link to the plan's own page. Only `http(s):`, relative and `#` links are rendered as links. */
  readonly href?: string
}

/** Props of {@link PlansOverview}. */
export interface PlansOverviewProps extends WidgetStyleProps {
  readonly plans: readonly PlanOverviewEntry[]
  /** Called with the plan's id when a reader opens it (a button when there is no `href`). */
  readonly onOpen?: (planId: string) => void
  readonly taxonomy?: Taxonomy
  readonly caption?: string
}

/** Links that cannot run script: relative, fragment, http and https. Browsers ignore tabs and line breaks
 * inside a URL ("java\tscript:"), so those are removed before the scheme is read. */
function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being removed
  const squeezed = href.replace(/[\u0000-\u0020]/g, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)
  return scheme === null || /^https?$/i.test(scheme[1]!) ? href.trim() : undefined
}

/**
 * Many plans side by side — the departments of one university, or a sector: one row per plan with its
 * completion, RAG counts and the pillars its actions cover, and a link or button to open it.
 *
 * @example
 * <PlansOverview plans={plans.map((plan) => ({ plan, assessment: evaluatePlan(plan, { asOf }) }))} onOpen={show} />
 */
export function PlansOverview({
  plans,
  onOpen,
  taxonomy = technicianCommitment,
  caption,
  ...style
}: PlansOverviewProps): ReactElement {
  const l = useLocalizer()
  const m = l.messages
  const root = useWidgetRoot('techcommit-overview', style)
  const captionId = useId()
  const required = taxonomy.pillars.filter((p) => !p.optional).map((p) => p.code)
  const totalActions = plans.reduce((sum, entry) => sum + entry.plan.actions.length, 0)
  const captionText = caption ?? m.overview.label
  return (
    <InsideWidget.Provider value={true}>
      <div {...root}>
        <div className="techcommit-muted">
          {l.fill(m.overview.summary, {
            plans: l.count(m.plans, plans.length),
            actions: l.count(m.actions, totalActions),
          })}
        </div>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll region must take focus to scroll by keyboard */}
        <section className="techcommit-scroll" aria-labelledby={captionId} tabIndex={0}>
          <table className="techcommit-actions">
            <caption id={captionId}>{captionText}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columns.plan}</th>
                <th scope="col">{m.charts.count}</th>
                <th scope="col">{m.columns.completion}</th>
                {RAGS.map((rag) => (
                  <th key={rag} scope="col">
                    <span className="techcommit-rag" data-rag={rag}>
                      {m.ratings[rag]}
                    </span>
                  </th>
                ))}
                <th scope="col">{m.columns.coverage}</th>
              </tr>
            </thead>
            <tbody>
              {plans.map(({ plan, assessment, href }) => {
                const title = plan.title ?? plan.institution ?? plan.id
                const link = safeHref(href)
                const covered = assessment.pillars.filter((p) => p.actions > 0).map((p) => p.code)
                const missing = required.filter((code) => !covered.includes(code))
                return (
                  <tr key={plan.id} data-plan-id={plan.id}>
                    <th scope="row">
                      {link !== undefined ? (
                        <a href={link}>
                          <bdi>{title}</bdi>
                        </a>
                      ) : onOpen !== undefined ? (
                        <button type="button" onClick={() => onOpen(plan.id)}>
                          <bdi>{title}</bdi>
                        </button>
                      ) : (
                        <bdi>{title}</bdi>
                      )}
                      {plan.institution === null || plan.title === null ? null : (
                        <div className="techcommit-section">
                          <bdi>{plan.institution}</bdi>
                        </div>
                      )}
                    </th>
                    <td>{plan.actions.length}</td>
                    <td>{l.percent(assessment.completion)}</td>
                    {RAGS.map((rag) => (
                      <td key={rag}>{assessment.ratingCounts[rag]}</td>
                    ))}
                    <td>
                      <PillarBadges codes={covered} taxonomy={taxonomy} />
                      {missing.length === 0 ? null : (
                        <div className="techcommit-section">
                          {m.pillarNotCovered}: {missing.map((code) => l.pillar(code, taxonomy)).join(', ')}
                        </div>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
      </div>
    </InsideWidget.Provider>
  )
}
