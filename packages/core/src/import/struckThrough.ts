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

/**
 * The struck-through part a line opens with and the remark after it, as Markdown checklists cross an item off and
 * say why beside it ("~~[ ] Bring a spare router~~ not needed"): the text between the marks (trimmed) and the rest
 * (trimmed), or null when the line does not open with a struck part. Plain string checks: linear on any cell.
 *
 * @example
 * struckOpening('~~[ ] Bring a spare router~~ not needed') // { struck: '[ ] Bring a spare router', rest: 'not needed' }
 * struckOpening('Bring a ~~spare~~ router') // null
 */
export function struckOpening(text: string): { struck: string; rest: string } | null {
  if (!text.startsWith('~~')) return null
  const end = text.indexOf('~~', 2)
  if (end < 0) return null
  const struck = text.slice(2, end).trim()
  return struck === '' ? null : { struck, rest: text.slice(end + 2).trim() }
}
