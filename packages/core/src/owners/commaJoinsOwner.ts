import { isHonorific } from './isHonorific'
/** A bare job title, perhaps with its grade ("Assistant Director"): before a comma it names a role in a unit
 * ("Director, P&C", "Head, School of Biology", "Deputy Director, People and Culture"; Australian public-service
 * posts named by their division or branch: "Assistant Commissioner, Client Services", "First Assistant
 * Secretary, Digital Division", "Assistant Statistician, Census Branch"; Canadian federal posts: "Director General,
 * Operations", "Assistant Deputy Minister, Policy", "ADM, Corporate Services"), the portfolio of a
 * North American vice-president ("VP, Human Resources", "Vice-President, Students"), or that of a UK
 * pro-vice-chancellor or vice-principal ("Pro-Vice-Chancellor, Research and Innovation", "PVC, Education"). */
const bareRole =
  /^\s*(?:(?:first\s+)?(?:assistant|deputy|associate|executive|senior)\s+)?(?:(?:director|secretary)(?:\s+general)?|head|dean|chair|manager|principal|provost|registrar|commissioner|statistician|superintendent|(?:assistant\s+)?deputy\s+minister|vp|avp|pvc|dvc|adm|dg|vice[ -]president|vice[ -]chancellor|vice[ -]principal|pro[ -]vice[ -]chancellor)\s*$/i

/** A person named with an honorific ({@link isHonorific}) and more words ("Mrs S Stewart", "Dr. A. Khan"). */
function namedWithHonorific(text: string): boolean {
  const words = text.trim().split(/\s+/)
  return words.length >= 2 && isHonorific(words[0]!)
}

/** A word that names a role ("Directors", "Secretary"). */
const roleWord =
  /^(?:directors?|heads?|deans?|chairs?|managers?|principals?|provosts?|registrars?|secretar(?:y|ies)|officers?|leads?|leaders?|coordinators?|administrators?|advisers?|advisors?)$/i

/** A job title: it ends in a role word ("University Secretary") or opens with one and "of" ("Head of HR"). */
function isRole(text: string): boolean {
  const words = text.trim().split(/\s+/)
  return (
    roleWord.test(words[words.length - 1] ?? '') ||
    (roleWord.test(words[0] ?? '') && (words[1] ?? '').toLowerCase() === 'of')
  )
}

/**
 * True when a comma between two parts of an owner cell joins one owner rather than separating two: a bare job
 * title before a unit ("Director, P&C", "Head, School of Biology"), or a person before their job title ("Mrs S
 * Stewart, University Secretary", "Jane Porter, Head of Legal Services"). A bare title before another role ("Dean,
 * Division Directors") separates two.
 *
 * @example
 * commaJoinsOwner('Director', ' P&C') // true
 * commaJoinsOwner('Mrs S Stewart', ' University Secretary') // true
 * commaJoinsOwner('Dean', ' Division Directors') // false
 */
export function commaJoinsOwner(before: string, after: string): boolean {
  // A unit or portfolio is named with a capital ("Director, P&C"); "team and section leaders" are other owners.
  if (bareRole.test(before)) return /^\s*[A-Z0-9]/.test(after) && !isRole(after)
  return (namedWithHonorific(before) || isPersonName(before)) && !namedWithHonorific(after) && isRole(after)
}

/** A word of a person's name: a capital, then lower-case letters ("Woodhouse", "O'Neill", "Smith-Jones"). */
const nameWord = /^\p{Lu}\p{Ll}{1,20}(?:['’-]\p{Lu}?\p{Ll}{1,20})?$/u

/** Words that name a unit or a group, never part of a person's name ("Student Services", "Research Office"). */
const unitWord =
  /^(?:services?|offices?|teams?|schools?|groups?|committees?|councils?|boards?|presidents?|vice|chief|executive|associate|assistant|deputy|senior|academic|divisional|trustees|members|department|unit|centre|center|union|library|college|faculty|division|directorate|estates|finance|resources|partnership|network|forum|panel|staff|students|governors|trust|management|research|planning|policy|communications|marketing|admissions|registry|careers|safety|health|wellbeing|equality|diversity)$/i

/**
 * A person's name written plainly, as a governance statement names an officer before their title ("Jane Porter,
 * Head of Legal Services"): two or three capitalised words, none a role or a unit's word.
 */
function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/)
  if (words.length < 2 || words.length > 3) return false
  return words.every((word) => nameWord.test(word) && !roleWord.test(word) && !unitWord.test(word))
}
