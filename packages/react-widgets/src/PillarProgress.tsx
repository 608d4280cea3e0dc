import type { PillarScore, Taxonomy } from '@techcommit/core'
import { technicianCommitment } from '@techcommit/core'
import { type ReactElement, useId } from 'react'
import { useLocalizer } from './i18n/TechcommitProvider'

/** Props of {@link PillarProgress}. */
export interface PillarProgressProps {
  /** `evaluatePlan(plan, { asOf }).pillars`. */
  readonly pillars: readonly PillarScore[]
  /** Hide optional pillars (Evaluating Impact) that no action uses. Default true. */
  readonly hideUnusedOptional?: boolean
  /** For pillar names in languages other than English. Default: the Technician Commitment. */
  readonly taxonomy?: Taxonomy
  /** Extra class names on the list. */
  readonly className?: string
}

/**
 * Per-pillar completion as labelled progress bars, with open and overdue counts. Each bar is a native
 * `<progress>` element, so screen readers announce its value without extra ARIA. Ids come from `useId`, so
 * two reports on one page never share one.
 *
 * @example
 * <PillarProgress pillars={evaluatePlan(plan, { asOf }).pillars} />
 */
export function PillarProgress({
  pillars,
  hideUnusedOptional = true,
  taxonomy = technicianCommitment,
  className,
}: PillarProgressProps): ReactElement {
  const l = useLocalizer()
  const m = l.messages
  const baseId = useId()
  const shown = pillars.filter((pillar) => !(hideUnusedOptional && !pillar.required && pillar.actions === 0))
  return (
    <ul
      className={
        className === undefined ? 'techcommit-pillar-progress' : `techcommit-pillar-progress ${className}`
      }
      aria-label={m.pillarProgressLabel}
    >
      {shown.map((pillar, index) => {
        const id = `${baseId}-pillar-${index}`
        const name = pillar.known ? l.pillar(pillar.code, taxonomy) : pillar.name
        return (
          <li key={pillar.code} data-pillar={pillar.code}>
            <label htmlFor={id}>
              <bdi className="techcommit-pillar-name">{name}</bdi>{' '}
              <span className="techcommit-pillar-figure">
                {pillar.completion === null
                  ? m.pillarNoActions
                  : l.fill(m.percentComplete, { percent: l.percent(pillar.completion) })}
              </span>
            </label>
            <progress id={id} max={100} value={Math.round((pillar.completion ?? 0) * 100)} />
            <span className="techcommit-pillar-counts">
              {l.fill(m.pillarCounts, {
                actions: l.count(m.actions, pillar.actions),
                open: pillar.open,
                overdue: pillar.overdue,
              })}
              {pillar.actions === 0 && pillar.required ? ` · ${m.pillarNotCovered}` : ''}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
