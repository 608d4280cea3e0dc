import type { ColumnField } from './columnSynonyms'

const descriptionWord = /\bdesc(?:ription)?\b/i
/** "Key actions", "Specific Actions", "Actions required": a header the synonyms give the description, naming actions. */
const actionsWord = /\bactions\b/i

/**
 * True when a header says "description" ("Description", "Action description", "Task desc"): the headers that
 * {@link descriptionAsAction} reads as the action when no column names it.
 *
 * @example
 * namesDescription('Action description') // true
 * namesDescription('Background') // false
 */
export function namesDescription(header: string): boolean {
  return descriptionWord.test(header.slice(0, 80))
}

/**
 * True when a header names a description column in words that say it holds the actions ("Key Actions (2018-19)",
 * "Specific Actions", "Supporting actions required"): beside an objective column these are the steps that serve
 * it, but with no column naming the action they are the actions themselves, as school boards' and safeguarding
 * boards' business plans head their tables ("Specific Actions | Timescale/Target | Lead | …", "Key Actions |
 * Look Fors").
 *
 * @example
 * namesActions('Key Actions (2018-19)') // true
 * namesActions('Rationale') // false
 */
export function namesActions(header: string): boolean {
  return actionsWord.test(header.slice(0, 80))
}

/**
 * A header row that names a description column ("Action description", "Description") but no action column: the
 * description is the action. Action logs and trackers often have no separate title, only an ID, a description,
 * an owner and a date ("Action ID | Action description | Owner | Target date", a committee's "Action # |
 * Description | Point Person"), and a business plan's "Specific Actions | Timescale | Lead" ({@link namesActions}).
 * Only a header that says "description" or "actions" (not "Background" or "How"), beside at
 * least one other named column. Moves the description column to `title` in place and returns true when it did;
 * a caller that ignored either field is left alone.
 *
 * @example
 * const fields = new Map([['id', 0], ['description', 1]])
 * descriptionAsAction(fields, new Set(), ['Action ID', 'Action description']) // true; fields.get('title') === 1
 */
export function descriptionAsAction(
  fields: Map<ColumnField, number>,
  ignored: ReadonlySet<ColumnField>,
  headers: readonly string[],
): boolean {
  if (fields.has('title') || ignored.has('title') || ignored.has('description')) return false
  const index = fields.get('description')
  const header = headers[index ?? -1] ?? ''
  if (index === undefined || fields.size < 2 || !(namesDescription(header) || namesActions(header)))
    return false
  fields.delete('description')
  fields.set('title', index)
  return true
}
