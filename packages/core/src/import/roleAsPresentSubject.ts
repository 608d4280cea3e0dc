import { isRoleOrBodyWord } from './isRoleOrBodyWord'

/**
 * "Equity Officer runs …", "Student Liaison organises …": up to four capitalised words, then a lower-case verb in
 * the present ending in "s" (not "ss": "Access Officer address" is no verb of one person). Anchored, bounded runs.
 */
const presentSubject = /^((?:[A-Z][a-z]{1,20} ){0,3}[A-Z][a-z]{1,20}) ([a-z]{1,20}[a-rt-z]s) \S/

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
  const match = presentSubject.exec(text.trimStart().slice(0, 200))
  if (match === null) return null
  const subject = match[1]!
  return isRoleOrBodyWord(subject.slice(subject.lastIndexOf(' ') + 1)) ? subject : null
}
