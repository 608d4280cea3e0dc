/**
 * The text of an item struck through as a whole, as Markdown writes strikethrough ("~~Publish the roadmap~~"): on a
 * roadmap or a to-do list a struck item is one the team has done and crossed off. Returns the text between the
 * marks, trimmed, or null when the item is not struck through as a whole ("Use ~~old~~ new wording" is not).
 * Plain string checks: linear on any cell.
 *
 * @example
 * struckThrough('~~Publish the roadmap.~~') // 'Publish the roadmap.'
 * struckThrough('Publish the roadmap.') // null
 */
export function struckThrough(text: string): string | null {
  if (text.length < 5 || !text.startsWith('~~') || !text.endsWith('~~')) return null
  const inner = text.slice(2, -2).trim()
  return inner === '' || inner.includes('~~') || inner.startsWith('~') || inner.endsWith('~') ? null : inner
}
