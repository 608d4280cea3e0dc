/** The last word of one unit's name, in the singular: "… Engagement team", "… Commercial Group". */
const unitWord =
  /\s(?:team|group|board|committee|unit|service|directorate|department|division|office|forum|network|panel|partnership)$/i
/** One capitalised word: "Communities", "Equality". An acronym ("HR") is a unit of its own, so it is not one. */
const listedWord = /^[A-Z][a-z]{1,20}$/
/** Plural roles name people, not the parts of a unit's name: "Deans, Directors and …" is a list of owners. */
const roleWord = /^(?:deans|directors|heads|managers|leads|leaders|officers|chairs|members|staff|students)$/i

/**
 * True when a comma list is the name of one unit whose subjects are listed: single capitalised words, then the
 * last subjects joined by "and" or "&" before one singular unit word ("Communities, Policy & Engagement team",
 * "Equality, Diversity and Inclusion Officer Group"). Such a line is one owner, not one per comma.
 *
 * @example
 * isListedUnitName('Community, Client and Commercial Group') // true
 * isListedUnitName('Deans, Directors and E&D Manager') // false
 */
export function isListedUnitName(line: string): boolean {
  const parts = line.split(',').map((part) => part.trim())
  if (parts.length < 2 || parts.length > 6) return false
  const last = parts[parts.length - 1]!
  if (!unitWord.test(last) || !(last.includes(' and ') || last.includes(' & '))) return false
  if (!/^[A-Z]/.test(last) || last.split(' ').length > 8) return false
  return parts.slice(0, -1).every((part) => listedWord.test(part) && !roleWord.test(part))
}
