import type { Taxonomy } from '@techcommit/core'
import { technicianCommitment } from '@techcommit/core'
import type { ReactElement } from 'react'

/** Props of {@link PillarBadges}. */
export interface PillarBadgesProps {
  /** Pillar codes from an action, e.g. `["V", "C"]`. Unknown codes are shown as written. */
  readonly codes: readonly string[]
  /** The taxonomy the codes belong to. Defaults to the Technician Commitment. */
  readonly taxonomy?: Taxonomy
  /** Extra class on the list, for the host page's styles. */
  readonly className?: string
}

/**
 * Shows an action's pillars as a list of short badges, each with the pillar's full name as its accessible
 * name and tooltip. Text is rendered through React, never as HTML, so hostile cell text cannot inject markup.
 *
 * @example
 * <PillarBadges codes={action.pillars} />
 * // <ul aria-label="Pillars"><li title="Visibility" aria-label="Visibility">V</li>…</ul>
 */
export function PillarBadges({
  codes,
  taxonomy = technicianCommitment,
  className,
}: PillarBadgesProps): ReactElement {
  return (
    <ul aria-label="Pillars" className={className ?? 'techcommit-pillars'} data-taxonomy={taxonomy.id}>
      {codes.map((code) => {
        const pillar = taxonomy.pillars.find((p) => p.code === code)
        const name = pillar?.name ?? code
        return (
          <li key={code} title={name} aria-label={name} data-pillar={code}>
            {code}
          </li>
        )
      })}
    </ul>
  )
}
