import type { Taxonomy } from '../model/taxonomySchema'

/**
 * Deep-freezes a taxonomy so a shared built-in cannot be changed by one caller under another's feet.
 * Internal: not part of the public API.
 */
export function freezeTaxonomy(taxonomy: Taxonomy): Taxonomy {
  for (const pillar of taxonomy.pillars) {
    Object.freeze(pillar.aliases)
    Object.freeze(pillar)
  }
  Object.freeze(taxonomy.pillars)
  return Object.freeze(taxonomy)
}
