/** "working with", "in partnership with", "together with": two owners who share the work, the lead first. */
const sharingPhrase =
  /\s(?:working\s{1,3}with|in\s{1,3}(?:collaboration|partnership)\s{1,3}with|jointly\s{1,3}with|along\s{1,3}with|together\s{1,3}with)\s/i
/** "with", "along with", "as well as", "and": a joining word opening the part after a comma ("HR, with Comms"). */
const openingJoiner =
  /^\s{0,3}(?:(?:along|together|jointly|working)\s{1,3}with|with|as\s{1,3}well\s{1,3}as|and|&|plus)\s{1,3}(?=\S)/i
/** "the" before a capitalised name, which belongs to the sentence, not the name ("the Students’ Union"). */
const article = /^the\s{1,3}(?=[A-Z])/

/**
 * The owners in one part of an owner cell joined by a phrase that shares the work: "Careers Service working with
 * Alumni Relations" and "HR in partnership with the Students’ Union" are two owners each, the lead first; a
 * part that opens with a joining word after a comma ("HR, with Comms", "Faculty Deans, as well as HR", "HR, and
 * Estates") names its owner without it.
 *
 * @example
 * splitCoOwners('Library together with Digital Services') // ['Library', 'Digital Services']
 * splitCoOwners(' as well as HR') // ['HR']
 */
export function splitCoOwners(part: string): string[] {
  const opened = openingJoiner.exec(part)
  const text = opened === null ? part : part.slice(opened[0].length)
  const phrase = sharingPhrase.exec(text)
  if (phrase === null) return [text]
  const lead = text.slice(0, phrase.index).trim()
  const other = text
    .slice(phrase.index + phrase[0].length)
    .trim()
    .replace(article, '')
  return lead === '' || other === '' ? [text] : [lead, other]
}
