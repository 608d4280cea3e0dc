import type { Rag } from '@techcommit/core'
import type { ReactElement } from 'react'

/**
 * The words shown for each rating: colour is never the only signal (WCAG 1.4.1).
 *
 * @example
 * ragLabels['at-risk'] // 'At risk'
 */
export const ragLabels: Readonly<Record<Rag, string>> = Object.freeze({
  complete: 'Complete',
  'on-track': 'On track',
  'at-risk': 'At risk',
  overdue: 'Overdue',
  'not-dated': 'Not dated',
})

/** Props of {@link RagBadge}. */
export interface RagBadgeProps {
  readonly rating: Rag
  /** Adds "(late)" for an action completed after its due date. */
  readonly late?: boolean
  /** Why the action got its rating; shown as the badge's tooltip. */
  readonly reasons?: readonly { readonly message: string }[]
}

/**
 * A RAG rating as a labelled badge. The `data-rag` attribute lets the host page colour it.
 *
 * @example
 * <RagBadge rating={assessment.rating} late={assessment.late} reasons={assessment.reasons} />
 */
export function RagBadge({ rating, late = false, reasons = [] }: RagBadgeProps): ReactElement {
  const label = `${ragLabels[rating]}${late ? ' (late)' : ''}`
  const title = reasons.map((reason) => reason.message).join(' ')
  return (
    <span className="techcommit-rag" data-rag={rating} title={title || undefined}>
      {label}
    </span>
  )
}
