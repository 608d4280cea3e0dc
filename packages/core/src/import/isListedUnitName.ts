/** The last word of one unit's name, in the singular: "… Engagement team", "… Commercial Group". */
const unitWord =
  /\s(?:team|group|board|committee|unit|service|directorate|department|division|office|forum|network|panel|partnership)$/i
/** One capitalised word: "Communities", "Equality". An acronym ("HR") is a unit of its own, so it is not one. */
const listedWord = /^[A-Z][a-z]{1,20}$/
/** Plural roles name people, not the parts of a unit's name: "Deans, Directors and …" is a list of owners. */
const roleWord = /^(?:deans|directors|heads|managers|leads|leaders|officers|chairs|members|staff|students)$/i

/** "Head of Student Records", "Director for Estates": a role over a remit, the first part of a role named by its
 * listed remit. Bounded and anchored: linear on any line. */
const roleOverRemit =
  /^(?:(?:deputy|assistant|associate)\s)?(?:head|director|manager|dean|lead)\s(?:of|for)\s[A-Z]/i
/** One to three capitalised words: "Timetabling", "Exam Boards", "C’monies" (an abbreviation kept as written). */
const remitWords = /^[A-Z][\p{L}’'-]{1,20}(?:\s[A-Z][\p{L}’'-]{1,20}){0,2}$/u

/**
 * True when a comma list is the name of one unit whose subjects are listed: single capitalised words, then the
 * last subjects joined by "and" or "&" before one singular unit word ("Communities, Policy & Engagement team",
 * "Equality, Diversity and Inclusion Officer Group"). So is one role over a listed remit: "Head of" or "Director
 * of" a subject, then capitalised subjects, the last two joined by "&" or "and" ("Head of Student Records,
 * Timetabling, Exams & Ceremonies"). Such a line is one owner, not one per comma.
 *
 * @example
 * isListedUnitName('Community, Client and Commercial Group') // true
 * isListedUnitName('Deans, Directors and E&D Manager') // false
 * isListedUnitName('Head of Student Records, Timetabling, Exams & Ceremonies') // true
 */
export function isListedUnitName(line: string): boolean {
  const parts = line.split(',').map((part) => part.trim())
  if (parts.length < 2 || parts.length > 6) return false
  const last = parts[parts.length - 1]!
  if (roleOverRemit.test(parts[0]!)) return isRemitList(parts.slice(1))
  if (!unitWord.test(last) || !(last.includes(' and ') || last.includes(' & '))) return false
  if (!/^[A-Z]/.test(last) || last.split(' ').length > 8) return false
  return parts.slice(0, -1).every((part) => listedWord.test(part) && !roleWord.test(part))
}

/** "Timetabling", "Exams & Ceremonies": the subjects after a role's first, the last two joined by "&" or "and". */
function isRemitList(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1]!
  const joined = last.split(/\s(?:&|and)\s/)
  if (joined.length !== 2) return false
  return [...parts.slice(0, -1), ...joined].every(
    (part) => remitWords.test(part.trim()) && !roleWord.test(part.trim()),
  )
}
