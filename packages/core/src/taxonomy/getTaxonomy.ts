import type { Taxonomy } from '../model/taxonomySchema'
import { researcherDevelopmentConcordat } from './researcherDevelopmentConcordat'
import { technicianCommitment } from './technicianCommitment'

/**
 * The taxonomies techcommit ships, the default first.
 *
 * @example
 * ```ts
 * builtInTaxonomies.map((t) => t.id) // ['technician-commitment', 'researcher-development-concordat']
 * ```
 */
export const builtInTaxonomies: readonly Taxonomy[] = Object.freeze([
  technicianCommitment,
  researcherDevelopmentConcordat,
])

/**
 * Looks a built-in taxonomy up by the id a plan stores (`plan.taxonomy`), so code holding only a plan can
 * show pillar names. Returns `undefined` for ids of taxonomies you defined yourself: keep those at hand.
 *
 * @example
 * ```ts
 * getTaxonomy(plan.taxonomy)?.name // 'Technician Commitment'
 * ```
 */
export function getTaxonomy(id: string): Taxonomy | undefined {
  return builtInTaxonomies.find((t) => t.id === id)
}
