import type { ColumnField } from './columnSynonyms'

const descriptionWord = /\bdesc(?:ription)?\b/i

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
 * A header row that names a description column ("Action description", "Description") but no action column: the
 * description is the action. Action logs and trackers often have no separate title, only an ID, a description,
 * an owner and a date ("Action ID | Action description | Owner | Target date", a committee's "Action # |
 * Description | Point Person"). Only a header that says "description" (not "Background" or "How"), beside at
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
  if (index === undefined || fields.size < 2 || !namesDescription(headers[index] ?? '')) return false
  fields.delete('description')
  fields.set('title', index)
  return true
}
