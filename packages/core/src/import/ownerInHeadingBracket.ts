import { bracketAtEnd } from './bracketAtEnd'

/** "Release Manager: Ana Ruiz", "Lead: Estates", "Project owner – Jo Park": a role's label, then who holds it. The
 * label is at most three words and ends in a role word. Anchored and bounded. */
const roleAndName =
  /^(?:[a-z][a-z-]{0,20}\s){0,2}(?:lead|leads|owner|owners|manager|managers|coordinator|co-ordinator|chair|responsible|contact|champion)\s{0,2}(?::|\s[–—-])\s{0,3}(\S.{0,70})$/i

/**
 * The owner a heading names in its closing bracket, by role: "2.4 release (Release Manager: Ana Ruiz)", "Spring
 * term (Lead: Estates)". A schedule or plan written in groups prints who runs each group once, beside the group's
 * name; a careful reader gives every item under the heading that owner, and keeps the heading as the group's name.
 * Null when the line does not end in such a bracket, or the bracket opens the line.
 *
 * @example
 * ownerInHeadingBracket('2.4 release (Release Manager: Ana Ruiz)') // 'Ana Ruiz'
 * ownerInHeadingBracket('Spring term (see the calendar)') // null
 */
export function ownerInHeadingBracket(line: string): string | null {
  const bracket = bracketAtEnd(line.trim())
  if (bracket === null || bracket.open === 0 || bracket.shape !== '(') return null
  const match = roleAndName.exec(bracket.inner.trim())
  return match === null ? null : match[1]!.trim()
}
