/** "but also", "but with": the others named after the lead ("HR (lead) but Estates too"); never "but not", "but only". */
const butAlso = String.raw`but(?:\s{1,3}also)?(?:\s{1,3}with)?(?=\s{1,3}(?!not\b|only\b)\S)`
/** "working with", "in partnership with", "together with", "but also": two owners who share the work, the lead first. */
const sharingPhrase = new RegExp(
  String.raw`\s(?:working\s{1,3}with|in\s{1,3}(?:collaboration|partnership)\s{1,3}with|jointly\s{1,3}with|along\s{1,3}with|together\s{1,3}with|${butAlso})\s`,
  'i',
)
/** "with", "along with", "as well as", "and", "but also": a joining word opening the part after a comma ("HR, with Comms"). */
const openingJoiner = new RegExp(
  String.raw`^\s{0,3}(?:(?:along|together|jointly|working)\s{1,3}with|with|as\s{1,3}well\s{1,3}as|and|&|plus|${butAlso})\s{1,3}(?=\S)`,
  'i',
)
/** "too", "as well" closing the others named ("… but Estates too"): it says they join the lead, and is no name. */
const alsoAtEnd = /\s{1,3}(?:too|as\s{1,3}well)$/i
/** "the" before a capitalised name, which belongs to the sentence, not the name ("the Students’ Union"). */
const article = /^the\s{1,3}(?=[A-Z])/

/**
 * The owners in one part of an owner cell joined by a phrase that shares the work: "Careers Service working with
 * Alumni Relations" and "HR in partnership with the Students’ Union" are two owners each, the lead first; a
 * part that opens with a joining word after a comma ("HR, with Comms", "Faculty Deans, as well as HR", "HR, and
 * Estates") names its owner without it. Others named after the lead with "but" ("HR (lead) but Estates too", "HR
 * but also Comms", "HR (lead) but with others too") share the work as well; "but not Estates" names nobody more.
 *
 * @example
 * splitCoOwners('Library together with Digital Services') // ['Library', 'Digital Services']
 * splitCoOwners(' as well as HR') // ['HR']
 * splitCoOwners('Library (lead) but Digital Services too') // ['Library (lead)', 'Digital Services']
 */
export function splitCoOwners(part: string): string[] {
  const opened = openingJoiner.exec(part)
  const text = opened === null ? part : part.slice(opened[0].length).trimEnd().replace(alsoAtEnd, '')
  const phrase = sharingPhrase.exec(text)
  if (phrase === null) return [text]
  const lead = text.slice(0, phrase.index).trim()
  const other = text
    .slice(phrase.index + phrase[0].length)
    .trim()
    .replace(alsoAtEnd, '')
    .replace(article, '')
  return lead === '' || other === '' ? [text] : [lead, other]
}
