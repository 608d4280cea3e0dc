import type { FlattenedActionTables } from './flattenActionTables'
import { namesPresent } from './namesPresent'
import { type OneColumnRecord, oneColumnRecords, type PageLine } from './oneColumnRecords'
import { isNamedOwner, ownerAtStart } from './ownerAtStart'
import { splitSentences } from './proseStep'

/** At least this many tasked sentences, and this many people on the roll, make the layout. */
const minTasks = 3
const minPresent = 2

/** A line longer than this is read no further (a minute is a few hundred characters). */
const maxLine = 2000

/** "Ana, Jo, Raj", "Tom and Ana", "Ana/Tom": what joins the people one sentence tasks together. */
const joiner = /\s?\/\s?|, | and | & /

/** "Ana, Jo, Raj to …": first names (a surname allowed) joined by commas, "and", "&" or "/", then "to".
 * Bounded. */
const namesBeforeTo =
  /^(\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20})?(?:(?:, | and | & |\/)\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20})?){1,5}) to (?=\p{Ll})/u

/**
 * Reads the actions of minutes that give work to the members present in plain sentences among the notes, with no
 * action label or list: "Ana, Jo, Raj to call the three applicants.", "Agreed to bid for it.
 * Kofi to draft the bid and send it round.", "Tom to set up the rota", as community
 * groups' steering minutes record who took what on. A sentence that opens with one or more names before "to" and a
 * verb, one of them on the minutes' roll ("Present: Ana, Jo, Kofi, Raj, Tom"), is an action: that sentence its
 * title, the names its owners, the whole line kept as its description. Everything else (the roll, the discussion,
 * the headings) holds no actions. Null unless the page is one column with a roll of at least two names and at least
 * three such sentences.
 *
 * @example
 * readMembersTaskedInMinutes([['Minutes'], ['Present: Ana, Tom, Sam']], [
 *   { index: 0, text: 'Minutes' }, { index: 1, text: 'Present: Ana, Tom, Sam' }, { index: 2, text: 'Ana to book the hall.' },
 *   { index: 3, text: 'Agreed. Tom to ask the council.' }, { index: 4, text: 'Sam and Ana to print the flyers' },
 * ])?.rows[3] // ['Tom to ask the council.', 'Tom', 'Agreed. Tom to ask the council.']
 */
export function readMembersTaskedInMinutes(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null,
): FlattenedActionTables | null {
  if (lines === null || lines.length <= minTasks) return null
  const present = namesPresent(table)
  if (present.size < minPresent) return null
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  for (const line of lines.slice(1)) {
    const before = records.length
    if (line.text.length <= maxLine)
      for (const sentence of splitSentences(line.text)) {
        const owners = taskedMembers(sentence, present)
        if (owners !== null)
          records.push({
            index: line.index,
            cells: [sentence, owners.join(', '), line.text === sentence ? '' : line.text],
          })
      }
    if (records.length === before) skippedRows.push(line.index + 1)
  }
  if (records.length < minTasks) return null
  const top = lines[0]!.index
  return oneColumnRecords([[lines[0]!.text]], top + 1, ['Action', 'Owner', 'Description'], records, {
    mergedRows: [],
    skippedRows,
    titleEvidence: 'each sentence giving work to members present ("Kofi to draft the bid …")',
  })
}

/** The people a sentence opens by tasking ("Ana, Jo, Raj to contact …"), one of them present; else null. */
function taskedMembers(sentence: string, present: ReadonlySet<string>): string[] | null {
  const named = namesBeforeTo.exec(sentence)?.[1] ?? ownerAtStart(sentence, 'name-first')
  if (
    named === null ||
    !sentence.startsWith(`${named} to `) ||
    !/^\p{Ll}/u.test(sentence.slice(named.length + 4))
  )
    return null
  const owners = named.split(joiner).map((name) => name.trim())
  if (!owners.every(isNamedOwner)) return null
  const onRoll = owners.some((name) => present.has(name.split(' ')[0]!.toLowerCase()))
  return onRoll ? owners : null
}
