import { parseTargetDate } from '../dates/parseTargetDate'
import { bracketAtEnd } from './bracketAtEnd'
import { isNamedOwner, ownerAtStart, ownerCell, personTaskedBeforeTo } from './ownerAtStart'
import { ownersInBrackets, splitJoinedNames } from './ownersInBrackets'
import { isThingShaped } from './ownersOpeningActionItem'
import { statusAtStart } from './statusAtStart'

/** An action item whose owner is written after the action, and the target or status written after the owner. */
export interface OwnerAfterAction {
  /** The action without its owner: the text before the bracket, or the first of the dashed fields. */
  readonly title: string
  /** The owners as written, several joined by ", " ("JS, AK"). */
  readonly owner: string
  /** What follows the owner when it reads as a target ("end of May", "30 June 2026"), else ''. */
  readonly due: string
  /** What follows the owner when it reads as a status ("ongoing", "complete"), else ''. */
  readonly status: string
}

/** " to schedule", " to open an issue": the link from the person tasked to what they are to do. */
const toAfter = /^\s{1,3}to\s{1,3}\S/

/** A spaced dash between an item's fields: " – ", " - ", " — ". */
const spacedDash = / [-–—] /

/** The few words after the owner that may be its target or status ("end of May", "carried forward"). */
const maxTailWords = 6

/**
 * The owner a meeting's action item names after its action, as committees', boards' and project teams' minutes
 * write their action lists: in brackets at its end ("Circulate the minutes (Jane)", "Update the risk register
 * [JS/AK]"; the action before the bracket is the title), or as the second of its fields set apart by
 * spaced dashes, the third its target or status ("Circulate the minutes – Jane Smith – end of May", "Update the
 * register – Lucy Ward – ongoing"; the title is the first field). The owner is one to four capitalised words or
 * initials, or two joined by "and"; brackets may hold up to three, split at commas, "and", "&" and "/". A bracket
 * or a field that says anything else ("(see the annex)", "(June)", "– Phase Two – 2026") names no one: null.
 *
 * @example
 * ownerAfterAction('Circulate the minutes – Jane Smith – end of May')
 * // { title: 'Circulate the minutes', owner: 'Jane Smith', due: 'end of May', status: '' }
 * ownerAfterAction('Update the risk register [JS/AK]')?.owner // 'JS, AK'
 * ownerAfterAction('Check the results (see the report)') // null
 */
export function ownerAfterAction(text: string): OwnerAfterAction | null {
  const line = text.trim()
  const bracket = bracketAtEnd(line)
  if (bracket === null || bracket.open === 0) return ownerBetweenDashes(line)
  const { open, inner, shape } = bracket
  if (shape === '(') {
    const names = ownersInBrackets(`(${inner})`)
    if (names.length > 0) return { title: before(line, open), owner: names.join(', '), due: '', status: '' }
    // "(Jane to schedule)", "(Ana to circulate the notes)": the person the bracket tasks with the item.
    const tasked = ownerTaskedWithTo(inner)
    return tasked === null ? null : { title: before(line, open), owner: tasked, due: '', status: '' }
  }
  // "[ONGOING]", "[Done]": a tracker's state tag closing the item names no one (its status is read apart).
  if (statusAtStart(inner.trim()) === inner.trim()) return null
  const names = splitJoinedNames(inner).map((name) => name.trim())
  if (names.length <= 3 && names.every(isNamedOwner))
    return { title: before(line, open), owner: names.join(', '), due: '', status: '' }
  // "[Mikel to set up the page]", "[Allan drafted the email]": the person the note tasks, or says has acted.
  const noted = personTaskedBeforeTo(inner, 'past')?.name
  return noted !== undefined && isNamedOwner(noted) && !isThingShaped(noted)
    ? { title: before(line, open), owner: noted, due: '', status: '' }
    : null
}

/**
 * The owners a note in square brackets closing an item names ("Publish the outline [Allan drafted the circular]",
 * "Collect the names [Guillaume to ask the groups]", "Update the risk register [JS/AK]"), as board minutes note
 * who took each item on, read as {@link ownerAfterAction} reads it. A round bracket says more about the item as
 * often as it names anyone ("… endorsed by the heads (COO & VC)"), and a note saying anything else ("[Needs an
 * owner]") names no one: []. The title keeps the note.
 *
 * @example
 * ownersInClosingBracket('Publish the outline [Allan drafted the circular]') // ['Allan']
 */
export function ownersInClosingBracket(text: string): string[] {
  const bracket = bracketAtEnd(text.trim())
  // A round bracket mostly says more about the item ("endorsed by the heads (COO & VC)"): only a note counts.
  if (bracket === null || bracket.open === 0 || bracket.shape !== '[') return []
  const read = ownerAfterAction(text)
  return read === null ? [] : read.owner.split(', ')
}

/** The action before the owner's bracket: "Circulate the minutes (Jane)" → "Circulate the minutes". */
function before(line: string, bracket: number): string {
  return line.slice(0, bracket).trimEnd()
}

/** "Book the venue – Ahmed Khan – 30 June 2026": the action, its owner, then its target or status. */
function ownerBetweenDashes(line: string): OwnerAfterAction | null {
  const fields = line.split(spacedDash, 4)
  if (fields.length < 2 || fields.length > 3) return null
  const [title, owner, tail = ''] = fields.map((field) => field.trim()) as [string, string, string?]
  if (title.split(' ').length < 2) return null
  // "Plan the survey – Jane to open an issue": the last field tasks someone with the item, after "to".
  if (fields.length === 2 && !isNamedOwner(owner)) {
    const tasked = ownerTaskedWithTo(owner)
    return tasked === null ? null : { title, owner: tasked, due: '', status: '' }
  }
  if (!isNamedOwner(owner)) return null
  if (tail === '') return { title, owner, due: '', status: '' }
  if (tail.split(' ').length > maxTailWords) return null
  if (statusAtStart(tail) === tail) return { title, owner, due: '', status: tail }
  // Read with any year, only to ask whether the words are a date; the plan's own year is applied on import.
  const date = parseTargetDate(tail, { referenceDate: '2000-01-01' })
  return date.kind === 'unknown' ? null : { title, owner, due: tail, status: '' }
}

/** "Jane to schedule", "Ana and Raj to circulate the notes": the owners a note names first and tasks with "to", one
 * per comma ({@link ownerCell}), or null. */
function ownerTaskedWithTo(text: string): string | null {
  const tasked = ownerAtStart(text, 'name-first')
  return tasked !== null && toAfter.test(text.slice(tasked.length)) ? ownerCell(tasked) : null
}
