import { bracketAtEnd } from './bracketAtEnd'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { splitJoinedNames } from './ownersInBrackets'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'
import { splitSentences } from './proseStep'

/** At least this many lines must close with an action tag for the page to be read so. */
const minTagged = 3

/** A line longer than this is read no further (a minute is a few hundred characters). */
const maxLine = 2000

/** A heading is short: at most this many words. */
const maxHeadingWords = 8

/**
 * "Action Inès et Paul", "Action: Ravi and Jo K", "Actions : Priya": the minute-taker's label opening a
 * closing bracket, with or without a colon, before a capitalised name. Bounded.
 */
const tagLabel = /^\s{0,2}actions?(?:\s{0,2}:\s{0,3}|\s{1,3})(?=\p{Lu})/iu

/**
 * What closes the owners inside the tag: a remark after a comma in lower case (", once the budget is agreed"), a
 * spaced dash ("– unless stated") or the work given after "to" ("Ana to draft the notice"). Bounded.
 */
const remark = /,\s{0,2}\p{Ll}|\s[-–—]\s|\sto\s/u

/** One owner: one to three capitalised words or initials ("Inès", "Marc D.", "Jo K", "Anne-Sophie", "DT"). */
const ownerName = /^\p{Lu}[\p{L}'’.-]{0,24}(?: \p{Lu}[\p{L}'’.-]{0,24}){0,2}$/u

/** At most this many owners in one tag. */
const maxOwners = 5

/** "7. ", "12) ": an item's number opening the line, its ref. Bounded. */
const itemNumber = /^(\d{1,3})[.)]\s{1,3}(?=\S)/

/** "**1. Budget.**", "**Divers.**": a line set in bold from end to end, as a markdown page writes its headings. */
const boldLine = /^\*\*([^*]{1,120})\*\*$/

/** The owners an action tag closing the line names, and the line before the tag; null when it closes with none. */
function taggedOwners(text: string): { readonly owners: readonly string[]; readonly rest: string } | null {
  if (text.length > maxLine) return null
  const bracket = bracketAtEnd(text)
  if (bracket === null || bracket.shape !== '(') return null
  const label = tagLabel.exec(bracket.inner)
  if (label === null) return null
  let names = bracket.inner.slice(label[0].length)
  const cut = remark.exec(names)
  if (cut !== null) names = names.slice(0, cut.index)
  // Joined by commas, "/", "&" or the word for "and" of the minutes' language, as the owner reader splits them.
  const owners = splitJoinedNames(names.trim(), 'any').map((name) => name.trim())
  if (owners.length > maxOwners || !owners.every((name) => ownerName.test(name))) return null
  const rest = text.slice(0, bracket.open).trim()
  return /\p{L}/u.test(rest) ? { owners, rest } : null
}

/** The owners the first sentence of an untagged point that gives someone the work names ("… Mathieu se propose de
 * contacter la mairie."), or ''. */
function ownersOfSentences(text: string): string {
  for (const sentence of splitSentences(text.slice(0, maxLine))) {
    const owners = ownersNamedAsSubject(sentence.trim())
    if (owners.length > 0) return owners.join(', ')
  }
  return ''
}

/** A heading's text, its bold, number and closing stop left out; null when the line is no heading. */
function headingOf(text: string): string | null {
  const bold = boldLine.exec(text)
  const plain = (bold?.[1] ?? text).trim()
  if (bold === null && /[.;:,!?]$/.test(plain)) return null
  if (plain.split(' ').length > maxHeadingWords || plain.endsWith(':')) return null
  const number = itemNumber.exec(plain)
  return (number === null ? plain : plain.slice(number[0].length)).replace(/\.$/, '')
}

/**
 * Reads minutes whose points of work each close with a tag in brackets naming who does them, as club and society
 * minutes in many languages mark them: "Order new jerseys. (Action Ana)", "7. Book the function room. (Action: Ravi and
 * Jo K)", "… avant l’été (Action Léa, Marc D. et Sam)." The names after the label ("Action", "Actions", a colon or not)
 * are the owners, joined by commas, "/", "&" or the word for "and"; a remark after them (", once the budget is agreed")
 * is left out. Each tagged line is an action titled by its text before the tag, its item number its ref; the line right
 * under a lead-in ending in a colon ("Points à revoir :") is an action too when the next line is tagged, as the first
 * point of the same list. The rest is the record of the meeting; a short line without a closing stop, or one set in
 * bold, heads the points below it (their section).
 * Null unless a one-column page has at least three tagged lines. A tag naming a number ("(Action 3.1)") names no one.
 *
 * @example
 * readActionTaggedLines([
 *   ['Club meeting'], ['Kit'], ['Order new jerseys. (Action Ana)'], ['Sell the old ones (Action Bo et Cy)'],
 *   ['The treasurer reported.'], ['Fix the rack (Action: Di)'],
 * ])?.rows.slice(1, 3) // [['Action', 'Owner', 'Section', 'Ref'], ['Order new jerseys.', 'Ana', 'Kit', '']]
 */
export function readActionTaggedLines(
  table: readonly (readonly string[])[],
  page: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (page === null) return null
  const tagged = page.map((line) => taggedOwners(line.text))
  if (tagged.filter((tag) => tag !== null).length < minTagged) return null
  // The first point of a list under a lead-in, written before the minute-taker began to tag them.
  const opensList = page.map(
    (_line, at) =>
      tagged[at] === null && at > 0 && page[at - 1]!.text.endsWith(':') && (tagged[at + 1] ?? null) !== null,
  )
  const first = page.findIndex((_, at) => tagged[at] !== null || opensList[at]!)
  // The title rows end at the heading or lead-in right over the first point, or at a heading over that lead-in.
  let top = first
  while (top > 0 && first - top < 2) {
    const above = page[top - 1]!.text
    const heading = headingOf(above) !== null
    if (!heading && !(top === first && above.endsWith(':'))) break
    top--
    if (heading) break
  }
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  // The points under a lead-in belong to the heading above it, however far up.
  let section = ''
  for (let at = top - 1; at >= 0 && section === ''; at--) section = headingOf(page[at]!.text) ?? ''
  for (let at = top; at < page.length; at++) {
    const line = page[at]!
    const tag = tagged[at]!
    if (tag === null && !opensList[at]) {
      const heading = headingOf(line.text)
      if (heading !== null) {
        section = heading
        sectionRows.push(line.index + 1)
      } else skippedRows.push(line.index + 1)
      continue
    }
    const text = tag?.rest ?? line.text
    const number = itemNumber.exec(text)
    records.push({
      index: line.index,
      cells: [
        number === null ? text : text.slice(number[0].length),
        tag?.owners.join(', ') ?? ownersOfSentences(text),
        section,
        number?.[1] ?? '',
      ],
    })
  }
  const start = page[top]!.index
  return oneColumnRecords(table.slice(0, start), start + 1, ['Action', 'Owner', 'Section', 'Ref'], records, {
    mergedRows: [],
    sectionRows,
    skippedRows,
    titleEvidence: 'each line closed by an action tag naming who does it ("… (Action Ana and Bo)")',
  })
}
