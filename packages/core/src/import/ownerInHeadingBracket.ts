import { bracketAtEnd } from './bracketAtEnd'
import { lastSpacedDash } from './lastSpacedDash'

/** "Release Manager: Ana Ruiz", "Lead: Estates", "Project owner – Jo Park": a role's label, then who holds it. The
 * label is at most three words and ends in a role word. Anchored and bounded. */
const roleAndName =
  /^(?:[a-z][a-z-]{0,20}\s){0,2}(?:lead|leads|owner|owners|manager|managers|coordinator|co-ordinator|chair|responsible|contact|champion)\s{0,2}(?::|\s[–—-])\s{0,3}(\S.{0,70})$/i

/**
 * The owner a heading names in its closing bracket, by role: "2.4 release (Release Manager: Ana Ruiz)", "Spring
 * term (Lead: Estates)". A schedule or plan written in groups prints who runs each group once, beside the group's
 * name; a careful reader gives every item under the heading that owner, and keeps the heading as the group's name.
 * A heading may name its owner after a spaced dash instead ("Core services - primary contact Walter", "Outreach –
 * lead: Ana Ruiz"): a role's label, then a name of one to four capitalised words. Null when the line ends in neither,
 * or the bracket opens the line.
 *
 * @example
 * ownerInHeadingBracket('2.4 release (Release Manager: Ana Ruiz)') // 'Ana Ruiz'
 * ownerInHeadingBracket('Spring term (see the calendar)') // null
 */
export function ownerInHeadingBracket(line: string): string | null {
  const bracket = bracketAtEnd(line.trim())
  if (bracket === null || bracket.open === 0 || bracket.shape !== '(') return ownerAfterHeadingDash(line)
  const match = roleAndName.exec(bracket.inner.trim())
  return match === null ? null : match[1]!.trim()
}

/** A heading before its dash runs at most this many characters. */
const maxHeading = 80

/** "primary contact ", "lead: ", "coordinator – ": up to two words, a role word, then a colon, a dash or a space.
 * Lower case (the line is lowered first); anchored and bounded. */
const roleLabel =
  /^(?:[a-z][a-z-]{0,20}\s){0,2}(?:lead|leads|led by|owner|owners|manager|coordinator|co-ordinator|chair|responsible|contact|champion)\s{0,2}(?::|\s[–—-])?\s{1,3}/

/** "Ron", "Mark F.", "Ana Ruiz": one to four capitalised words, a person's name or a body's. Anchored, bounded. */
const capitalisedName = /^\p{Lu}[\p{L}.'’-]{0,30}(?:\s\p{Lu}[\p{L}.'’-]{0,30}){0,3}$/u

/**
 * "Core services - primary contact Walter", "Outreach – lead: Ana Ruiz": a heading, a spaced dash, then a role's label
 * and a name of one to four capitalised words, as a workplan names who runs each of its areas. Null otherwise (no
 * dash, no role word, or anything but a name after it: "Budget - lead times are long").
 */
function ownerAfterHeadingDash(line: string): string | null {
  const text = line.trim()
  const dash = lastSpacedDash(text)
  if (dash < 1 || dash > maxHeading) return null
  const tail = text.slice(dash + 3).trim()
  const label = roleLabel.exec(tail.toLowerCase())
  if (label === null) return null
  const name = tail.slice(label[0].length).trim()
  return capitalisedName.test(name) ? name : null
}
