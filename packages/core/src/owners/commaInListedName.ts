/** "Director of Research", "Head of Learning", "Pro-Vice-Chancellor for Education", "Department of Health": a
 * role or body over its remit, the first part of a name whose remit is listed. Bounded and anchored: linear. */
const roleOverRemit =
  /^\s{0,3}(?:(?:deputy|assistant|associate|executive|senior|interim|acting|pro)[\s-]{1,3})?(?:head|director|dean|manager|lead|chair|officer|registrar|vice[\s-]{1,3}(?:chancellor|principal|provost|president)|pro[\s-]{1,3}vice[\s-]{1,3}chancellor|pvc|dvc|vp|department|dept\.?|ministry|office|school|faculty|institute|centre|center|committee|board|group)\s{1,3}(?:of|for)\s{1,3}(?:the\s{1,3})?[A-Z][\p{L}’'-]{0,25}(?:\s{1,3}[A-Z][\p{L}’'-]{0,25}){0,2}\s{0,3}$/iu
/** "Oficina General de Planificación", "Dirección de Investigación", "Vicerrectorado de Investigación": a Spanish
 * university's office or post over its remit, as "Director of Research" is. Bounded and anchored: linear. */
const spanishRoleOverRemit =
  /^\s{0,3}(?:oficina|direcci[oó]n|director|directora|vicerrectorado|vicerrector|departamento|secretar[ií]a|unidad|coordinaci[oó]n|jefatura|decanato|facultad|escuela|centro|instituto|comit[eé]|comisi[oó]n)(?:\s{1,3}(?:general|ejecutiva|ejecutivo|central|universitaria|universitario|acad[eé]mica|acad[eé]mico)){0,2}\s{1,3}(?:de|del)\s{1,3}(?:(?:la|las|los)\s{1,3})?[A-Z\u00C0-\u00DE][\p{L}’'-]{0,25}(?:\s{1,3}[A-Z\u00C0-\u00DE][\p{L}’'-]{0,25}){0,2}\s{0,3}$/iu
/** One listed subject: one to three capitalised words ("Outreach", "Student Experience", "Knowledge Exchange"),
 * none an acronym: "CWG" or "HR" is a unit of its own, so a list holding one is a list of owners. */
const subject = /^[A-Z][\p{Ll}’'-][\p{L}’'-]{0,24}(?:\s[A-Z][\p{Ll}’'-][\p{L}’'-]{0,24}){0,2}$/u
/** The joiner of the last subjects, "and" or "&" (an Oxford comma's "and Engineering" too), or the Spanish "y". */
const closingJoin = /(?:^|\s)(?:and|&|y)\s/
/** A word that names people or a body: a list holding one is a list of owners, not one name's subjects. */
const ownerWord =
  /\b(?:heads?|directors?|deans?|managers?|officers?|leads?|leaders?|chairs?|teams?|offices?|committees?|boards?|groups?|units?|members|partners|registrar|secretary|school|faculty)\b/i
/** One singular body or role that listed subjects may name: "… Inclusion Committee", "… Engagement team". */
const bodyOrRole =
  /\s(?:committee|group|board|team|unit|service|directorate|department|division|office|forum|network|panel|partnership|manager|officer|lead|director|adviser|advisor|co-?ordinator|champion|administrator|working group|sub-?committee)$/i
/** A subject word of the field of equality, diversity and inclusion: three of them name the field itself. */
const ediWord = /^(?:equality|equity|diversity|inclusion|inclusivity|belonging|access|accessibility)$/i
/** One capitalised word, not an acronym: "Equality", "Research". "HR" or "EDI" is a unit of its own. */
const oneWord = /^[A-Z][a-z’'-]{1,25}$/

/** The parts of a comma list after this comma, up to the next separator of another kind, at most six. */
function listedParts(rest: string): string[] {
  const tail = rest.slice(0, 240)
  const cut = tail.search(/[/;\n|•·\t(]/)
  return (cut < 0 ? tail : tail.slice(0, cut)).split(',', 7).map((part) => part.trim())
}

/** The last listed subjects as the parts they join ("Teaching and Student Experience" → two), or null. */
function closing(part: string): string[] | null {
  const joined = closingJoin.exec(part)
  if (joined === null) return null
  const left = part.slice(0, joined.index).trim()
  const right = part.slice(joined.index + joined[0].length).trim()
  return left === '' ? [right] : [left, right]
}

/**
 * True when the comma in an owner cell falls inside one name whose subjects are listed, closed by "and" or "&",
 * so it joins one owner, as UK universities name their posts, committees and directorates:
 * - a role or body over its listed remit: "Director of Estates, Facilities and Commercial Services", "Head of
 *   Learning, Teaching and Student Experience", "Pro-Vice-Chancellor for Education, Students and Culture";
 * - listed subjects before one singular body or role: "Equality, Diversity and Inclusion Committee", "Learning,
 *   Teaching and Assessment Manager";
 * - a Spanish office or post over its remit, closed by "y": "Oficina General de Planificación, Presupuesto y
 *   Finanzas", "Dirección de Investigación, Innovación y Transferencia";
 * - the field of equality, diversity and inclusion named by its words alone: "Equality, Diversity and Inclusion",
 *   "Diversity, Equity, Inclusion and Belonging".
 * `before` is the cell's text since the last split, `rest` the text after this comma. A list holding a person, a
 * team or another post ("Director of People, HR and EDI teams", "Deans, Directors and Heads of School"), an
 * acronym before the comma ("HR, Comms and EDI team") or no closing "and" ("Director of HR, Estates") is a list
 * of owners.
 *
 * @example
 * commaInListedName('Director of Research', ' Enterprise and Engagement') // true
 * commaInListedName('Equality', ' Diversity and Inclusion Manager') // true
 * commaInListedName('HR', ' Comms and EDI team') // false
 */
export function commaInListedName(before: string, rest: string): boolean {
  // Most commas part owners with no "and" after them: no name here is closed, so nothing more to read.
  if (before.length > 200 || !closingJoin.test(rest.slice(0, 240))) return false
  // The name's opening ("Director of Research", "Equality") and the subjects already listed after it.
  const [opening = '', ...listed] = before.split(',').map((part) => part.trim())
  if (listed.some((part) => !subject.test(part) || closingJoin.test(part))) return false
  const parts = listedParts(rest)
  const lastIndex = parts.findIndex((part) => closingJoin.test(part))
  if (lastIndex < 0) return false
  const middle = [...listed, ...parts.slice(0, lastIndex)]
  const last = closing(parts[lastIndex]!)
  if (last === null || !middle.every((part) => subject.test(part))) return false
  if (roleOverRemit.test(opening) || spanishRoleOverRemit.test(opening)) {
    // "… of Research, Enterprise and Engagement": every listed subject a subject, none a person or a team.
    return [...middle, ...last].every((part) => subject.test(part) && !ownerWord.test(part))
  }
  if (!oneWord.test(opening) || ownerWord.test(opening)) return false
  if ([opening, ...middle, ...last].every((word) => ediWord.test(word))) return true
  // "Equality, Diversity and Inclusion Committee": single subjects, then the last joined before one body or role.
  const final = last[last.length - 1]!
  return (
    [...middle, ...last.slice(0, -1)].every((part) => oneWord.test(part) && !ownerWord.test(part)) &&
    subject.test(final) &&
    bodyOrRole.test(final) &&
    final.split(' ').length <= 4 &&
    !/^[A-Z]{2,}/.test(final)
  )
}
