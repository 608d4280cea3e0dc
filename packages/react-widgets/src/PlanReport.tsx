import type { Plan, PlanAssessment, Taxonomy } from '@techcommit/core'
import type { ReactElement } from 'react'
import { PlanDashboard } from './PlanDashboard'
import type { WidgetStyleProps } from './theme/widgetRoot'

/** Props of {@link PlanReport}. */
export interface PlanReportProps extends WidgetStyleProps {
  readonly plan: Plan
  /** `evaluatePlan(plan, { asOf })`. */
  readonly assessment: PlanAssessment
  readonly taxonomy?: Taxonomy
}

/**
 * A whole progress report for one plan, for static HTML (no script needed): the {@link PlanDashboard} with
 * a plain action table whose row details open through `<details>`. The CLI's `report --html` uses it.
 *
 * @example
 * renderToStaticMarkup(<PlanReport plan={plan} assessment={evaluatePlan(plan, { asOf: '2020-12-31' })} />)
 */
export function PlanReport(props: PlanReportProps): ReactElement {
  // The outer section keeps the class pages and the CLI's tests look for; it has no name, so it is not a
  // second landmark around the dashboard's own.
  return (
    <section className="techcommit-report">
      <PlanDashboard {...props} interactive={false} />
    </section>
  )
}
