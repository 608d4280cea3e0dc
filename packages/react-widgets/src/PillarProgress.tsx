import type { PillarScore } from '@techcommit/core'
import type { ReactElement } from 'react'

/** Props of {@link PillarProgress}. */
export interface PillarProgressProps {
  /** `evaluatePlan(plan, { asOf }).pillars`. */
  readonly pillars: readonly PillarScore[]
  /** Hide optional pillars (Evaluating Impact) that no action uses. Default true. */
  readonly hideUnusedOptional?: boolean
}

const percent = (value: number | null): number => (value === null ? 0 : Math.round(value * 100))

/**
 * Per-pillar completion as labelled progress bars, with open and overdue counts. Each bar is a native
 * `<progress>` element, so screen readers announce its value without extra ARIA.
 *
 * @example
 * <PillarProgress pillars={evaluatePlan(plan, { asOf }).pillars} />
 */
export function PillarProgress({ pillars, hideUnusedOptional = true }: PillarProgressProps): ReactElement {
  const shown = pillars.filter((pillar) => !(hideUnusedOptional && !pillar.required && pillar.actions === 0))
  return (
    <ul className="techcommit-pillar-progress" aria-label="Progress by pillar">
      {shown.map((pillar) => {
        const id = `techcommit-pillar-${pillar.code}`
        return (
          <li key={pillar.code} data-pillar={pillar.code}>
            <label htmlFor={id}>
              <span className="techcommit-pillar-name">{pillar.name}</span>{' '}
              <span className="techcommit-pillar-figure">
                {pillar.completion === null
                  ? 'no actions counted'
                  : `${percent(pillar.completion)}% complete`}
              </span>
            </label>
            <progress id={id} max={100} value={percent(pillar.completion)} />
            <span className="techcommit-pillar-counts">
              {pillar.actions} actions · {pillar.open} open · {pillar.overdue} overdue
              {pillar.actions === 0 && pillar.required ? ' · no action covers this pillar' : ''}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
