import type { Taxonomy } from '../model/taxonomySchema'
import type { ImportPlanExplanation } from './explainImport'
import type { PlanHeading } from './readPlanHeading'
import type { TableToPlanOptions } from './tableToPlan'

/**
 * What was read about the plan itself, and where from: the title, institution and period (given by the
 * options, or read from the title rows) and the taxonomy (given, guessed with its evidence, or the default).
 *
 * @example
 * explainPlan('Plan 2020', {}, heading, technicianCommitment, null).evidence[0] // 'title read from the title rows'
 */
export function explainPlan(
  title: string | null,
  options: TableToPlanOptions,
  heading: PlanHeading,
  taxonomy: Taxonomy,
  taxonomyEvidence: string | null,
): ImportPlanExplanation {
  const from = (given: unknown, read: unknown, what: string) =>
    given !== undefined
      ? `${what} given by options`
      : read !== null
        ? `${what} read from the title rows`
        : null
  const evidence = [
    from(options.title, title, 'title'),
    from(options.institution, heading.institution, 'institution'),
    from(options.period, heading.period, 'period'),
    options.taxonomy !== undefined
      ? 'taxonomy given by options.taxonomy'
      : taxonomyEvidence !== null
        ? `taxonomy guessed: ${taxonomyEvidence}`
        : `taxonomy: the default (${taxonomy.name}); no other framework is named`,
  ].filter((line): line is string => line !== null)
  return {
    title,
    institution: options.institution !== undefined ? options.institution : heading.institution,
    period: options.period !== undefined ? options.period.text : (heading.period?.text ?? null),
    taxonomy: taxonomy.id,
    evidence,
  }
}
