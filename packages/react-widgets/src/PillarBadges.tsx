import type { Taxonomy } from '@techcommit/core'
import { technicianCommitment } from '@techcommit/core'
import type { ReactElement } from 'react'
import { useLocalizer } from './i18n/TechcommitProvider'

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
 * Shows an action's pillars as a list of short badges; each reads out as the pillar's full name in the
 * current language. Text is rendered through React, never as HTML, so hostile cell text cannot inject markup.
 *
 * @example
 * <PillarBadges codes={action.pillars} />
 * // <ul><li title="Visibility"><span aria-hidden="true">V</span><span class="techcommit-sr-only">Visibility</span></li>…</ul>
 */
export function PillarBadges({
  codes,
  taxonomy = technicianCommitment,
  className,
}: PillarBadgesProps): ReactElement {
  const l = useLocalizer()
  return (
    <ul
      aria-label={l.messages.columns.pillars}
      className={className === undefined ? 'techcommit-pillars' : `techcommit-pillars ${className}`}
      data-taxonomy={taxonomy.id}
    >
      {codes.map((code) => {
        const name = l.pillar(code, taxonomy)
        return (
          <li key={code} title={name} data-pillar={code}>
            <bdi aria-hidden="true">{code}</bdi>
            <span className="techcommit-sr-only">{name}</span>
          </li>
        )
      })}
    </ul>
  )
}
