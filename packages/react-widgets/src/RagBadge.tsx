import type { Rag } from '@techcommit/core'
import type { ReactElement } from 'react'
import type { ReasonText } from './i18n/createLocalizer'
import { enGB } from './i18n/enGB'
import { useLocalizer } from './i18n/TechcommitProvider'

/**
 * The English words shown for each rating: colour is never the only signal (WCAG 1.4.1). Other languages
 * take theirs from `messages.ratings`.
 *
 * @example
 * ragLabels['at-risk'] // 'At risk'
 */
export const ragLabels: Readonly<Record<Rag, string>> = Object.freeze({ ...enGB.ratings })

/** Props of {@link RagBadge}. */
export interface RagBadgeProps {
  readonly rating: Rag
  /** Adds "(late)" for an action completed after its due date. */
  readonly late?: boolean
  /**
   * Why the action got its rating; shown as visible text after the badge, in the provider's language for
   * core's rule codes and as `message` for others.
   */
  readonly reasons?: readonly ReasonText[]
  /** Days to the due date (negative once past), to fill `{days}` in localized reasons. */
  readonly daysToDue?: number | null
  /** Extra class names on the badge. */
  readonly className?: string
}

/**
 * A RAG rating as a coloured, labelled badge; coloured on its own too, outside any table. With `reasons`,
 * the reasons follow as visible text (never only a tooltip).
 *
 * @example
 * <RagBadge rating={assessment.rating} late={assessment.late} reasons={assessment.reasons} />
 */
export function RagBadge({
  rating,
  late = false,
  reasons = [],
  daysToDue = null,
  className,
}: RagBadgeProps): ReactElement {
  const l = useLocalizer()
  const badge = (
    <span
      className={className === undefined ? 'techcommit-rag' : `techcommit-rag ${className}`}
      data-rag={rating}
    >
      {l.rating(rating, late)}
    </span>
  )
  if (reasons.length === 0) return badge
  return (
    <span className="techcommit-rating">
      {badge}
      <span className="techcommit-reasons">
        {reasons.map((reason) => l.reason(reason, { daysToDue })).join(' ')}
      </span>
    </span>
  )
}
