import { isOfficeWord } from './isOfficeWord'

/** The last word of a body that can own work: "Working group", "MPLS ED&I team", "Diversity Committee", "Transport
 * Agency", "Scottish Government". */
const bodyNoun =
  /^(?:group|team|committee|council|board|panel|forum|office|unit|department|network|liaison|ministry|agency|authority|directorate|commission|executive|government|treasury|trust|services?)$/i

/**
 * Whether a word is the last word of a role or a body that can own work: an office ({@link isOfficeWord}: "Manager",
 * "Treasurer") or a body ("Committee", "team", "Agency").
 *
 * @example
 * isRoleOrBodyWord('Writer') // true
 * isRoleOrBodyWord('Committee') // true
 * isRoleOrBodyWord('March') // false
 */
export function isRoleOrBodyWord(word: string): boolean {
  return bodyNoun.test(word) || isOfficeWord(word)
}
