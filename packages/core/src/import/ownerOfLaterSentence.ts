import { splitOwnerList } from './splitOwnerList'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'

/** At most this many sentences after the first are read for their subject. */
const maxSentences = 6

/** A sentence break: a full stop, "!" or "?", a space, then a capital letter. */
const sentenceBreak = /[.!?]\s{1,3}(?=[A-Z])/g

/** "agreed to", "undertook to", "offered to", "volunteered to": how a minute reports who took the work on. The
 * first one only, spaced on both sides. */
const undertook = / (?:agreed|undertook|offered|volunteered) to /

/**
 * The owner a later sentence of the action names as who will do it, when its first sentence names nobody: "Wire
 * bays. The leaves and manure need separate bays. Sam will cost the posts and bring details to the next meeting."
 * → Sam. A minute's report of who took the work on reads the same: "Room bookings – A member asked about the
 * evening rate. The Clerk agreed to check it with the venue." → Clerk ("agreed", "undertook", "offered" or
 * "volunteered to" for "will"). Planning-meeting notes, committee action lists and small organisations' plans state the problem first
 * and then who takes it on. Only a sentence whose subject is a name, a role or a body before "will" is read
 * ({@link ownersNamedAsSubject}); pronouns ("She will", "We could") and passives name nobody. Failing that, initials
 * a later sentence (or the words after a spaced dash) opens with before "to" own it: "A new hall floor was agreed. RT
 * to get quotes." → RT. Returns [] otherwise.
 *
 * @example
 * ownerOfLaterSentence('Bike stores. Residents asked for more. Priya will bring costs to the next panel.') // ['Priya']
 */
export function ownerOfLaterSentence(title: string): string[] {
  const text = title.length > 2000 ? title.slice(0, 2000) : title
  let count = 0
  for (const match of text.matchAll(sentenceBreak)) {
    if (++count > maxSentences) break
    const sentence = text.slice(match.index + match[0].length)
    const end = sentence.search(/[.!?](?:\s|$)/)
    const clause = end < 0 ? sentence : sentence.slice(0, end)
    // "The Clerk agreed to circulate …": a minute records who took the work on as "will" does.
    const undertaken = clause.replace(undertook, ' will ')
    if (!undertaken.includes(' will ')) continue
    const owners = ownersNamedAsSubject(undertaken)
    // "Meetings will continue …": a plural word alone is what goes on, not who takes the work on.
    if (owners.length === 1 && !owners[0]!.includes(' ') && /s$/.test(owners[0]!)) continue
    if (owners.length > 0) return owners
  }
  const tasked = initialsTaskedLater(text)
  return tasked.length > 0 ? tasked : nameToDoAtEnd(text)
}

/**
 * "… the rota. Ana to do.", "…, SV to do", "… – Sally and Tom to action": who is to do it, closing the item after
 * a full stop, a comma or a spaced dash, as minute-takers shorten "John will do this". Group 1 is the name or names:
 * one or two capitalised words or initials each, two joined by "and" or "&". Anchored at the end and bounded.
 */
const toDoAtEnd =
  /(?:[.!?,;]|\s[-–—])\s{1,3}(\p{Lu}[\p{L}'’-]{0,20}(?:\s\p{Lu}[\p{L}'’-]{0,20})?(?:\s(?:and|&)\s\p{Lu}[\p{L}'’-]{0,20}(?:\s\p{Lu}[\p{L}'’-]{0,20})?)?)\s{1,2}to\s(?:do|action)\s{0,2}[.!]?$/u

/** Words of how much is left, never a person: "Lots to do.", "Nothing to action", "Much still to do". */
const amountWords =
  /^(?:nothing|more|lots?|much|plenty|something|anything|everything|little|enough|still|things|work|plans|stuff|less|jobs|tasks|items|actions)$/i

/**
 * The people an item's closing "<name> to do" or "<name> to action" names (see {@link toDoAtEnd}), or []. A word of
 * how much is left ("Lots to do") names no one.
 */
function nameToDoAtEnd(text: string): string[] {
  const tail = text.length > 200 ? text.slice(-200) : text
  const named = toDoAtEnd.exec(tail)?.[1]
  if (named === undefined) return []
  const names = named.split(/\s(?:and|&)\s/)
  return names.some((name) => amountWords.test(name.split(' ')[0]!)) ? [] : names
}

/** A later sentence, or the words after a spaced dash, that opens with initials before "to" and a verb: ". RT to
 * get …", " – DS and MO to ask …". Group 1 is the initials. Bounded; the dash or stop is found first. */
const initialsTasked =
  /(?:[.!?]|\s[-–—])\s{1,3}(\p{Lu}{2,4}(?:(?:\s{0,2}[/,&]\s{0,2}|\s{1,2}and\s{1,2})\p{Lu}{2,4}){0,3})\s{1,2}to\s{1,2}(?!be\b)\p{Ll}/u

/**
 * The initials a later sentence of a minute, or its words after a spaced dash, tasks with the work ("RT raised
 * the worn hall floor, which the meeting agreed. RT to get quotes." → RT; "The boiler is noisy - DS to ask." →
 * DS; "… - RT and MO to sort the rota." → RT, MO): committees' minutes report a point and then say who follows
 * it up. Only people's initials (two to four capitals) before "to" and a verb are read, never a passive ("to be");
 * the first such sentence names the owners.
 */
function initialsTaskedLater(text: string): string[] {
  const match = initialsTasked.exec(text)
  return match === null ? [] : splitOwnerList(match[1]!)
}
