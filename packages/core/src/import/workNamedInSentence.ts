import { reportsOwnWorkDone } from './statusFromPresentPerfect'

/** How a sentence of prose names its work: promised ("We will …"), reported done ("We have …"), or listed. */
export type WorkTense = 'promised' | 'done' | 'listed'

/** The pieces of work one sentence names, and how it names them. */
export interface NamedWork {
  readonly items: string[]
  readonly tense: WorkTense
}

/** A sentence naming more pieces than this is a list of things, not of work: each piece keeps the sentence as its
 * description, so the bound also keeps a hostile sentence's copies linear. */
const maxPieces = 12
/** Words after which a sentence lists the pieces of work it promises. */
const listingWords = [' including', ' such as', ' namely']
/** "Additional initiatives … include reviewing …": a subject naming work, then "include" and the pieces. */
const workSubject = /\b(?:initiatives|projects|actions|activities|steps|changes|measures|work)\b/i
/** "improving", "publishing": an item that opens with a verb in -ing names a piece of work. */
const gerund = /^[a-z]{2,30}ing$/
/** "In addition, ", "Also, ": a lead the sentence's subject comes after. */
const lead = /^(?:in addition|additionally|also|next|finally|further|furthermore),?\s{1,3}/i
/** "We want to create …", "We will fund …", "We plan to …": the writers promise what follows. */
const promise = /^we\s{1,3}(?:will|shall|want to|plan to|aim to|intend to|are going to|would like to)\s{1,3}/i
/** "be working on making …": the work after a promise to be busy with it. */
const busyWith = /^be\s{1,3}(?:working on|focusing on|looking at|looking into)\s{1,3}/i
/** A bare verb after ", and ": a second promised piece ("…, and work to ensure …"), not a noun phrase. */
const notVerbs: ReadonlySet<string> = new Set(
  'a an the our their its this that these those we they it all each every some other more many also then so as'.split(
    ' ',
  ),
)
/** "We recently secured": the subject and a time word before a verb in the simple past, dropped from its title. */
const pastLead = /^we\s{1,3}(?:recently|also|then|now|already|since)?\s{0,3}(?=[a-z]{2,20}ed\b)/i

/**
 * The pieces of work one sentence of prose names, as a careful reader of a page of prose takes them:
 * - a list after "will … including" (or "such as", "namely"), or after "include" with a subject naming work
 *   ("Additional initiatives … include reviewing … and establishing …"): two to twelve pieces, each opening with
 *   an -ing verb;
 * - a promise opening the sentence: the sentence itself ("We will fund a course …"), or the pieces it names, split
 *   at ", and" before a bare verb ("We want to create …, and work to ensure …" → "create …", "work to ensure …";
 *   two to twelve pieces of two words or more, else the sentence is one piece),
 *   or the work it promises to be busy with ("In addition, we will be working on making …" → "making …");
 * - a report of work done opening the sentence ("We have overhauled the workload model …", "We recently secured the
 *   regrading …"): the sentence is one piece, the simple past from its verb on.
 * Returns null for any other sentence. Each test is anchored or a plain indexOf, so a long sentence is read in one
 * pass.
 *
 * @example
 * workNamedInSentence('We want to map the training, and fund a course for each apprentice.')
 * // { items: ['map the training', 'fund a course for each apprentice'], tense: 'promised' }
 */
export function workNamedInSentence(sentence: string): NamedWork | null {
  const listed = listedWork(sentence)
  if (listed !== null) return listed
  const text = trimEnd(sentence.trim().replace(lead, ''), '.!?')
  const promised = promise.exec(text)
  if (promised !== null) {
    const rest = text.slice(promised[0].length)
    const busy = busyWith.exec(rest)
    if (busy !== null) return { items: [rest.slice(busy[0].length)], tense: 'promised' }
    // One promise is the sentence as written; two or more are each titled by their own verb.
    const items = splitAtAndVerb(rest)
    const pieces = items.length > 1 && items.length <= maxPieces && items.every((item) => item.includes(' '))
    return { items: pieces ? items : [text], tense: 'promised' }
  }
  if (reportsOwnWorkDone(text) === null) return null
  const past = pastLead.exec(text)
  const title = past === null ? text : capitalise(text.slice(past[0].length))
  return { items: [title], tense: 'done' }
}

/**
 * The pieces a sentence lists after "will … including" (or "such as", "namely"), or after "include" when its
 * subject names work, each opening with an -ing verb, or null when it lists fewer than two such pieces. Read with
 * indexOf and split: one pass.
 */
function listedWork(sentence: string): NamedWork | null {
  const will = sentence.indexOf(' will ')
  let start = -1
  if (will >= 0) {
    for (const word of listingWords) {
      const at = sentence.indexOf(word, will)
      if (at >= 0 && (start < 0 || at < start)) start = at + word.length
    }
  } else {
    const include = sentence.search(/ includes? /)
    if (include >= 0 && workSubject.test(sentence.slice(0, include)))
      start = sentence.indexOf(' ', include + 1)
  }
  if (start < 0) return null
  const list = trimEnd(sentence.slice(start).replace(/^[\s,:]+/, ''), '.!?')
  const parts = list.split(', ').map((part) => part.trim())
  const last = parts.pop()!.replace(/^and /, '')
  // The last two pieces are joined by "and" before the last one's own -ing verb.
  const words = last.split(' ')
  let cut = -1
  for (let i = words.length - 2; i > 0; i--) {
    if (words[i] === 'and' && gerund.test(words[i + 1]!)) {
      cut = i
      break
    }
  }
  if (cut > 0) parts.push(words.slice(0, cut).join(' '), words.slice(cut + 1).join(' '))
  else parts.push(last)
  const items = parts.filter((part) => part !== '')
  if (
    items.length < 2 ||
    items.length > maxPieces ||
    !items.every((item) => item.includes(' ') && gerund.test(item.split(' ')[0]!))
  )
    return null
  return { items, tense: will >= 0 ? 'promised' : 'listed' }
}

/** "create a database of courses and providers, and work to ensure …" → the two pieces, cut at ", and <verb>". */
function splitAtAndVerb(text: string): string[] {
  const items: string[] = []
  let from = 0
  let at = text.indexOf(', and ')
  while (at >= 0) {
    const next = /^[a-z]{2,15}\b/.exec(text.slice(at + 6, at + 30))?.[0]
    if (next !== undefined && !notVerbs.has(next) && !/(?:ing|ed|s)$/.test(next)) {
      items.push(text.slice(from, at).trim())
      from = at + 6
    }
    at = text.indexOf(', and ', at + 6)
  }
  items.push(text.slice(from).trim())
  return items.filter((item) => item !== '')
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** `text` without the run of `marks` that ends it: a loop, not an end-anchored regex that rescans a long run. */
function trimEnd(text: string, marks: string): string {
  let end = text.length
  while (end > 0 && marks.includes(text[end - 1]!)) end--
  return text.slice(0, end)
}
