import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'
import { BULLET_MARKS } from './bulletMarks'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { peelRef } from './peelRef'
import { readOwnerCell } from './readOwnerCell'

/** A heading longer than this is prose, not a list of owners. */
const maxLength = 160
/** A name of more words than this is a phrase, not a role or a body. */
const maxNameWords = 5
/** "Provost", "Deans", "Estates Services", "Research Commissions": a role or body a list of owners names, besides the
 * body words ("Team", "Committee") any owner reading knows. */
const roleWord =
  /^(?:president|provost|chancellor|vice-chancellor|registrar|principal|dean|deans|directors|heads|managers|officers|executive|trustees|governors|services|commissions?|committees|teams|groups|offices|departments|faculties|schools|colleges|estates|hr)$/i
/** An acronym opening a name: "VP DSA", "HR", "ED&I Office". */
const acronym = /^[A-Z][A-Z0-9&]{1,5}$/
const bulleted = new RegExp(`^[${BULLET_MARKS}]\\s`)

/**
 * The owners a heading line names when it is nothing but a list of them: "President, Executive Team, Commissions
 * and Others", "Provost/Enrollment Services and VP DSA". An update written per division prints each group of leads
 * once, as a line over the actions they own; a careful reader gives each action below it those owners. Each name
 * must be short and capitalised, there must be two or more, and each must be a role or a body (its last word a role
 * or body word, or its first an acronym), so a heading listing themes ("Recruitment, Retention and Progression") or
 * titling an update ("ARC Spring/Summer Update") is not read. Null for any other line (a sentence, a bullet, a numbered line).
 *
 * @example
 * ownerGroupHeading('Provost/Enrollment Services and VP DSA') // ['Provost', 'Enrollment Services', 'VP DSA']
 * ownerGroupHeading('Recruitment, Retention and Progression') // null
 */
export function ownerGroupHeading(line: string): string[] | null {
  const text = collapseWhitespace(line)
  if (text.length > maxLength || !/[,/]/.test(text) || /[.:;!?]$/.test(text)) return null
  if (bulleted.test(text) || peelRef(text) !== null) return null
  const owners = readOwnerCell(text)
  if (owners.length < 2) return null
  for (const owner of owners) {
    const words = owner.split(' ')
    // "COMPLETED/COMPLETED SOON": a key to the page's colours, not its leads.
    if (words.length > maxNameWords || !/^[A-Z]/.test(owner) || parseStatus(owner).state !== 'unknown')
      return null
    const last = words[words.length - 1]!
    if (!isRoleOrBodyWord(last) && !roleWord.test(last) && !acronym.test(words[0]!)) return null
  }
  return owners
}
