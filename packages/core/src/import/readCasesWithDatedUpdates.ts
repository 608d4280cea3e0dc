import type { FlattenedActionTables } from './flattenActionTables'
import { isDateAlone } from './isDateAlone'
import { peopleOfRoll } from './namesPresent'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/**
 * "Case 12/31 Car park lighting", "Item 4/2031 – Website": a case word, its number over the year it was opened,
 * an optional dash, then the case's name. Group 1 is the word, group 2 the number, group 3 the name. Anchored, each
 * run bounded and set off by a fixed character: linear.
 */
const caseHeading = /^(\p{Lu}\p{L}{1,15})\.?\s(\d{1,4}\/\d{2,4})(?:\s{1,3}[–—-])?\s{1,3}(\S.{0,118})$/u
/**
 * "Status 14 May 2031:", "Status: 14 May 2031:", "Update 2 June:": a label naming one dated update of the case, the
 * date between the label and the closing colon. Group 1 is the date. Anchored and bounded.
 */
const updateLabel = /^(?:status|update|progress)\s{0,2}:?\s{1,3}([^:]{1,40}):$/i
/** A case's name is a few words: a longer line is the case's text. */
const maxNameWords = 10
/** At least this many cases, and this many dated updates among them, make the layout. */
const minCases = 3
const minUpdates = 2

/** The ref and name of a case heading ("Case 12/31 Car park lighting" → "Case 12/31", "Car park lighting"), or null. */
function caseOf(text: string): { word: string; ref: string; name: string } | null {
  const match = caseHeading.exec(text)
  if (match === null) return null
  const name = match[3]!.trim()
  if (/[.:!?]$/.test(name) || name.split(' ').length > maxNameWords) return null
  return { word: match[1]!, ref: `${match[1]} ${match[2]}`, name }
}

/** Whether a line is the label of one dated update ("Status 14 May 2031:"). */
function isUpdateLabel(text: string): boolean {
  const match = updateLabel.exec(text)
  return match !== null && isDateAlone(match[1]!.trim())
}

/**
 * Whether the last update says the case is closed, naming it by the word its heading uses ("Case closed now.",
 * "Item is closed"), in English or in the Scandinavian words minutes use ("Saken er avsluttet", "Saken blir lukket").
 * Bounded alternations after a literal word: linear.
 */
function saysClosed(update: string, word: string): boolean {
  const lower = update.toLowerCase()
  const at = lower.indexOf(word.toLowerCase())
  if (at < 0) return false
  const after = lower.slice(at + word.length, at + word.length + 40)
  return /^(?:en|et|a)?\s{1,3}(?:(?:is|er|blir|was|ble)\s{1,3})?(?:now\s{1,3}|nå\s{1,3})?(?:closed|lukkes|lukket|avsluttes|avsluttet)\b/u.test(
    after,
  )
}

/** "Present: Ana Diaz (minutes), Tom Reid and Lena Ward": a label, then the people it lists. Group 1 the list. */
const peopleLine = /^[^:]{2,30}:\s{0,3}(\S.{0,600})$/
/** The words joining the names of a list, in English and in the Scandinavian languages. */
const nameJoiners = /\s*,\s*|\s(?:and|og|och)\s|\s&\s/
/** "Ana Diaz", "Anne Marie Lund": a person's name, one to four capitalised words. */
const personName = /^\p{Lu}[\p{Ll}'’-]{1,20}(?:\s\p{Lu}[\p{Ll}'’-]{1,20}){0,3}$/u
/** "The web lead is Ana Diaz and Tom Reid", "Ansvarlig er …": who a case's text names responsible. Group 1 the names. */
const responsible = /\b(?:responsible|ansvarlig|ansvarlige|lead)\s(?:is|are|er)\s(\S.{0,200})$/iu
/** At least this many people on a line above the cases make it a list of members. */
const minPeople = 3

/**
 * The people the lines above the cases list ("Present: …", "Apologies: …", "Til stede: …"), each as written without
 * titles or brackets: the roll's names read as every roll's are ({@link peopleOfRoll}). The label is any word before
 * a colon, not only the English roll words `namesPresent` knows, as minutes in other languages label their roll
 * in their own words and list the members sending apologies too; three names on the line make it a list of members.
 */
function membersListed(lines: readonly PageLine[]): string[] {
  const members: string[] = []
  for (const { text } of lines) {
    const listed = peopleLine.exec(text)?.[1]
    if (listed === undefined) continue
    const names = peopleOfRoll(listed)
      .map((words) => words.join(' '))
      .filter((name) => personName.test(name))
    if (names.length >= minPeople) members.push(...names)
  }
  return members
}

/**
 * Who a case's own text gives it to: the people it names responsible ("The web lead is Ana Diaz and Tom Reid"), else
 * a member listed above the cases who opens one of its lines, by full or first name, with what they do ("Tom checks
 * …"). Empty when it names no one.
 */
function ownersOf(about: readonly string[], members: readonly string[]): string {
  for (const line of about) {
    const names = responsible.exec(line)?.[1]
    if (names === undefined) continue
    const people = names
      .replace(/[.]$/, '')
      .split(nameJoiners)
      .map((name) => name.trim())
    if (people.every((name) => personName.test(name))) return people.join(', ')
  }
  for (const line of about) {
    for (const member of members) {
      const firstName = member.split(' ')[0]!
      for (const name of [member, firstName]) {
        if (line.startsWith(`${name} `) && /^\p{Ll}/u.test(line.slice(name.length + 1))) return name
      }
    }
  }
  return ''
}

/**
 * Reads a one-column case register, as a club's or a board's minutes carry their open cases from meeting to meeting:
 * each case a heading with its number over the year it was opened ("Case 12/31 Car park lighting"), a few lines
 * saying what it is about and who does what, then its history as dated updates, each a label line ("Status 14 May
 * 2031:") over what was reported then:
 *
 * ```text
 * Open cases
 * Case 12/31 Car park lighting
 * The lights by the gate fail every winter.
 * Status 14 May 2031:
 * Quotes asked for.
 * Status 11 June 2031:
 * Work booked for July.
 * Case 15/31 Website
 * ```
 *
 * Each case is one action, its ref the word and number ("Case 12/31"), its title the name after them; the lines
 * under the heading before its first update are its description, and the update lines its progress, the last
 * update last. The updates are the case's history, never actions of their own. The people the case's text names
 * responsible ("The web lead is Ana Diaz and Tom Reid") own it; else a member listed above the cases ("Present: …")
 * who opens one of its lines with what they do ("Tom checks the rota"). A last update saying the case is
 * closed ("Case closed") marks it complete. The lines above the first case are the title rows. Returns null unless
 * the page is one column with at least three case headings, all using the same word, and at least two dated
 * update labels under them.
 *
 * @example
 * readCasesWithDatedUpdates([
 *   ['Open cases'], ['Case 12/31 Car park lighting'], ['Lights fail.'], ['Status 14 May 2031:'], ['Quotes asked for.'],
 *   ['Case 15/31 Website'], ['Status 11 June 2031:'], ['Case closed.'], ['Case 16/31 Bar rota'], ['Rota drafted.'],
 * ])?.rows[2] // ['Case 12/31', 'Car park lighting', 'Lights fail.', '14 May 2031: Quotes asked for.', '']
 */
export function readCasesWithDatedUpdates(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex((line) => caseOf(line.text) !== null)
  if (first < 0) return null
  const word = caseOf(lines[first]!.text)!.word
  interface Case {
    index: number
    ref: string
    name: string
    about: string[]
    updates: { date: string; lines: string[] }[]
  }
  const cases: Case[] = []
  let updates = 0
  for (let at = first; at < lines.length; at++) {
    const { index, text } = lines[at]!
    const heading = caseOf(text)
    if (heading !== null) {
      if (heading.word !== word) return null
      cases.push({ index, ref: heading.ref, name: heading.name, about: [], updates: [] })
      continue
    }
    const open = cases[cases.length - 1]!
    if (isUpdateLabel(text)) {
      updates++
      open.updates.push({ date: updateLabel.exec(text)![1]!.trim(), lines: [] })
      continue
    }
    const last = open.updates[open.updates.length - 1]
    if (last === undefined) open.about.push(text)
    else last.lines.push(text)
  }
  if (cases.length < minCases || updates < minUpdates) return null
  const members = membersListed(lines.slice(0, first))
  const records: OneColumnRecord[] = cases.map((read) => {
    const latest = read.updates[read.updates.length - 1]
    const closed = latest?.lines.some((line) => saysClosed(line, word)) === true
    return {
      index: read.index,
      cells: [
        read.ref,
        read.name,
        read.about.join(' '),
        read.updates.map((update) => `${update.date}: ${update.lines.join(' ')}`.trim()).join(' | '),
        closed ? 'Complete' : '',
        ownersOf(read.about, members),
      ],
    }
  })
  const top = lines[first]!.index
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Ref', 'Action', 'Description', 'Notes', 'Status', 'Owner'],
    records,
    {
      mergedRows: [],
      titleEvidence: 'each case heading ("Case 12/31 …"), its dated status updates read as its history',
    },
  )
}
