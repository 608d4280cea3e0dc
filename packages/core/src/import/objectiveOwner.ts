import { collapseWhitespace } from '../text/cleanCellText'
import type { LeadInOwner } from './leadInOwner'
import { objectiveDeadline } from './objectiveDeadline'

/** The subject of an objective sentence is at most this long ("the Parks Office, in partnership with …"). */
const maxSubjectLength = 160
/** "the Parks Office" → "Parks Office": the article before a body's name. */
const article = /^the\s{1,3}/i
/** ", in partnership with ", ", together with ": the words joining a partner to the body that leads. */
const partnerJoin =
  /,?\s{1,3}(?:in\s{1,3}partnership\s{1,3}with|in\s{1,3}collaboration\s{1,3}with|together\s{1,3}with|jointly\s{1,3}with|working\s{1,3}with|supported\s{1,3}by|with)\s{1,3}/i
/** A body's name: a capital, then up to twelve words of letters, "&", "-", "'" (no comma: one body). */
const bodyName = /^\p{Lu}[\p{L}&'’ -]{1,100}$/u

/**
 * The owners an objective sentence above a list of steps names as its subject: "By June 2031, the Parks Office, in
 * partnership with the Water Board, will restore the river banks" → "Parks Office, Water Board". The sentence has the
 * shape {@link objectiveDeadline} reads (its date, a comma, then who "will" act); the subject is one body, or a body
 * and the partner it works "in partnership with" ("together with", "working with", "with"), each named with a capital.
 * Null when the sentence is not so shaped or its subject is no named body ("By 2031, we will …").
 *
 * @example
 * objectiveOwner('By June 2031, the Parks Office, with the Water Board, will restore the banks') // 'Parks Office, Water Board'
 * objectiveOwner('By June 2031, we will restore the banks') // null
 */
export function objectiveOwner(sentence: string): string | null {
  const text = collapseWhitespace(sentence).slice(0, 1_000)
  const phrase = objectiveDeadline(text)
  if (phrase === null) return null
  const rest = text.slice(text.indexOf(',', phrase.length) + 1)
  const will = rest.search(/,?\s{1,3}will\s/i)
  if (will < 0 || will > maxSubjectLength) return null
  const subject = rest.slice(0, will).trim().replace(/,$/, '')
  const parts = subject.split(partnerJoin).map((part) => part.trim().replace(article, ''))
  if (parts.length > 2 || !parts.every((part) => bodyName.test(part))) return null
  return parts.join(', ')
}

/**
 * The owners named by the objective sentence on `row` (the sentence that gave every action its deadline), as a
 * lead-in owner of every action that names none. Null when the row's one text names no owner.
 *
 * @example
 * objectiveOwnerOnRow([['By May 2031, the Library will refit its rooms.'], ['Fit new shelves']], 0)?.owner // 'Library'
 */
export function objectiveOwnerOnRow(
  table: readonly (readonly string[])[],
  row: number | null,
): LeadInOwner | null {
  if (row === null) return null
  const cells = (table[row] ?? []).filter((cell) => cell.trim() !== '')
  if (cells.length !== 1) return null
  const owner = objectiveOwner(cells[0]!)
  return owner === null ? null : { owner, row }
}
