/** A blank line: the break between two paragraphs of a cell. Bounded runs, so it is linear on any cell. */
const blankLine = /\n[ \t]{0,20}\n/

/**
 * The paragraphs of a cell, split at its blank lines, each trimmed, empty ones dropped ("• HR⏎• Estates⏎⏎• Library"
 * → two paragraphs). A parish, town or village plan's table gives each numbered target of one row a paragraph of
 * its own, and its timescale and stakeholder cells one paragraph per target in the same order.
 *
 * @example
 * paragraphsOf('Parish Council\n\nPolice\nHighways') // ['Parish Council', 'Police\nHighways']
 */
export function paragraphsOf(text: string): string[] {
  return text
    .split(blankLine)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
}
