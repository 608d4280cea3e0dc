import { ownerColumnReadings } from './readsAsOwnerList'

/**
 * Whether a column without a header holds the owners because its cells read as owner lists
 * ({@link ownerColumnReadings}): two or more filled cells, at least 80% of them names, roles, teams or initials and
 * at least half surely so (a role, a unit, initials or a person's name, not one capitalised word alone). A column of
 * short phrases that are not names (a theme, a short task, a place) is not. Returns the evidence, or null.
 *
 * @example
 * ownerListColumn(['Head of Estates', 'Jane Smith / HR Director', '']) // '100% of cells read as names, roles or teams'
 * ownerListColumn(['Safer streets', 'Green spaces']) // null
 */
export function ownerListColumn(cells: readonly string[]): string | null {
  const { cells: filled, names, sure } = ownerColumnReadings(cells)
  if (filled < 2 || names < 0.8 * filled || sure < 0.5 * filled) return null
  return `${Math.round((names / filled) * 100)}% of cells read as names, roles or teams`
}

/** The score a column of owner lists gets as the owners: above any column of merely short cells (at most 0.68). */
export const ownerListScore = 0.75
