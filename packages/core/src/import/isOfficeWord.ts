/**
 * The last word of an office one person holds, in one or the plural, as minutes, boards' papers and clubs' task lists
 * name who acts: "Chair", "Vice-Chair", "Chairman", "Secretary", "Treasurer", "Clerk", "Registrar", "Scrum Master",
 * "Project Lead", "Webmaster". "vice-", "deputy-", "assistant-" or "co-" may open it. Bounded, so the match cannot
 * backtrack.
 */
const office =
  /^(?:(?:vice|deputy|assistant|co)-)?(?:chair(?:man|woman|person)?|secretary|secretaries|clerk|treasurer|president|registrar|convenor|convener|dean|principal|head|director|manager|lead|master|owner|officer|coordinator|co-ordinator|administrator|admin|editor|facilitator|organi[sz]er|writer|adviser|advisor|representative|champion|bookkeeper|accountant|webmaster|rfo)s?$/i

/**
 * Whether a word is the last word of an office one person holds ("Chair", "Treasurer", "Manager", "Lead"), or of its
 * plural ("Directors"). Every reader that names an owner by an office asks this one list.
 *
 * @example
 * isOfficeWord('Vice-Chair') // true
 * isOfficeWord('treasurers') // true
 * isOfficeWord('Committee') // false: a body, see isRoleOrBodyWord
 */
export function isOfficeWord(word: string): boolean {
  return office.test(word)
}
