import { collapseWhitespace } from '../text/cleanCellText'
import { namesPresent } from './namesPresent'
import { ROLL_LABEL_WORDS } from './rollLabelWords'

/** The most names one item opens with ("Ana, Bo und Cai machen …"). */
const maxNames = 4

/**
 * "Wiebke lädt …", "Jonas, Kai und Nils machen …", "Odile présente …": one to four first names (a capital, then
 * lower-case letters), joined by commas or a language's "and", then a word in lower case. Group 1 is the names.
 * Anchored and bounded.
 */
const namesThenVerb =
  /^(\p{Lu}\p{Ll}{1,20}(?:(?:, | and | und | et | y | en | og | i | & )\p{Lu}\p{Ll}{1,20}){0,3}) (?=\p{Ll}{2})(?!(?:and|und|et|en|og) )/u

/** What joins the names {@link namesThenVerb} reads. */
const joiner = /, | and | und | et | y | en | og | i | & /

/**
 * The members an item of minutes opens with as the subject of its sentence, when at least one of them is on the
 * minutes' roll (`present`: the first names, lower-cased): "Wiebke schickt die Liste herum" → ['Wiebke'], "Jonas,
 * Kai und Nils streichen den Flur" → all three, as a member on the roll vouches for the others named beside
 * them. Minutes in French and German tell who does what in the present tense ("Odile envoie …", "Jonas
 * kauft …"), so the verb's tense is not read. Empty when the item opens with anything else: a capitalised noun
 * no one on the roll is called ("Holz wird …"), or a name before a capitalised word ("Ana Cruz reported").
 *
 * @example
 * membersOpeningItem('Jonas kauft die Farbe', new Set(['jonas', 'ana'])) // ['Jonas']
 * membersOpeningItem('Farbe für den Flur', new Set(['jonas'])) // []
 */
export function membersOpeningItem(title: string, present: ReadonlySet<string>): string[] {
  if (present.size === 0) return []
  const match = namesThenVerb.exec(title.slice(0, 200))
  if (match === null) return []
  const names = match[1]!.split(joiner)
  if (names.length > maxNames || !names.some((name) => present.has(name.toLowerCase()))) return []
  return names
}

/** At most this many rows at the top of the page are read for a roll. */
const maxRollRows = 40

/** "### Attendees", "Present:", "**Anwesend**": a roll's label alone on its line, heading marks allowed. */
const rollHeading = new RegExp(`^#{0,4}\\s{0,2}\\**(?:${ROLL_LABEL_WORDS})\\**\\s{0,2}:?\\**$`, 'iu')

/** "* Bryn", "- Ana Cruz", "• Tomas": one name a line under the roll's heading, bulleted. Group 1 the first name. */
const bulletedName = /^[*•–-]\s{1,3}(\p{Lu}\p{Ll}{1,20})(?: \p{Lu}\p{Ll}{1,20})?$/u

/**
 * The first names of minutes' roll (lower-cased): those `namesPresent` reads ("Present: Ana Cruz, Bo Lind"), and those
 * written one a line as bullets under a roll's heading ("### Attendees" over "* Bryn", "* Elin"), as notes kept in
 * Markdown list who came.
 *
 * @example
 * rollOfMinutes([['### Attendees'], ['* Bryn'], ['* Elin Ward'], ['### Agenda']]) // Set {'bryn', 'elin'}
 */
export function rollOfMinutes(table: readonly (readonly string[])[]): ReadonlySet<string> {
  const names = new Set(namesPresent(table))
  const top = table.slice(0, maxRollRows)
  for (let at = 0; at < top.length; at++) {
    if (!rollHeading.test(collapseWhitespace(top[at]![0] ?? ''))) continue
    for (at++; at < top.length; at++) {
      const name = bulletedName.exec(collapseWhitespace(top[at]![0] ?? ''))
      if (name === null) break
      names.add(name[1]!.toLowerCase())
    }
  }
  return names
}
