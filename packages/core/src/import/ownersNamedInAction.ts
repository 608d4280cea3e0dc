/** "HR to review …", "TSG and SMT to agree …": acronyms opening the action, then "to" and a verb ("EDI to be
 * embedded …" is passive: EDI is what is done, not who does it). */
const namedOwners =
  /^([A-Z][A-Z0-9]{1,7}(?:\s{0,2}(?:\/|,|&|and)\s{1,2}[A-Z][A-Z0-9]{1,7}){0,3})\s{1,2}to\s{1,2}(?!be\b)[a-z]/

/**
 * The owners an action names at its start when the table has no owners column: "FST to pilot technical
 * representation" is owned by FST. Only acronyms (a unit's short name) are read this way — "Staff to attend"
 * names nobody in particular. Returns [] when the action opens otherwise.
 *
 * @example
 * ownersNamedInAction('HR and TSG to review the induction pack') // ['HR', 'TSG']
 * ownersNamedInAction('Review the induction pack') // []
 */
export function ownersNamedInAction(title: string): string[] {
  const match = namedOwners.exec(title)
  if (match === null) return []
  return match[1]!.split(/\s{0,2}(?:\/|,|&|\band\b)\s{0,2}/).filter((name) => name !== '')
}
