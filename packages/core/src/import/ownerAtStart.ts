import { HANDLE } from './codeHostHandle'
import { isOfficeWord } from './isOfficeWord'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { isStatusAlone } from './statusAtStart'

/**
 * One module for "the owner named at the start of an action item", as meeting minutes, action logs and timelines
 * write it: "Chair and Clerk to agree …", "ACTION, Doug S: write …", "Eric will review …", "Mike volunteered to …",
 * "School Board: holds …". The readers of status-line minutes, task lists and owner-led action lists call
 * `ownerAtStart`; the timeline readers (`ownerBeforeColon`, `ownerNamedAgain`) share its verb agreement, and the
 * readers of "Name to …" items (`ownersOpeningActionItem`, `ownerNamedAgain`) its list of imperatives. Where the
 * readers' word rules differ, the difference is an option saying why it is kept: each reader's pages rely on its
 * own rules, and one set of rules for all would change what some of them read.
 */

/**
 * Which words may make an owner, and which words may link it to its step:
 * - `'role-before-to'`: up to five words before "to" ("Seth to place …", "Each WT C member to:", "Chair and Clerk
 *   to agree …"), seven when "and" or "&" joins two people's full names ("Maria Lopez Garcia and Ben Ode to …"), the first capitalised, the rest capitalised or a word of a role ("member", "team", "and", "of");
 *   after "Each", "Every" or "All" any lower-case words ("Each panel member to …"); a lettered point after the name
 *   ("Matthias (a) to remind …") is left out. The words are split at any white space. Status-line minutes name
 *   committees' roles this way, and nothing but "to" follows the owner there.
 * - `'name-first'`: after an optional minute-taker's label ("ACTION, ", "Action - ", "AI: "), one to four
 *   capitalised words or initials ("TSC", "Doug S", "TE/LG"), or the whole group ("all"), before a colon with at
 *   least two words after it ("Doug S: write the guide"), or before "will", "to" or "volunteered / agreed / offered
 *   to" with at least one word after the link ("Eric will review …", "Mike Gorski volunteered to …"), or in square
 *   brackets before at least two words ("[NM] Share the poll", "[All] Draft the posts", several joined by commas:
 *   "[Ana R, Tom K] Draft …"), or in round brackets right
 *   after a bare label ("ACTION (JB) to book the hall"), or after a bare "action" before a colon, several joined by
 *   commas ("action KM, JT: draft the newsletter"). Two such names may be
 *   joined by "and" or "&" ("Jane and Ahmed will …"), a handle is a name ("@jsmith to …"), a person's role after
 *   "The" owns the item without it ("The Chair will …" → "Chair"), "can" and "continuing to" link an owner as "will"
 *   does, and after a label the owner may be set off by a spaced dash ("Action – JS – update …"). A sentence
 *   opener or a note's label ("We will …", "The group will …", "Note: …", "Proposal to …") names no one. The words are split at
 *   single spaces. Owner-led action lists mix "will" and colons with "to", so lower-case role words ("team", "of")
 *   are not taken, lest "The group will meet" read as an owner.
 *
 * - `'role-named-last'`: up to four words before " to " and a lower-case verb ("Office to collate …", "Teachers and
 *   Leaders to utilise …", "Co-Head teachers to ensure …"), the first capitalised and not an instruction's verb
 *   ("Continue to …", "Write to …"), each word capitalised, "and", or a role or body word, and the last a role or a
 *   body ("lead", "Office", "teachers", "Committee"). Schools' and boards' plans open their actions with the role so;
 *   as the last word must say it is a role, a person's name ("Seth to …") is not read.
 *
 * - `'initials-before-verb'`: people's initials ("AED", "LTA (EA)"), several joined by "+", "and", "&", "/" or a
 *   comma, then a bare verb in lower case ("AED + JK investigate …", "DE talk to …"), as planning tables write who
 *   takes each step; before "to" or "will" a first name and an initial count too ("JS and Paul T to check …"). A
 *   bare word that reads as a plural noun ("IT services …") or a helping verb ("HR is …") is no verb, and a note's
 *   label ("NOTE …") no one. Callers read it only where the page's shape says its lines name their owners so.
 *
 * These stay separate readings because each reader's pages rely on its own: the role words would read "Dev team will
 * present …" where owner-led lists leave the line alone, "will" would give owners to status-line items that are
 * plain sentences ("Funding will be sought …"), and the last word of `'role-before-to'` may be anyone's name, which in
 * a plan's action titles ("Governors to …" aside) would read instructions as owners.
 */
export type OwnerWords = 'role-before-to' | 'name-first' | 'role-named-last' | 'initials-before-verb'

/**
 * The owner an action item names at its start under the given word rules (see {@link OwnerWords}), as written,
 * or null when the item does not open with one.
 *
 * @example
 * ownerAtStart('Chair and Clerk to agree the agenda', 'role-before-to') // 'Chair and Clerk'
 * ownerAtStart('ACTION, Doug S: write the guide', 'name-first') // 'Doug S'
 * ownerAtStart('Review the policy to include carers', 'role-before-to') // null
 */
export function ownerAtStart(text: string, words: OwnerWords): string | null {
  if (words === 'role-named-last') return roleNamedLast(text)
  if (words === 'initials-before-verb') return initialsBeforeVerb(text)
  return words === 'role-before-to' ? roleBeforeTo(text) : nameFirst(text)
}

/** "AED", "LTA (EA)": initials; "Paul T", "Digi Ed": a first name and a short capitalised word. */
const initialsName = String.raw`\p{Lu}{2,5}(?: \(\p{Lu}{2,5}\))?`
const shortName = String.raw`\p{Lu}\p{Ll}{1,15} \p{Lu}\p{Ll}?`
/**
 * Up to six names joined by "+", "and", "&", "/" or a comma, an optional "to" or "will", then a word in lower case.
 * Group 1 is the names, group 2 the link, group 3 the word. Every part is bounded and anchored.
 */
const initialsLead = new RegExp(
  String.raw`^((?:${initialsName}|${shortName})(?:(?: ?\+ ?| and | & |\/|, )(?:${initialsName}|${shortName})){0,5}) (to |will )?(\p{Ll}[\p{Ll}-]{1,19})(?=[\s.,:;?!]|$)`,
  'u',
)
const initialsOnly = new RegExp(`^${initialsName}$`, 'u')

/** Words after initials that say what someone is or has, not what they do ("HR is …", "DE has …"). */
const notStepVerbs: ReadonlySet<string> = new Set([
  'to',
  'will',
  'is',
  'are',
  'was',
  'were',
  'has',
  'had',
  'have',
  'be',
  'the',
  'of',
  'in',
  'on',
  'at',
  'for',
  'and',
  'or',
  'a',
  'an',
])

/** Splits "AED + JK", "JS and Paul T", "PB/RM" into their names. */
export function splitInitialsOwners(names: string): string[] {
  return names.split(/ ?\+ ?| and | & |\/|, /).map((name) => name.trim())
}

function initialsBeforeVerb(text: string): string | null {
  const match = initialsLead.exec(text.slice(0, 200))
  if (match === null) return null
  const names = splitInitialsOwners(match[1]!)
  if (names.some((name) => notOwners.has(name.split(' ', 1)[0]!.toLowerCase()))) return null
  const verb = match[3]!
  if (match[2] !== undefined) return match[1]!
  // A bare verb: only initials may open the line ("Switch On upgrade …" is no one's), and the word must not read as
  // a plural noun or a helping verb.
  if (!names.every((name) => initialsOnly.test(name))) return null
  if (notStepVerbs.has(verb) || /[^s]s$/.test(verb)) return null
  return match[1]!
}

/** Roles a school's or a board's plan names in the plural, besides the body words of `isRoleOrBodyWord`. */
const pluralRoles =
  /^(?:teachers|leaders|governors|trustees|staff|managers|officers|heads|leads|coordinators|directors|members|teams|chairs|clerks|librarians|technicians|advisers|advisors)$/i

/** An owner of the `'role-named-last'` reading has at most this many words. */
const maxRoleNamedLastWords = 4

const capitalisedWord = /^\p{Lu}[\p{L}'’&-]*$/u

function roleNamedLast(text: string): string | null {
  const match = /^(.{2,60}?) to ([a-z]{2,20})\s/.exec(text.slice(0, 120))
  if (match === null) return null
  const words = match[1]!.split(' ')
  if (words.length > maxRoleNamedLastWords || imperativeWithTo.has(words[0]!.toLowerCase())) return null
  if (!capitalisedWord.test(words[0]!)) return null
  const roleWord = (word: string) => isRoleOrBodyWord(word) || pluralRoles.test(word)
  if (!words.every((word) => capitalisedWord.test(word) || word === 'and' || roleWord(word))) return null
  return roleWord(words.at(-1)!) ? match[1]! : null
}

/** Lower-case words an owner named before "to" may hold ("Each WT C member", "Chair and Clerk"). */
const roleWords: ReadonlySet<string> = new Set([
  'member',
  'members',
  'team',
  'group',
  'chair',
  'lead',
  'officer',
  'staff',
  'and',
  'of',
  'the',
])

/** "Each panel member", "All governors": an owner that names everyone of a group, in any words. */
const everyone = /^(?:Each|Every|All)$/

/** An owner of the `'role-before-to'` reading has at most this many words. */
const maxRoleWords = 5
/** Two people joined by "and" or "&" may take more: "Maria Lopez Garcia and Ben Ode to …" (full names of three words). */
const maxJoinedRoleWords = 7

function roleBeforeTo(text: string): string | null {
  const words = text.slice(0, 200).split(/\s+/, maxJoinedRoleWords + 1)
  const owner: string[] = []
  // "Thanks to Ana for …": thanks or a greeting, no one taking work on.
  if (thanksOrGreeting.includes(words[0]!.toLowerCase())) return null
  for (const word of words) {
    if (word === 'to' || word === 'to:') return owner.length > 0 ? owner.join(' ') : null
    const joined = owner.includes('and') || owner.includes('&')
    if (owner.length === (joined ? maxJoinedRoleWords : maxRoleWords)) return null
    if (/^\([a-z]\)$/.test(word) && owner.length > 0) continue
    const capitalised = /^[A-Z][\w’'.&-]*$/.test(word)
    const known = roleWords.has(word) || (everyone.test(owner[0] ?? '') && /^[a-z]+$/.test(word))
    if (owner.length === 0 ? !capitalised : !capitalised && !known) return null
    owner.push(word)
  }
  return null
}

/** The words that may follow an owner named at the start of a sentence: "Eric will …", "Tim can …", "Mike volunteered
 * to …", "Clare continuing to …". */
const ownerVerbs: ReadonlySet<string> = new Set(['will', 'to', 'can'])
const ownerVerbsWithTo: ReadonlySet<string> = new Set([
  'volunteered',
  'agreed',
  'offered',
  'continuing',
  'continues',
])

/** "Ana working on the flyers", "SB working with the office …", "Jo working to fix …": the words after "working"
 * that make the name before it the owner of work under way. */
const workingOn: ReadonlySet<string> = new Set(['on', 'with', 'to', 'towards'])

/** An owner of the `'name-first'` reading has at most this many words and characters. */
const maxNamedOwnerWords = 4
const maxNamedOwnerLength = 40

/**
 * "ACTION, ", "ACTION: ", "Action:- ", "Action - ", "AI: ", "Action point: ", "TODO: " or a numbered "AP1: ", "Action 3 - ",
 * "Action 2.1: ": the minute-taker's label before the owner.
 */
export const actionLabel =
  /^(?:action(?: point)?(?: \d{1,6}(?:\.\d{1,3})?[a-z]?)?|AI|AP ?\d{1,3}[a-z]?|to-?do)\s{0,3}(?:[,:][-–—]?|[-–—]\s)\s*/i

/** "Ongoing: ", "In progress: ": a state of at most three words and a colon opening the text after a label. */
const statusBeforeColon = /^([\p{L} -]{2,30}):\s{1,3}/u

/**
 * The state a review of actions writes between an action's label and its work ("ACTION: Ongoing: PK to contact the
 * bank" → "Ongoing"), and the work after it; null when the text after the label opens with no state and a colon.
 *
 * @example
 * statusAfterLabel('Ongoing: PK to contact the bank') // { status: 'Ongoing', rest: 'PK to contact the bank' }
 * statusAfterLabel('Finance: review the figures') // null
 */
export function statusAfterLabel(text: string): { status: string; rest: string } | null {
  const stated = statusBeforeColon.exec(text)
  if (stated === null || !isStatusAlone(stated[1]!, 3)) return null
  return { status: stated[1]!, rest: text.slice(stated[0].length) }
}

/**
 * "ACTION (JB) to book the hall", "Action item (Priya) - check the accounts": a minute-taker's bare label, then the
 * owner in round brackets, then the work (after a dash or colon, if any). Group 1 is the name. Bounded and anchored.
 */
const labelBracket = /^action(?: item| point)?\s{1,3}\(([^()]{1,40})\)\s{0,3}(?:[-–—:]\s{0,3})?(?=\S+ \S)/i

/**
 * The owner a bare action label names in round brackets ("ACTION (JB) to book the hall" → "JB") and the work after
 * it ("to book the hall"), as committees' minutes list what each member took on; null when the line opens no such
 * way or the bracket holds no name ("Action (see above) …").
 *
 * @example
 * ownerInLabelBracket('ACTION (JB) - Order the new kettle') // { owner: 'JB', rest: 'Order the new kettle' }
 * ownerInLabelBracket('Action (see above) for the team') // null
 */
export function ownerInLabelBracket(text: string): { owner: string; rest: string } | null {
  const match = labelBracket.exec(text.slice(0, 200))
  if (match === null) return null
  const owner = match[1]!.trim()
  return isNamedOwner(owner) ? { owner, rest: text.slice(match[0].length) } : null
}

/** "[NM] ", "[Ana R, Tom K] ": square brackets opening an item, then a space. Group 1 is what they hold. Anchored,
 * bounded. */
const bracketedLead = /^\[([^[\]]{1,80})\] /

/** Square brackets opening an item name at most this many owners joined by commas. */
const maxBracketedNames = 6

/** "Ana R, Tom K, Lee": two to six names joined by commas, each a name {@link isNamedOwner} reads. */
function isNamedList(text: string): boolean {
  const names = text.split(',', maxBracketedNames + 1).map((name) => name.trim())
  return names.length >= 2 && names.length <= maxBracketedNames && names.every(isNamedOwner)
}

/**
 * The owner or owners an item names in square brackets at its start, as minutes tag each item with who took it on
 * ("[NM] Share the poll", "[Ana R, Tom K] Draft the posts"), and the work after them; null when the line opens no
 * such way, the brackets hold no name ("[see above] …") or the work is a single word.
 *
 * @example
 * ownerInSquareBrackets('[NM] Share the poll') // { owner: 'NM', rest: 'Share the poll' }
 * ownerInSquareBrackets('[Ana R, Tom K] Draft the posts') // { owner: 'Ana R, Tom K', rest: 'Draft the posts' }
 * ownerInSquareBrackets('[see above] for the dates') // null
 */
export function ownerInSquareBrackets(text: string): { owner: string; rest: string } | null {
  const match = bracketedLead.exec(text)
  if (match === null) return null
  const owner = match[1]!.trim()
  const rest = text.slice(match[0].length).trim()
  return (isNamedOwner(owner) || isNamedList(owner)) && rest.includes(' ') ? { owner, rest } : null
}

/** "@ana draft …", "@ana, @raj review …", "@ana and @raj draft …": user handles opening the item, then a word in
 * lower case (the verb). Group 1 is the handles. Bounded and anchored, so it cannot backtrack without bound. */
const handlesLead = new RegExp(
  String.raw`^(${HANDLE}(?:,? {1,2}(?:(?:and|&) {1,2})?${HANDLE}){0,7}),? {1,2}(?=\p{Ll}[\p{Ll}'’-]* \S)`,
  'u',
)

/** Words after a handle that report what someone said or is, not what they will do ("@ana said …", "@ana is away"). */
export const reportingVerbs: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'had',
  'said',
  'says',
  'asked',
  'noted',
  'mentioned',
  'suggested',
  'explained',
  'reported',
  'thinks',
  'thought',
])

function nameFirst(text: string): string | null {
  const inBracket = ownerInLabelBracket(text)
  if (inBracket !== null) return inBracket.owner
  const bare = ownersAfterBareLabel(text)
  if (bare !== null) return bare
  const label = actionLabel.exec(text)
  const labelled = label === null ? text : text.slice(label[0].length)
  // "ACTION: Ongoing: PK to contact …": after the label, the state the review gives the action, then its owner.
  const rest = label === null ? labelled : (statusAfterLabel(labelled)?.rest ?? labelled)
  // Notes kept by teams on GitHub name the owner by handle and go straight on to the verb ("@ana put the specs on
  // the wiki"): a handle is never a sentence's opener, so it needs no "to" or "will" to be the owner.
  const handles = handlesLead.exec(rest)
  if (handles !== null) {
    const verb = rest.slice(handles[0].length).split(' ', 1)[0]!
    return reportingVerbs.has(verb) ? null : handles[1]!
  }
  // Minutes that tag each item with its owner in square brackets ("[NM] Share the poll - done").
  if (bracketedLead.test(rest)) return ownerInSquareBrackets(rest)?.owner ?? null
  const colon = rest.indexOf(':')
  if (colon > 0 && colon <= maxNamedOwnerLength) {
    const name = rest.slice(0, colon).trim()
    const after = rest.slice(colon + 1).trim()
    if (isNamedOwner(name) && after.includes(' ')) return name
  }
  // "Jo, supported by Sam, to draft …", "Jo, with Sam, at the next meeting we will …": the owner and a helper set
  // off by commas, who shares the work.
  const helped = ownerAndHelper.exec(rest)
  if (helped !== null && isNamedOwner(helped[1]!) && isNamedOwner(helped[2]!))
    return `${helped[1]} and ${helped[2]}`
  // "Action – JS – update the terms of reference": after a label, the owner set off by a spaced dash.
  const dash = label === null ? null : labelledDashOwner.exec(rest)
  if (dash !== null && isNamedOwner(dash[1]!)) return dash[1]!
  const words = rest.split(' ', maxJoinedOwnerWords + 3)
  for (let n = 1; n <= maxJoinedOwnerWords && n + 1 < words.length; n++) {
    const next = words[n]!.toLowerCase()
    const named =
      ownerVerbs.has(next) ||
      (ownerVerbsWithTo.has(next) && words[n + 1] === 'to') ||
      (next === 'working' && workingOn.has(words[n + 1]!))
    if (!named) continue
    // "Ana Lee and her team to …": the team is named by the person who leads it, the owner.
    const name = words
      .slice(0, n)
      .join(' ')
      .replace(/ (?:and|&) (?:his|her|their) team$/, '')
    // "The Chair will …", "The Scrum Master to …": a person's role after "The" owns the item.
    if (words[0] === 'The' && n > 1 && n <= 4 && isPersonRole(words.slice(1, n)))
      return words.slice(1, n).join(' ')
    return isNamedOwner(name) ? name : null
  }
  return null
}

/** "action ", "Action ": the minute-taker's label with nothing after it but the owners and their colon. */
const bareActionLabel = /^action {1,3}(?=\S)/i

/** Words a bare label runs into that say what kind of action it is ("Action Plan:", "Action required:"), no one. */
const labelNouns: ReadonlySet<string> = new Set([
  'plan',
  'plans',
  'point',
  'points',
  'item',
  'items',
  'required',
  'needed',
  'taken',
  'agreed',
  'arising',
  'owner',
  'owners',
  'log',
  'list',
])

/**
 * "action FK, GB: set up the meeting", "Action TB: meet the funder", "action all: review the draft": a bare action
 * label, then one or more owners joined by commas (each as {@link isNamedOwner} reads a name), a colon, and at least
 * two words of work; the owners as written, or null. "Action Plan: …" names a kind of action, no one.
 */
function ownersAfterBareLabel(text: string): string | null {
  const bare = bareActionLabel.exec(text)
  if (bare === null) return null
  const rest = text.slice(bare[0].length, bare[0].length + maxNamedOwnerLength + 1)
  const colon = rest.indexOf(':')
  if (colon <= 0) return null
  const name = rest.slice(0, colon).trim()
  if (
    !text
      .slice(bare[0].length + colon + 1)
      .trim()
      .includes(' ')
  )
    return null
  const names = name.split(/, ?/)
  const named = names.every(
    (part) => isNamedOwner(part) && !part.split(' ').some((word) => labelNouns.has(word.toLowerCase())),
  )
  return named ? name : null
}

/**
 * "Action: Jane", "Action Tomasz", "ACTION – Clerk.", "Action: All": the minute-taker's label with nothing after it but
 * one owner (or the whole group), alone on its line or closing one. Group 1 is the owner with its words. Bounded and
 * anchored at both ends.
 */
const labelThenOwnerOnly = /^action\s{0,3}(?:[:–—-]\s{0,3}|\s{1,3})(\S[^:.]{0,39}?)\s{0,2}\.?$/i

/**
 * The owner a line names after the action label and nothing else ("Action: Jane", "Action Tomasz", "ACTION – Clerk.",
 * "Action: All"), as minutes write the owner of the note or decision just above; null when anything but a name follows
 * the label ("Action: book the hall", "Action Plan", "Action required").
 *
 * @example
 * ownerAloneAfterLabel('Action: Jane') // 'Jane'
 * ownerAloneAfterLabel('Action Plan') // null
 */
export function ownerAloneAfterLabel(text: string): string | null {
  const match = labelThenOwnerOnly.exec(text.trim())
  if (match === null) return null
  const owner = match[1]!.trim()
  const words = owner.split(' ')
  if (words.some((word) => labelNouns.has(word.toLowerCase()))) return null
  // "Action all": the whole group may be written in lower case; anyone else is capitalised.
  if (!isWholeGroup(words[0]!) && !/^\p{Lu}/u.test(owner)) return null
  return isNamedOwner(owner) ? owner : null
}

/**
 * "Jo, supported by Sam, to …", "Jo, with Sam, …": an owner, a comma, a word of help and a second name, a comma, then
 * at least three more words. Neither name crosses a comma, so the match cannot backtrack.
 */
const ownerAndHelper =
  /^([^,]{1,40}), (?:with|supported by|helped by|assisted by|aided by|together with|joined by) ([^,]{1,40}), (?=\S+ \S+ \S)/

/** "JS – update …", "Ana/Tom -> check …", "Ana-- check …": an owner of one to four words, a spaced dash or arrow (or
 * a double hyphen typed for a dash, glued to the name), then the action. */
const labelledDashOwner = /^([^–—>-]{1,40}?)(?: (?:->|→|[-–—])| ?--) (?=\S+ \S)/

/**
 * "AI: Everyone - work on the goals", "ACTION: Ana-- check the list": after an action label, the owner set off by a
 * dash, and the work after it. Null without a label, or when the words before the dash name no one.
 *
 * @example
 * ownerBeforeLabelDash('AI: Ana Ruiz - book the hall') // { owner: 'Ana Ruiz', rest: 'book the hall' }
 * ownerBeforeLabelDash('AI: Budget review - next month') // null
 */
export function ownerBeforeLabelDash(text: string): { owner: string; rest: string } | null {
  const label = actionLabel.exec(text)
  if (label === null || label.index !== 0) return null
  const rest = text.slice(label[0].length)
  const dash = labelledDashOwner.exec(rest)
  if (dash === null || !isNamedOwner(dash[1]!)) return null
  return { owner: dash[1]!, rest: rest.slice(dash[0].length) }
}

/** An owner joined with another ("Sara Lee and Tom Reed to …") has at most this many words in all. */
const maxJoinedOwnerWords = 7

/** A person's role, which minutes name after "The": "The Chair will …", "The Scrum Master to …": capitalised words
 * ending in an office ({@link isOfficeWord}). */
function isPersonRole(words: readonly string[]): boolean {
  return words.every((word) => /^\p{Lu}/u.test(word)) && isOfficeWord(words.at(-1)!)
}

/** "Initialize", "Finalise", "Codify", "Clarify": a word shaped as a verb of instruction, which no one's name is. */
const instructionShaped = /^\p{Lu}\p{Ll}{4,20}i[sz]e$|^\p{Lu}\p{Ll}{1,20}ify$/u

/**
 * "Write INCF to determine …", "Initialize Google Slides to start …": words before "to" that open with an
 * instruction's verb and go on to its object are the work, not someone taking it on.
 */
function opensInstruction(words: readonly string[]): boolean {
  const first = words[0]!
  return (words.length > 1 && imperativeWithTo.has(first.toLowerCase())) || instructionShaped.test(first)
}

/** "Thanks to Ana for …", "Welcome to Tom", "Congratulations to the team": thanks or a greeting before "to", which
 * gives no one work. */
const thanksOrGreeting: readonly string[] = ['congratulations', 'thank', 'thanks', 'welcome']

/** Capitalised words that open a sentence or label a note ("Proposal to move …", "Apologies: …"), never a person or
 * group owning an action. */
const notOwners: ReadonlySet<string> = new Set([
  'a',
  'action',
  'agenda',
  'an',
  // "Someone to ask the caterers": a placeholder for an owner not yet found, no one's name.
  'anybody',
  'anyone',
  'apologies',
  'attendance',
  'attendees',
  'background',
  'comment',
  'decision',
  'discussion',
  'due',
  'he',
  'i',
  'idea',
  'in',
  'it',
  'link',
  'links',
  'motion',
  'need',
  'next',
  'nobody',
  'note',
  'notes',
  'our',
  'outcome',
  'present',
  'proposal',
  'question',
  'recommendation',
  'request',
  'she',
  'somebody',
  'someone',
  'status',
  'suggestion',
  'summary',
  'that',
  'the',
  'there',
  'these',
  'they',
  'this',
  'update',
  'we',
  'you',
  ...thanksOrGreeting,
])

/** "@jsmith": a person's handle, as a team's or a project's notes name people. */
const handle = new RegExp(`^${HANDLE}$`)

/** The whole group, as minutes name it: "ACTION, all: …", and in the languages minutes come in ("tous", "alle"). */
const groupOwners: ReadonlySet<string> = new Set([
  'all',
  'everyone',
  'everybody',
  // French "tous", "toutes", Spanish "todos", "todas", German, Dutch and Scandinavian "alle".
  'tous',
  'toutes',
  'todos',
  'todas',
  'alle',
])

/** Whether a word names the whole group ("all", "Everyone"), as minutes give work to all present. */
export function isWholeGroup(word: string): boolean {
  return groupOwners.has(word.toLowerCase())
}

/** "Stephen: ", "All : ": the colon right after an item's owner, and the space after it. */
const colonAfterOwner = /^\s{0,2}:\s{1,3}(?=\S)/

/**
 * The work after the colon that closes an owner named at the start of `text` ("Stephen: Check the tools" with owner
 * "Stephen" → "Check the tools"), as minutes and stand-up notes write "Owner: action"; null when `text` does not open
 * with the owner followed by a colon and a space.
 *
 * @example
 * workAfterOwnerColon('Ana: Book the room', 'Ana') // 'Book the room'
 * workAfterOwnerColon('Ana will book the room', 'Ana') // null
 */
export function workAfterOwnerColon(text: string, owner: string): string | null {
  if (owner === '' || !text.startsWith(owner)) return null
  const colon = colonAfterOwner.exec(text.slice(owner.length))
  return colon === null ? null : text.slice(owner.length + colon[0].length)
}

/**
 * "Jane and Ahmed" → "Jane, Ahmed": the people an owner named at an item's start ({@link ownerAtStart}) joins by
 * "and" or "&", one per comma, as an owner cell lists them.
 *
 * @example
 * ownerCell('Ana & Lee') // 'Ana, Lee'
 */
export function ownerCell(owner: string): string {
  return owner.replace(/ (?:and|&) /, ', ')
}

/** " and ", " & ", "/": what joins two owners an item names together. */
const ownersJoiner = / (?:and|&) |\//

/**
 * The people an owner names together, joined by "and", "&" or a slash ("Maria Lopez and Ben Ode", "Ana/Tom"), when
 * every one of them is a name {@link isNamedOwner} reads; else the owner alone, so that a role whose name holds the
 * joiner ("Head of Equality and Diversity") stays one.
 *
 * @example
 * ownersJoined('Maria Lopez and Ben Ode') // ['Maria Lopez', 'Ben Ode']
 * ownersJoined('Ana/Tom') // ['Ana', 'Tom']
 * ownersJoined('Head of Equality and Diversity') // ['Head of Equality and Diversity']
 */
export function ownersJoined(owner: string): string[] {
  const names = owner.split(ownersJoiner).map((name) => name.trim())
  return names.length >= 2 && names.every(isNamedOwner) ? names : [owner]
}

/**
 * Whether a name is an owner under the `'name-first'` word rules: one to four capitalised words or
 * initials ("Alex K", "TSC", "TC Members", "TE/LG"), or several such names joined by slashes ("Ana/Ben/Carl",
 * "Priya/Tom L/Jo"), or the whole group ("all"), and not a sentence opener or a note's label ("The", "Note", "We").
 *
 * @example
 * isNamedOwner('Doug S') // true
 * isNamedOwner('Note') // false
 */
export function isNamedOwner(name: string): boolean {
  if (name === '' || name.length > maxNamedOwnerLength) return false
  if (handle.test(name)) return true
  // "Jane and Ahmed", "Sara Lee & Tom Reed": two owners joined.
  const joined = name.split(/ (?:and|&) /)
  if (joined.length === 2) return joined.every(isNamedOwner)
  const words = name.split(' ')
  if (words.length > maxNamedOwnerWords) return false
  if (words.length === 1 && groupOwners.has(words[0]!.toLowerCase())) return true
  // "All board", "Each trustees": every member of a body, its noun in lower case.
  if (
    words.length === 2 &&
    everyone.test(words[0]!) &&
    (isRoleOrBodyWord(words[1]!) || pluralRoles.test(words[1]!))
  )
    return true
  if (notOwners.has(words[0]!.toLowerCase()) || opensInstruction(words)) return false
  // "TE/LG": two people's initials joined by a slash; names in any alphabet's letters ("Zoë", "Fæ/MP").
  if (words.every((word) => namedWord.test(word))) return true
  return isSlashedNames(name)
}

/** A slashed list of owners has at most this many names, each of at most this many words. */
const maxSlashedNames = 8
const maxSlashedNameWords = 3

/**
 * "Ana/Ben/Carl", "Priya/Tom L/Jo": three or more people, each a first name or a name and initials, joined by
 * slashes, as working groups' minutes list an item's owners before its colon. Each name is capitalised words
 * ("Tom L"), at most three.
 */
function isSlashedNames(name: string): boolean {
  const names = name.split('/', maxSlashedNames + 1)
  if (names.length < 2 || names.length > maxSlashedNames) return false
  return names.every((part) => {
    const words = part.trim().split(' ')
    return (
      words.length <= maxSlashedNameWords &&
      !notOwners.has(words[0]!.toLowerCase()) &&
      words.every((word) => /^\p{Lu}[\p{L}.'’-]{0,30}$/u.test(word))
    )
  })
}

/** A capitalised word of a name, or two joined by a slash ("Zoë", "TE/LG"). */
const namedWord = /^\p{Lu}[\p{L}.'’-]{0,30}(?:\/\p{Lu}[\p{L}.'’-]{0,30})?$/u

/**
 * Whether a verb agrees with one name as its subject ("holds", "prepares", "analyses"), as a step naming its one
 * owner first is worded ("Clerk: circulates …", "Clerk circulates …"); the plain verb ("hold", "pass") does not.
 *
 * @example
 * agreesWithOneName('prepares') // true
 * agreesWithOneName('receive') // false
 */
export function agreesWithOneName(verb: string): boolean {
  return /[^s]s$|ss?es$/.test(verb)
}

/** "Ana", "Tim": one capitalised word, the rest in lower case, as minutes name a person they task. */
const taskedName = "[A-Z][a-z'’-]{1,20}"

/** One name, "to" and a verb in lower case, the verb ending at a word's edge, at a space, or (with a verb in -ed in
 * place of "to …") the past. Anchored and bounded. */
const taskedBeforeTo = {
  word: new RegExp(`^(${taskedName}) to ([a-z]{2,20})\\b`),
  space: new RegExp(`^(${taskedName}) to ([a-z]{2,20})\\s`),
  past: new RegExp(`^(${taskedName}) (?:to ([a-z]{2,20})|([a-z]{2,20}ed))\\b`),
} as const

/**
 * How {@link personTaskedBeforeTo} reads the verb after "to": `'word'`, a verb ending at a word's edge ("Ana to
 * ask.", "Ana to ask-around"); `'space'`, only one a space follows, so the line goes on after it ("Ana to ask the
 * hall"), as readers that count such lines across minutes need; `'past'`, as `'word'`, or a verb in -ed in place of
 * "to …" ("Allan drafted the email"), as a note saying who has acted.
 */
export type TaskedVerb = keyof typeof taskedBeforeTo

/**
 * The one person a line or clause tasks by name before "to" and a verb in lower case ("Ana to ask the caretaker",
 * "Tim to create the form"), and the verb ("ask"; for `'past'`, "drafted" of "Allan drafted …"): the one reading of
 * "Name to do X" shared by the readers of notes in brackets and of names repeated across minutes. The name is one
 * capitalised word; whether it is a person rather than an imperative ("Continue to …") is the caller's to judge
 * ({@link imperativeWithTo}, {@link isNamedOwner}). Null when the text opens no such way.
 *
 * @example
 * personTaskedBeforeTo('Tim to create the form', 'space') // { name: 'Tim', verb: 'create' }
 * personTaskedBeforeTo('Allan drafted the email', 'past') // { name: 'Allan', verb: 'drafted' }
 * personTaskedBeforeTo('Review the policy', 'word') // null
 */
export function personTaskedBeforeTo(text: string, verb: TaskedVerb): { name: string; verb: string } | null {
  const match = taskedBeforeTo[verb].exec(text)
  return match === null ? null : { name: match[1]!, verb: (match[2] ?? match[3])! }
}

/** Verbs that open an imperative item and take "to" ("Write to the Dean", "Report to Council"): no owner named. */
export const imperativeWithTo: ReadonlySet<string> = new Set([
  'add',
  'agree',
  'aim',
  'apply',
  'begin',
  'bring',
  'circulate',
  'commit',
  'continue',
  'email',
  'forward',
  'give',
  'go',
  'invite',
  'listen',
  'look',
  'move',
  'need',
  'plan',
  'present',
  'provide',
  'reach',
  'refer',
  'reply',
  'report',
  'respond',
  'return',
  'seek',
  'send',
  'speak',
  'start',
  'submit',
  'take',
  'talk',
  'try',
  'write',
])
