/**
 * The last word of an office or a governing body that minutes and governance reviews task by name before "to": a
 * chair, a clerk, a secretary or a treasurer, a board or its trustees, a director, a head, a dean or a chancellor.
 * Anchored, one alternation of plain words, so it cannot backtrack.
 */
const governingOffice =
  /^(?:board|boards|trustees?|governors?|executive|director|directors|manager|managers|officer|officers|clerk|chair|chairs|chairman|chairmen|chairwoman|chairperson|chairpersons|head|heads|dean|deans|principal|president|secretary|treasurer|registrar|provost|chancellor|vice-chancellor)$/i

/**
 * Whether a word is the last word of an office or a governing body that owns the work a sentence gives it before
 * "to" ("Clerk to write to the council", "Board to amend the standing orders", "Chief executive to oversee the
 * review"). Narrower than `isOfficeWord`: before "to", a word such as "Lead", "Owner" or "Champion" opens a
 * heading or a thing ("Lead to be replaced") as often as it names who acts, so only the offices and bodies that
 * govern are read there.
 *
 * @example
 * isGoverningOffice('Clerk') // true
 * isGoverningOffice('Trustees') // true
 * isGoverningOffice('Champion') // false: an office, but not one read before "to"
 */
export function isGoverningOffice(word: string): boolean {
  return governingOffice.test(word)
}
