import type { Pillar, Taxonomy } from '../model/taxonomySchema'
/**
 * Finds a pillar of a taxonomy by its code (case-insensitive), e.g. to show "Career Development" for `C`.
 * Returns `undefined` for a code the taxonomy does not have.
 *
 * @example
 * ```ts
 * getPillar(technicianCommitment, 'c')?.name // 'Career Development'
 * ```
 */
export function getPillar(taxonomy: Taxonomy, code: string): Pillar | undefined {
  const wanted = code.trim().toLowerCase()
  return taxonomy.pillars.find((p) => p.code.toLowerCase() === wanted)
}
