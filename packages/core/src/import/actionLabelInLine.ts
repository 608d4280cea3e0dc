import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { ownerAloneAfterLabel, ownerAtStart, ownersJoined } from './ownerAtStart'
import { splitSentences } from './proseStep'

/** "… in future. ACTION: we need to …": the minute-taker's label after a sentence of the discussion. */
const labelAfterSentence =
  /(?<=[.!?])\s{1,3}(?:ACTION|Action)(?: \d{1,3}(?:\.\d{1,3})?[a-z]?)?\s{0,2}:\s{0,3}(?=\S)/
/** Every such label of a line, for {@link actionLabelsInLine}. */
const labelsAfterSentences = new RegExp(labelAfterSentence.source, 'g')
/** "…  Robin to ACTION.": a name (or two joined by "and") given the sentence before as their action. */
const ownerToAction =
  /(?<=^|[.!?])\s{0,3}(\p{Lu}\p{Ll}{1,20}(?: (?:and|&) \p{Lu}\p{Ll}{1,20})?) to ACTION\.?\s{0,3}$/u
/**
 * "… course map. Action Sean T to oversee", "… by Omar K Action Omar K & Sean T to review …": the word "Action", with
 * no colon, after a sentence or a word and before the people given the work (checked by {@link personGivenWork}).
 */
const bareMark = /(?<=[.!?]|\p{L})\s{1,3}Action\s(?=\p{Lu})/gu
/** "MT", "SD": a member's initials. */
const memberInitials = /^\p{Lu}{2,4}$/u
/** Lines longer than this are read no further (a minute is a few hundred characters). */
const maxLine = 2000
/** The work after a label is at least this many words ("we need to finalise the list"). */
const minWords = 3

/**
 * An action the minutes mark inside a line of their discussion rather than at its start, as notes typed in one
 * paragraph a topic do: a label after a sentence ("We agreed the boards need contacts. ACTION: we need to finalise the
 * list.") marks the work after it, its owner named at its start as in a labelled line ("ACTION: Meg to send …");
 * a closing "Robin to ACTION." gives the sentence before it to Robin ("Agreed a hedge-cutting service should be
 * hired. Robin to ACTION."). The title is the marked work (with a full stop kept as written); `owner` is the name as
 * written, or null. Null when the line marks no such action, or opens with its label (read as a labelled line).
 *
 * @example
 * actionLabelInLine('The gate sticks. ACTION: Sam to oil the hinges.') // { title: 'Sam to oil the hinges.', owner: 'Sam' }
 * actionLabelInLine('The hedge was cut. Hire a contractor for the track.  Robin to ACTION.') // { title: 'Hire a contractor for the track.', owner: 'Robin' }
 */
export function actionLabelInLine(text: string): MarkedAction | null {
  if (text.length > maxLine) return null
  const label = labelAfterSentence.exec(text)
  if (label !== null) {
    const title = text.slice(label.index + label[0].length).trim()
    if (title.split(/\s+/).length < minWords) return null
    return markedWork(title, label[0])
  }
  const given = ownerToAction.exec(text)
  if (given === null || given.index === 0) return null
  const sentences = splitSentences(text.slice(0, given.index).trim())
  const title = sentences[sentences.length - 1]?.trim() ?? ''
  return title.split(/\s+/).length < minWords ? null : { title, owner: given[1]! }
}

/**
 * Every action the minutes mark inside one line of their discussion, as {@link actionLabelInLine} reads one: a topic
 * written as one paragraph may mark several ("Pond. ACTION: Ann to order a net. The pump is noisy. ACTION: Ann to
 * ask for a quote."). With two or more labels on the line, each marked action is the first sentence after its
 * label: the sentences after it, up to the next label, are the discussion again, not the work. Empty when the line
 * marks none.
 *
 * @example
 * actionLabelsInLine('Pond. ACTION: Ann to order a net. The pump is noisy. ACTION: Ann to ask for a quote.')
 * // [{ title: 'Ann to order a net.', owner: 'Ann' }, { title: 'Ann to ask for a quote.', owner: 'Ann' }]
 */
export function actionLabelsInLine(text: string): MarkedAction[] {
  if (text.length > maxLine) return []
  const colons = [...text.matchAll(labelsAfterSentences)]
  const labels = colons.length > 0 ? colons : bareMarks(text)
  if (colons.length === 0 && labels.length === 1) {
    const title = text.slice(labels[0]!.index + labels[0]![0].length).trim()
    return [{ title, owner: ownerAtStart(title, 'name-first') }]
  }
  if (labels.length < 2) {
    const one = actionLabelInLine(text)
    return one === null ? [] : [one]
  }
  const marks: MarkedAction[] = []
  labels.forEach((label, at) => {
    const end = labels[at + 1]?.index ?? text.length
    const title = (splitSentences(text.slice(label.index + label[0].length, end).trim())[0] ?? '').trim()
    if (title.split(/\s+/).length >= minWords) marks.push(markedWork(title, label[0]))
  })
  return marks
}

/** "… last meeting. Decision: Secretary to …", "… budget. Agreed: Cllr Moss to …": a decision's label after a sentence. */
const decisionAfterSentence =
  /(?<=[.!?])\s{1,3}(?:Decision|Decided|Agreed|Resolved)\s{0,2}:\s{0,3}(?=\p{Lu})/u

/**
 * The work a decision's label inside a line gives someone by name before "to" ("… at the last meeting. Decision:
 * Secretary to prepare notices."): the first sentence after the label is the title, the name its owner; a passive
 * ("Agreed: Cllr Moss to be added to the list") gives the work to no one, as the person named is its object. Null
 * when the line holds no such label, or the decision names no one given work ("Decision: Chair thanked …").
 *
 * @example
 * decidedWorkInLine('The sign is down. Decision: Clerk to report it.') // { title: 'Clerk to report it.', owner: 'Clerk' }
 * decidedWorkInLine('Decision: the fee stays the same.') // null
 */
export function decidedWorkInLine(text: string): MarkedAction | null {
  if (text.length > maxLine) return null
  const label = decisionAfterSentence.exec(text)
  if (label === null) return null
  const title = (splitSentences(text.slice(label.index + label[0].length).trim())[0] ?? '').trim()
  const named = ownerAtStart(title, 'name-first')
  if (named === null || !title.startsWith(`${named} to `) || title.split(/\s+/).length < minWords) return null
  return { title, owner: title.startsWith(`${named} to be `) ? null : named }
}

/** An action marked inside a line: its work, its owner as written (or null), and the number its label gives it. */
export interface MarkedAction {
  readonly title: string
  readonly owner: string | null
  /** "2.1" from "Action 2.1:", else absent. */
  readonly ref?: string
}

/** "2.1" in "Action 2.1:": the number a label gives its action. */
const labelNumber = /\d{1,3}(?:\.\d{1,3})?[a-z]?/

/**
 * The action after a label: the owner named at its start ("Meg to send …", the whole kept as the title), or
 * members' initials before a bare verb ("VF add the names …", titled by the work after them, as "Owner: work" is);
 * "Action 2.1:" numbers it.
 */
function markedWork(title: string, label: string): MarkedAction {
  const ref = labelNumber.exec(label)?.[0]
  const named = ownerAtStart(title, 'name-first')
  const initials = named === null ? ownerAtStart(title, 'initials-before-verb') : null
  const work =
    initials !== null &&
    title.startsWith(`${initials} `) &&
    !/^(?:to|will) /.test(title.slice(initials.length + 1))
      ? title.slice(initials.length + 1)
      : title
  const owner = named ?? initials
  return ref === undefined ? { title: work, owner } : { title: work, owner, ref }
}

/**
 * The marks "Action <people> to <work>" inside a line with no colon ("… course map. Action Sean T to oversee"): each
 * "Action" after a sentence or a word, followed by people {@link personGivenWork} accepts, "to" and a word in lower
 * case. "Action Plan to …", "Climate Action Group to …" name no one.
 */
function bareMarks(text: string): RegExpExecArray[] {
  const marks: RegExpExecArray[] = []
  for (const mark of text.matchAll(bareMark)) {
    const rest = text.slice(mark.index + mark[0].length)
    const owner = ownerAtStart(rest, 'name-first')
    if (owner === null || !rest.startsWith(`${owner} to `)) continue
    if (!/^\p{Ll}/u.test(rest.slice(owner.length + 4))) continue
    if (ownersJoined(owner).every(personGivenWork)) marks.push(mark as RegExpExecArray)
  }
  return marks
}

/**
 * Whether a name after a bare "Action" is a member's: initials ("MT") or a first name with a surname or its initial
 * ("Sean T", "Lena Hart"), none of its words a role's or a body's ("Plan Group", "Network").
 */
function personGivenWork(name: string): boolean {
  const words = name.split(' ')
  if (words.some(isRoleOrBodyWord)) return false
  return memberInitials.test(name) || (words.length >= 2 && words.length <= 3)
}

/** "… Councillors. Action: Clerk.": the label and an owner alone closing a line, after a sentence's full stop. */
const closingLabel = /(?<=[.!?])\s{1,3}(?:ACTION|Action)\s{0,2}:\s{0,3}\S[^:.]{0,39}\.?$/

/**
 * The work and owner of a line closed by the action label and an owner alone ("The rota will be sent round. Action:
 * Secretary."), as parish minutes end a paragraph with whoever does what it says: the text before the label is the work
 * (a mixed-case label closes the whole paragraph, as {@link readBareActionMarks} reads it too), the name its owner.
 * Null when the line closes no such way, or the work is under three words.
 *
 * @example
 * ownerClosingLine('The rota will be sent round. Action: Secretary.') // { title: 'The rota will be sent round.', owner: 'Secretary' }
 * ownerClosingLine('The rota will be sent round. Action: send it.') // null
 */
export function ownerClosingLine(text: string): { title: string; owner: string } | null {
  if (text.length > maxLine) return null
  const label = closingLabel.exec(text)
  if (label === null) return null
  const owner = ownerAloneAfterLabel(label[0].trim())
  const title = text.slice(0, label.index).trim()
  return owner === null || title.split(/\s+/).length < minWords ? null : { title, owner }
}
