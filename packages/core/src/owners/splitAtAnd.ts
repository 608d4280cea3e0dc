/** A word that ends the name of a role or a body of people ("… Officer", "… Deans", "… Office"). */
const endWord =
  /^(?:officers?|managers?|directors?|heads?|deans?|leads?|leaders?|co-?ordinators?|advis[eo]rs?|administrators?|registrars?|secretar(?:y|ies)|chairs?|champions?|partners?|team|teams|office|offices|committee|group|sub-?group|board|unit|service|services|union|partnership|school|faculty|department|directorate|centre|center|network|forum|panel|library|council)$/i
/** A role in the plural, a name of its own: "Deans", "Directors", "Heads of School". */
const pluralRole =
  /^(?:deans|directors|heads|managers|officers|leads|leaders|chairs|registrars|provosts|principals)$/i
/** A word that opens a role over a remit: "Head of HR", "Director of Finance". */
const openingRole = /^(?:heads?|directors?|deans?|chairs?|managers?|officers?|leads?)$/i
/** A role named for its remit with "for": "Cabinet Member for Resources", "Portfolio Holder for Housing". */
const remitRole =
  /^(?:members?|holders?|ministers?|secretar(?:y|ies)|spokesp(?:erson|eople)|commissioners?|heads?|directors?|leads?|managers?|officers?|champions?)$/i
/** An acronym: "HR", "EDI", "IT", "HoDs". */
const acronym = /^(?:[A-Z][A-Z0-9]{1,7}|[A-Z]o[A-Z]{1,3})s?$/

/** True when the text names one whole owner by itself: a role or body of two or more words ("Chief People
 * Officer", "Research Office"), a role over a remit ("Head of HR", "Cabinet Member for Resources"), or a plural
 * role ("Deans"). */
function isWholeOwner(text: string): boolean {
  const words = text.split(/\s+/)
  const first = words[0] ?? ''
  const last = words[words.length - 1] ?? ''
  if (words.length === 1) return pluralRole.test(first)
  if (/^all$/i.test(first)) return false
  if (endWord.test(last) || (openingRole.test(first) && words[1]?.toLowerCase() === 'of')) return true
  // "Cabinet Member for Resources", "Lead Member for Children": a role of one to three words, then its remit.
  for (let i = 0; i < 3 && i < words.length - 2; i++)
    if (remitRole.test(words[i]!) && words[i + 1]!.toLowerCase() === 'for') return true
  return false
}

/** "Cllrs Ames & Lee", "Drs Park and Shah": a plural title over two surnames, each its holder's. Anchored, no nesting. */
const sharedTitle =
  /^(cllrs|councillors|drs|profs|messrs)\.?\s{1,3}([A-Z][A-Za-z'’-]{1,30})\s{1,3}(?:&|and)\s{1,3}([A-Z][A-Za-z'’-]{1,30})$/i
/** The title each holder of a plural title bears. */
const singularTitles: ReadonlyMap<string, string> = new Map([
  ['cllrs', 'Cllr'],
  ['councillors', 'Councillor'],
  ['drs', 'Dr'],
  ['profs', 'Prof'],
  ['messrs', 'Mr'],
])

/**
 * One part of an owner cell split where "and" or "&" stands between two whole owners: two roles or bodies,
 * each named in full ("Chief People Officer & Chief Operating Officer", "Head of HR and Director of Finance",
 * "Faculty Deans and Heads of School"). Inside one name the joiner stays ("Research & Enterprise", "Estates and
 * Facilities", "Registrar and Secretary", "Head of Equality and Diversity", "Health and Safety Officer"). At the end
 * of a list of owners (`inList`: the part follows a comma that parted two owners) it also parts a word from an
 * acronym ("HR, Comms and EDI team", "Finance, Estates and IT"), as the list's last "and" does. A plural title over
 * two surnames is each holder's ("Cllrs Ames & Lee" → "Cllr Ames", "Cllr Lee").
 *
 * @example
 * splitAtAnd('Head of HR and Director of Finance', false) // ['Head of HR', 'Director of Finance']
 * splitAtAnd('Estates and Facilities', false) // ['Estates and Facilities']
 * splitAtAnd('Comms and EDI team', true) // ['Comms', 'EDI team']
 */
export function splitAtAnd(part: string, inList: boolean): string[] {
  if (part.length > 300 || part.includes('(')) return [part]
  const shared = sharedTitle.exec(part)
  if (shared !== null) {
    const title = singularTitles.get(shared[1]!.toLowerCase())!
    return [`${title} ${shared[2]!}`, `${title} ${shared[3]!}`]
  }
  // The names and the joiners between them: "A", "and", "B", "&", "C".
  const pieces = part.split(/\s(and|&)\s/)
  if (pieces.length < 3 || pieces.length > 11) return [part]
  const owners: string[] = []
  let current = pieces[0]!.trim()
  for (let i = 1; i < pieces.length; i += 2) {
    const joiner = pieces[i]!
    const next = pieces[i + 1]!.trim()
    const lastWord = current.split(/\s+/).pop() ?? ''
    const firstWord = next.split(/\s+/)[0] ?? ''
    // A name already joined over a comma ("Director of Estates, Facilities") ends its listed remit at the joiner.
    const both = !current.includes(',') && isWholeOwner(current) && isWholeOwner(next)
    const listEnd =
      inList &&
      i === pieces.length - 2 &&
      !current.includes(' ') &&
      (acronym.test(firstWord) || acronym.test(lastWord))
    if (both || listEnd) {
      owners.push(current)
      // "… and the Careers Coordinator": the article belongs to the sentence, not to the name.
      current = next.replace(/^the\s(?=[A-Z])/, '')
    } else {
      current = `${current} ${joiner} ${next}`
    }
  }
  owners.push(current)
  return owners
}
