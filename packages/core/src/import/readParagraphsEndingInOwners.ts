import { isHonorific } from '../owners/isHonorific'
import { parseStatus } from '../status/parseStatus'
import { isCapitalsNamingNoOne } from './capitalsNamingNoOne'
import type { FlattenedActionTables } from './flattenActionTables'
import { BULLET_MARKS } from './bulletMarks'
import { ROLL_LABEL_WORDS } from './rollLabelWords'
import { isOfficeWord } from './isOfficeWord'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { initialsOfPeople } from './ownersInitialledAtEnd'
import { splitSentences } from './proseStep'

/** At least this many paragraphs must end in their owner for the page to be read so. */
const minOwned = 3

/** The owned paragraphs make at least this share of the paragraphs under the items (headings aside). */
const minOwnedShare = 1 / 3

/** An owner written at a paragraph's end has at most this many words ("Mrs D. Marsh"). */
const maxOwnerWords = 4

/** A heading between the items is short: at most this many words after its number ("2. Planning."). */
const maxHeadingWords = 6

/** A paragraph is read for a "will" sentence up to this many characters. */
const maxProse = 2000

/** "2. Planning.", "12. Correspondence", "4.1 School liaison": an agenda item's number, or a sub-item's. Group 1 is the
 * number. Bounded. */
const itemNumber = /^(\d{1,2}(?=\.\s)|\d{1,2}\.\d{1,2}(?=\.?\s))\.?\s{1,3}(?=\S)/

/** "a. Annual return …", "b) Mill Lane barn …": a lettered paragraph under an item, and its letter. */
const letterMark = /^([a-z])[.)]\s{1,3}(?=\S)/

/** "Clerk", "Chairman", "Vice Chair", "the Treasurer": a council's officer, named by the office
 * ({@link isOfficeWord}). Bounded. */
const officeName = /^(?:the )?(?:(?:vice|deputy|assistant) )?(\S{1,30})$/i

function isOffice(name: string): boolean {
  const word = officeName.exec(name)?.[1]
  return word !== undefined && isOfficeWord(word)
}

/**
 * "Hale", "D. Marsh", "J Smith": the name after an honorific, a capitalised surname after up to two initials
 * (case kept: "Councillors agreed" names no one). Bounded.
 */
const nameAfterTitle = /^(?:\p{Lu}\.? ){0,2}\p{Lu}[\p{Ll}'’-]{1,30}(?:-\p{Lu}[\p{Ll}'’-]{1,30})?$/u

/** "Cllr Hale", "Mrs D. Marsh", "Councillor J Smith": a member named by a capitalised honorific and a name. */
function isHonorificName(name: string): boolean {
  const space = name.indexOf(' ')
  const title = name.slice(0, space)
  return (
    space > 0 && /^\p{Lu}/u.test(title) && isHonorific(title) && nameAfterTitle.test(name.slice(space + 1))
  )
}

/** "RB", "JPW": a member's initials. */
const initials = /^\p{Lu}{2,4}$/u

/**
 * "… a second quote is wanted. Action: KM", "… the hinges need oiling Action: DW", "… the gutter is cleared. [Action
 * PT]": the minute-taker's label closing the paragraph before its owners (or with them in square brackets), which
 * marks where the paragraph ends even with no full stop before it. Group 1 is the paragraph, group 2 or 3 the owners
 * (at most 40 characters, no stop). Bounded.
 */
const labelledOwners =
  /^(.{1,4000}?)\s{1,4}(?:(?:Action|ACTION)\s{0,2}:\s{0,3}([^.:;!?]{1,40}?)\.?|\[(?:Action|ACTION)\s{1,3}([^[\].:;!?]{1,40}?)\]\.?)$/

/** "Clerk/Chairman", "Cllr Ross and Clerk", "RB & JP": owners joined at the paragraph's end. */
const ownerJoiner = /\/| and | & |, /

/** The sentence ends before the owner: a full stop, "?", "!" or a closing bracket after one. */
const sentenceEnd = /[.?!]["'”’)]?$|\)$/

/**
 * "Brightway were told and will look into it", "Clerk will put up the notices": a sentence opening with
 * who will act (capitalised words, or "the" and an office), up to three words and "and" before "will", and the
 * verb. A passive ("will be set up") names nobody. Bounded.
 */
const willSentence =
  /^((?:the )?\p{Lu}[\p{L}'’.-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){0,3}) (?:(?:[a-z]{1,20} ){0,3}and )?will (?!be\b|not\b|have\b|need\b)[a-z]/u

/** Capitalised words that open a sentence without naming anyone who acts. */
const notActors =
  /^(?:it|this|that|these|those|there|they|he|she|we|you|i|a|an|the|some|all|no|any|each|every)$/i

/** "… the far pitch.PH/BP": a paragraph's last sentence, then initials (several joined by slashes) glued to its full
 * stop. Group 1 is the paragraph with its stop, group 2 the initials. Bounded. */
const gluedInitials = /^(.{1,4000}?\p{Ll}\.)(\p{Lu}{2,4}(?:\/\p{Lu}{2,4}){0,3})$/u

/** "All", "ALL", "Everyone": the whole committee, named alone after the last sentence ("… updated. All"). */
const wholeGroup = /^(?:All|ALL|Everyone)$/

/** One owner at a paragraph's end: an office, an honorific and a name, initials, or the whole group. */
function isOwnerName(name: string): boolean {
  return (
    isOffice(name) ||
    isHonorificName(name) ||
    wholeGroup.test(name) ||
    (initials.test(name) && !isCapitalsNamingNoOne(name))
  )
}

/** "Present:", "Apologies sent by:", "In attendance": the label of a line naming who came or sent apologies. */
const attendanceLine = new RegExp(`^(?:${ROLL_LABEL_WORDS}|attendance|apologies)\\b`, 'i')

/**
 * The initials the minutes' roll gives its members after their names ("Present: Maria Lund (ML), Tom Ash (TA)",
 * "Apologies: Sam Obi (SO)"), read from the attendance lines as {@link initialsOfPeople} reads them; an empty set when
 * fewer than two are given so.
 */
function rollOfInitials(page: readonly PageLine[]): ReadonlySet<string> {
  const roll = initialsOfPeople(
    page.filter((line) => attendanceLine.test(line.text)).map((line) => [line.text]),
  )
  return roll.size >= 2 ? roll : new Set()
}

/** At most this many members' initials close a line, each set off by a space ("… the raffle prizes. NP OR KL"). */
const maxSpacedInitials = 4

/**
 * The roll's initials a line ends with, one or more set off by spaces and no stop needed before them ("Raffle –
 * prizes still wanted NP", "… the stall. NP KL"), as minutes typed with the action column at the right run its
 * initials onto the line; null when the last word is not a roll member's initials or the line is nothing else.
 */
function rollInitialsAtEnd(
  text: string,
  roll: ReadonlySet<string>,
): { readonly owners: string[]; readonly rest: string } | null {
  if (roll.size === 0) return null
  const words = text.split(' ')
  let count = 0
  while (count < maxSpacedInitials && count < words.length - 1 && roll.has(words[words.length - count - 1]!))
    count++
  return count === 0
    ? null
    : {
        owners: words.slice(-count),
        rest: words
          .slice(0, -count)
          .join(' ')
          .replace(/\s[–—-]$/, ''),
      }
}

/**
 * The owners a paragraph ends with, after its last sentence (". Clerk", ". Cllr Hale", ". Clerk/Chairman.") or
 * after an "Action:" label closing it ("… the hinges need oiling Action: DW", "… [Action PT]"), or the roll's
 * initials closing it with or without a stop ("… wanted NP", "… the stall. NP KL"), and the paragraph before
 * them; null when its last words name no one so.
 */
function ownersAtEnd(
  text: string,
  roll: ReadonlySet<string> = new Set(),
): { readonly owners: string[]; readonly rest: string } | null {
  const spaced = rollInitialsAtEnd(text, roll)
  if (spaced !== null) return spaced
  const labelled = labelledOwners.exec(text)
  if (labelled !== null) {
    const owners = (labelled[2] ?? labelled[3]!).split(ownerJoiner).map((name) => name.trim())
    return owners.every(isOwnerName) ? { owners, rest: labelled[1]! } : null
  }
  const body = text.endsWith('.') ? text.slice(0, -1) : text
  // "… sited on the far pitch.PH/BP": initials glued to the full stop before them, as typed minutes lose the space.
  const glued = gluedInitials.exec(body)
  if (glued !== null) {
    const owners = glued[2]!.split('/')
    if (owners.every(isOwnerName)) return { owners, rest: glued[1]! }
  }
  const words = body.split(' ')
  for (let count = 1; count <= maxOwnerWords && count < words.length; count++) {
    const before = words[words.length - count - 1]!
    if (!sentenceEnd.test(before)) continue
    const tail = words.slice(-count).join(' ')
    if (parseStatus(tail).state !== 'unknown') return null
    const owners = tail.split(ownerJoiner).map((name) => name.trim())
    if (owners.every(isOwnerName)) return { owners, rest: words.slice(0, -count).join(' ') }
  }
  return null
}

/** The one who will act in the first sentence of a paragraph that says someone will ("Clerk will put up …"), or ''. */
function willActor(text: string): string {
  for (const sentence of splitSentences(text.slice(0, maxProse))) {
    const actor = willSentence.exec(sentence)?.[1]
    if (actor === undefined) continue
    const first = actor.split(' ')[0]!
    if (notActors.test(first) && !isOffice(actor)) continue
    return actor.replace(/^the /i, '')
  }
  return ''
}

/** "… from the group. Action": the mark left before the owners ("Action – SM", "Action SM"), closing the paragraph. */
const markBeforeOwners = /\s{1,3}(?:Action|ACTION)$/

/**
 * The last sentence of a paragraph closed by its owners when it opens with one of them giving themselves the work ("…
 * The family wrote to thank us. SM to send a card. Action – SM", "… RC will book the room. RC"): the work itself, the
 * sentences before it the discussion. Null when the last sentence is not so ("LT suggests a leaflet …").
 */
function ownersOwnSentence(rest: string, owners: readonly string[]): string | null {
  const sentences = splitSentences(rest.replace(markBeforeOwners, ''))
  const last = sentences.at(-1)?.trim() ?? ''
  if (sentences.length < 2 && !markBeforeOwners.test(rest)) return null
  return owners.some((owner) => last.startsWith(`${owner} to `) || last.startsWith(`${owner} will `))
    ? last
    : null
}

/** One line of the page below its first item. */
type Line =
  | { readonly kind: 'heading'; readonly index: number; readonly title: string; readonly number: string }
  | {
      readonly kind: 'paragraph'
      readonly index: number
      readonly ref: string
      readonly text: string
      readonly owned: { readonly owners: string[]; readonly rest: string } | null
    }

/** "· Book the hall", "o Plant sale": a bullet opening a line, Word's "o" of a second-level list among them. */
const bulletOrO = new RegExp(`^(?:[${BULLET_MARKS}]|o(?= \\p{Lu}))\\s{1,4}`, 'u')

function readLine(line: PageLine, roll: ReadonlySet<string>): Line {
  const numbered = itemNumber.exec(line.text)
  const lettered = numbered === null ? letterMark.exec(line.text) : null
  // On minutes whose roll gives initials, a bulleted point is a paragraph, never a heading, its bullet left out.
  const bullet = numbered === null && lettered === null && roll.size > 0 ? bulletOrO.exec(line.text) : null
  const text = line.text.slice((numbered ?? lettered ?? bullet)?.[0].length ?? 0)
  const owned = ownersAtEnd(text, roll)
  if (owned === null && lettered === null && bullet === null && text.split(' ').length <= maxHeadingWords)
    return {
      kind: 'heading',
      index: line.index,
      title: text.replace(/[.:]$/, ''),
      number: numbered?.[1] ?? '',
    }
  return { kind: 'paragraph', index: line.index, ref: lettered?.[1] ?? '', text, owned }
}

/**
 * Reads minutes whose paragraphs end with who is to act, as parish and town councils type their minutes with the
 * action column at the right and a plain copy runs it onto the paragraph: "b. 14/00210/FUL. Mill Lane barn. No
 * objection. Clerk.", "A working party will be formed. Cllr Hale agreed to lead it. Cllr Hale". The owners are the
 * words after the paragraph's last sentence: an office ("Clerk", "Chairman", "Vice-Chair"), an honorific and a name
 * ("Cllr Hale", "Mrs D. Marsh") or initials ("RB"), several joined by "/", "and", "&" or commas. Each such
 * paragraph is an action titled by its text before them, its letter ("b.") its ref; a paragraph ending so in no one
 * is an action only when a sentence of it says who will act ("Clerk will put up the notices", "Brightway
 * were told and will look into it"), that one its owner; the rest is the record of the meeting. A short line
 * that ends in no owner ("2. Planning.", "Village Matters.") heads the paragraphs below it (their section). The lines
 * above the first numbered item or owned paragraph (who was present, apologies) are the title rows. Null unless a
 * one-column page has at least three paragraphs ending in their owners, a third of its paragraphs at least.
 *
 * @example
 * readParagraphsEndingInOwners([
 *   ['Present: four members'], ['1. Footpaths.'], ['a. The stile is broken. Clerk'],
 *   ['b. The hedge needs cutting. Cllr Hart'], ['2. Hall.'], ['a. The boiler failed. Quotes to be sought. Clerk.'],
 * ])?.rows.slice(1, 3) // [['Action', 'Owner', 'Section', 'Ref'], ['The stile is broken.', 'Clerk', 'Footpaths', 'a']]
 */
export function readParagraphsEndingInOwners(
  table: readonly (readonly string[])[],
  page: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (page === null) return null
  const roll = rollOfInitials(page)
  const top = page.findIndex(
    (line) =>
      !attendanceLine.test(line.text) &&
      (itemNumber.test(line.text) || ownersAtEnd(line.text, roll) !== null),
  )
  if (top < 0) return null
  const lines = page.slice(top).map((line) => readLine(line, roll))
  const paragraphs = lines.filter((line) => line.kind === 'paragraph')
  const owned = paragraphs.filter((line) => line.owned !== null).length
  if (owned < minOwned || owned < paragraphs.length * minOwnedShare) return null
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  let section = ''
  let number = ''
  // Whether a paragraph is titled by its owner's own sentence, the paragraph kept as its description.
  let described = false
  for (const line of lines) {
    if (line.kind === 'heading') {
      section = line.title
      number = line.number
      sectionRows.push(line.index + 1)
      continue
    }
    // A paragraph without a letter under a numbered item is cited by the item's number.
    const ref = line.ref === '' ? number : line.ref
    if (line.owned !== null) {
      const work = ownersOwnSentence(line.owned.rest, line.owned.owners)
      if (work !== null) described = true
      records.push({
        index: line.index,
        // "… a second table. Action – NP": the mark before the owners is the minute-taker's, not the work's.
        cells: [
          work ?? line.owned.rest.replace(markBeforeOwners, ''),
          line.owned.owners.join(', '),
          section,
          ref,
          work === null ? '' : line.text,
        ],
      })
      continue
    }
    const actor = willActor(line.text)
    if (actor === '') skippedRows.push(line.index + 1)
    else records.push({ index: line.index, cells: [line.text, actor, section, ref, ''] })
  }
  const first = page[top]!.index
  const header = ['Action', 'Owner', 'Section', 'Ref', ...(described ? ['Description'] : [])]
  const cut = described ? records : records.map((record) => ({ ...record, cells: record.cells.slice(0, 4) }))
  return oneColumnRecords(table.slice(0, first), first + 1, header, cut, {
    mergedRows: [],
    sectionRows,
    skippedRows,
    titleEvidence: 'each paragraph of the minutes ending in who is to act (". Clerk", ". Cllr Hale")',
  })
}

/**
 * Whether minutes mark their owners with the roll's initials at the end of lines ("Present: Maria Lund (ML), …" over
 * "· Raffle – prizes still wanted NP"): at least three lines below the roll end so. Such minutes are read by their
 * marks, not by the sentences that give members work.
 */
export function endsLinesInRollInitials(page: readonly PageLine[]): boolean {
  const roll = rollOfInitials(page)
  if (roll.size === 0) return false
  let owned = 0
  for (const line of page) {
    if (attendanceLine.test(line.text) || rollInitialsAtEnd(line.text, roll) === null) continue
    owned++
    if (owned >= minOwned) return true
  }
  return false
}
