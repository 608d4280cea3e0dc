import type { Taxonomy } from '../model/taxonomySchema'
import { builtInTaxonomies } from '../taxonomy/getTaxonomy'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { collapseWhitespace, hasText } from '../text/cleanCellText'

/** The framework a table was read against, and why. */
export interface TaxonomyGuess {
  readonly taxonomy: Taxonomy
  /** Plain words: `the title names "Researcher Development Concordat"`, or null for the default. */
  readonly evidence: string | null
}

/** Rows looked at for pillar names: enough for any plan's sections, bounded on any table. */
const searchRows = 200

// "Principle 1: Environment and Culture", "2. Employment", "Visibility:" → the pillar name alone.
const labelPrefix =
  /^(?:(?:principle|pillar|theme|section|strand|area|aim)\s{0,3})?[A-Za-z]?\d{0,2}(?:\.\d{1,2})?[.:)–—-]?\s{0,3}/i

/**
 * Guesses which framework a plan follows, among `candidates` (default: the built-in ones), the way a reader
 * does: a framework named in the first five rows, every word of its name in one cell ("Concordat for
 * Researcher Development Action Plan"), else the
 * framework most of whose pillar names stand as cells or section labels ("Principle 1: Environment and
 * Culture", "Employment"). Falls back to the Technician Commitment. `options.taxonomy` overrides the guess.
 *
 * @example
 * guessTaxonomy([['Researcher Development Concordat action plan'], ['Action', 'Date']]).taxonomy.id
 * // 'researcher-development-concordat'
 */
export function guessTaxonomy(
  table: readonly (readonly string[])[],
  candidates: readonly Taxonomy[] = builtInTaxonomies,
): TaxonomyGuess {
  const fallback =
    candidates.find((t) => t.id === technicianCommitment.id) ?? candidates[0] ?? technicianCommitment
  const rows = table.slice(0, searchRows)
  // Each framework's name split into its words once, not once a cell.
  const nameWords = candidates.map((taxonomy) => ({ taxonomy, words: wordsOfName(taxonomy) }))
  for (const row of rows.slice(0, 5)) {
    for (const cell of row) {
      const text = collapseWhitespace(cell).toLowerCase()
      if (text.length > 300) continue
      const named = nameWords.find(
        ({ words }) => words.length > 0 && words.every((word) => text.includes(word)),
      )?.taxonomy
      if (named !== undefined) {
        return { taxonomy: named, evidence: `row ${rows.indexOf(row) + 1} names "${named.name}"` }
      }
    }
  }
  // One pass over the cells for every framework: each pillar name, as written, to the frameworks that have it.
  const byName = new Map<string, { taxonomy: Taxonomy; name: string }[]>()
  for (const taxonomy of candidates) {
    for (const pillar of taxonomy.pillars) {
      const key = pillar.name.toLowerCase()
      byName.set(key, [...(byName.get(key) ?? []), { taxonomy, name: pillar.name }])
    }
  }
  const found = new Map<Taxonomy, Set<string>>()
  for (const row of rows) {
    for (const cell of row) {
      // A pillar label is short: most cells (action prose) are passed over without being read.
      if (cell.length > 60 || !hasText(cell)) continue
      const label = collapseWhitespace(cell).replace(labelPrefix, '').replace(/[:.]$/, '').toLowerCase()
      for (const hit of byName.get(label) ?? []) {
        const names = found.get(hit.taxonomy) ?? new Set<string>()
        names.add(hit.name)
        found.set(hit.taxonomy, names)
      }
    }
  }
  let best: { taxonomy: Taxonomy; names: Set<string> } | null = null
  for (const [taxonomy, names] of found) {
    if (best === null || names.size > best.names.size) best = { taxonomy, names }
  }
  // Two distinct pillar names, and more than the default's: one shared word ("Employment") is not enough.
  if (best !== null && best.taxonomy !== fallback && best.names.size >= 2) {
    return {
      taxonomy: best.taxonomy,
      evidence: `cells name ${best.names.size} of its pillars (${[...best.names].join(', ')})`,
    }
  }
  return { taxonomy: fallback, evidence: null }
}

/** The words of a framework's name a cell must hold, in any order, to name it ("Concordat for Researcher
 * Development" names the Researcher Development Concordat). */
function wordsOfName(taxonomy: Taxonomy): string[] {
  return taxonomy.name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 4)
}
