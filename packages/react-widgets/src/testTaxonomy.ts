import type { Taxonomy } from '@techcommit/core'

/** A small second taxonomy for widget tests. */
export function defineTaxonomyLike(): Taxonomy {
  return {
    id: 'test-concordat',
    name: 'Test concordat',
    pillars: [{ code: 'EC', name: 'Environment and Culture', description: '', aliases: [], optional: false }],
  }
}
