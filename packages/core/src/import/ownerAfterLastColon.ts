import { parseStatus } from '../status/parseStatus'

/** "Benedict", "O'Neill": a given name or a surname, one capitalised word. */
const nameWord = /^[A-Z][a-z'’-]{1,20}$/
/** "Sander/Francesco", "Sofie & Tomas": names joined as the owners of one task. */
const joiner = /\s{0,2}[/&]\s{0,2}/
/** At most this many owners after the colon. */
const maxNames = 3
/** A task's tail is short: "Benedict?", "Sander/Francesco". */
const maxTailLength = 50

/**
 * The owners a task names after its last colon, as meetings' task lists write "area: task: owner" ("Documentation:
 * user guide: Benedict", "Mesh: fully implement quadratic elements: Gianluca") or "task: owner/owner" ("Abaqus
 * interface: Sander/Francesco", as research groups' and open-source projects' minutes share out work). The tail must
 * be one to three single capitalised words (a question mark after them, the minutes' "not yet agreed", is dropped),
 * and the task must show it is so written: two colons, or two names joined by "/" or "&". A status ("Done",
 * "Ongoing") names nobody, and a tail of one name after a single colon ("Goal 1: Equality") is a label's value, not
 * an owner. Returns [] otherwise.
 *
 * @example
 * ownerAfterLastColon('Documentation: user guide: Benedict') // ['Benedict']
 * ownerAfterLastColon('Windows version: Matthieu/Tomas') // ['Matthieu', 'Tomas']
 * ownerAfterLastColon('Theme 2: Inclusion') // []
 */
export function ownerAfterLastColon(title: string): string[] {
  const at = title.lastIndexOf(': ')
  if (at <= 0) return []
  const tail = title
    .slice(at + 2)
    .trim()
    .replace(/\?$/, '')
  if (tail.length > maxTailLength) return []
  const names = tail.split(joiner)
  if (names.length > maxNames || names.some((name) => !nameWord.test(name))) return []
  const twoColons = title.lastIndexOf(': ', at - 1) > 0
  if (names.length < 2 && !twoColons) return []
  if (names.some((name) => parseStatus(name).state !== 'unknown')) return []
  return names
}
