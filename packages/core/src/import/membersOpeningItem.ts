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
