import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { instructionVerbs } from './ownersNamedAsSubject'

/**
 * "Equity Officer runs …", "Student Liaison organises …": up to four capitalised words, then a lower-case verb in
 * the present ending in "s" (not "ss": "Access Officer address" is no verb of one person). Anchored, bounded runs.
 */
const presentSubject = /^((?:[A-Z][a-z]{1,20} ){0,3}[A-Z][a-z]{1,20}) ([a-z]{1,20}[a-rt-z]s) \S/

/**
 * "Parish Council confirm …", "FBC consult …": a body as British English writes it, with the verb in its plural
 * form, which is also the bare verb an instruction opens with. Group 1 is the body (up to four capitalised words, or
 * an acronym of two to six capitals), group 2 the verb, group 3 the word after it. Anchored, bounded runs.
 */
const pluralSubject =
  /^((?:[A-Z][a-z]{1,20} ){0,3}[A-Z][a-z]{1,20}|[A-Z]{2,6}) ([a-z]{2,20}) ([a-z(][a-z]{0,20})/

/** Names of a body of people, which British English gives a plural verb ("the Council agree"); one person's role
 * ("Officer", "Lead") takes a singular one, so "Landcare Officer work plan" names a plan, not who works. Plural
 * nouns ("Trustees approve the plan") are left to the readers of people the action serves. */
const collectiveBodies: ReadonlySet<string> = new Set([
  'council',
  'committee',
  'group',
  'board',
  'team',
  'panel',
  'forum',
  'partnership',
  'trust',
  'executive',
  'cabinet',
  'authority',
  'department',
  'directorate',
  'network',
])

/**
 * The role or body a line names as the subject of a verb in the present tense, as a term plan or a timeline writes
 * who does each item ("Equity Officer runs a reading group each month", "Student Liaison organises a welcome fair"):
 * the capitalised words before the verb, when the last of them is a role or a body ("Officer", "Liaison",
 * "Representative", "Committee"). Null for any other line ("Staff Survey shows …" names a thing, "Review the forms"
 * no one).
 *
 * @example
 * roleAsPresentSubject('Equity Officer runs a reading group each month') // 'Equity Officer'
 * roleAsPresentSubject('Staff Survey shows a rise in trust') // null
 */
export function roleAsPresentSubject(text: string): string | null {
  const line = text.trimStart().slice(0, 200)
  const match = presentSubject.exec(line)
  if (match !== null) {
    const subject = match[1]!
    return isRoleOrBodyWord(subject.slice(subject.lastIndexOf(' ') + 1)) ? subject : null
  }
  // "Parish Council confirm the decision", "FBC consult on the area": a body taking a plural verb.
  const plural = pluralSubject.exec(line)
  // "RE lead to ensure …": a noun before "to", the role's own name; "Steering Group meet quarterly": a habit of the
  // body (an adverb after the verb), not an item it takes on.
  if (plural === null || !instructionVerbs.has(plural[2]!) || plural[3] === 'to' || plural[3]!.endsWith('ly'))
    return null
  const body = plural[1]!
  return /^[A-Z]+$/.test(body) || collectiveBodies.has(body.slice(body.lastIndexOf(' ') + 1).toLowerCase())
    ? body
    : null
}
