/** "Department of Families", "Ministry for Culture", "the Department for Digital": a government body named by the
 * areas it covers. */
const departmentOf =
  /^\s{0,3}(?:the\s{1,3})?(?:department|dept\.?|ministry|office)\s{1,3}(?:of|for)\s{1,3}(?:the\s{1,3})?[A-Z]/i
/** One area of a portfolio: one to four words, each capitalised or a joining word ("Fairness and Housing",
 * "Land", "Culture, Media and Sport"). */
const area = /^\s{0,3}[A-Z][\w'’-]{0,25}(?:\s{1,3}(?:[A-Z][\w'’-]{0,25}|and|&|of|the)){0,3}\s{0,3}$/
/** The last area, joined by "and" or "&": the name ends there. */
const lastArea = /\s(?:and|&)\s/
/** A part that names another body or post, not an area: another owner. */
const namesAnother =
  /\b(?:department|dept|ministry|office|agency|authority|commission|council|police|service|services|team|unit|board|committee|minister|secretary|director|manager|officer)s?\b/i
/** An owner cell's separators other than the comma: a department's name never spans one. */
const otherSeparator = /[/;\n|•·\t]/

/**
 * True when the comma in an owner cell falls inside a government department's name, so it joins one owner:
 * Australian, New Zealand and UK government plans name the department or ministry that leads an action by the
 * areas it covers, listed with commas and closed by "and" ("Department of Families, Fairness and Housing",
 * "Department of Environment, Land, Water and Planning", "Department for Digital, Culture, Media and Sport").
 * The name runs from "Department of" over short capitalised areas to the one joined by "and": the parts after
 * the comma, up to the next separator of another kind, must be areas, the last of them with "and". A part that
 * names another body ("Department of Health, Victoria Police"), a name already closed by "and" ("…, Fairness and
 * Housing, Respect Victoria") or a list with no "and" ("Department of Health, Treasury") are other owners.
 *
 * @example
 * commaInDepartmentName('Department of Families', ' Fairness and Housing') // true
 * commaInDepartmentName('Department of Environment', ' Land', ' Land, Water and Planning') // true
 * commaInDepartmentName('Department of Health', ' Treasury') // false
 */
export function commaInDepartmentName(before: string, after: string, rest: string = after): boolean {
  if (before.length > 200) return false
  const opening = before.indexOf(',') < 0 ? before : before.slice(0, before.indexOf(','))
  if (!departmentOf.test(opening) || lastArea.test(before) || namesAnother.test(before.slice(opening.length)))
    return false
  // The parts from this comma to the next separator of another kind (bounded: a name is short).
  const tail = rest.slice(0, 200)
  const cut = tail.search(otherSeparator)
  const parts = (cut < 0 ? tail : tail.slice(0, cut)).split(',')
  let closing = -1
  for (let i = 0; i < parts.length; i++) {
    if (!area.test(parts[i]!) || namesAnother.test(parts[i]!)) return false
    if (lastArea.test(parts[i]!)) {
      closing = i
      break
    }
  }
  return closing >= 0
}
