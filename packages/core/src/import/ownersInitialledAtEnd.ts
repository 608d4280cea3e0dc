import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { bracketAtEnd } from './bracketAtEnd'
import { giveOwners } from './giveOwners'

/**
 * "Ana Ruiz (AR)", "Tom de Vries TDV,", "Cara finn CF (Secretary)": a name of two or three words, the first
 * capitalised, then two to four capitals standing alone or in round brackets. Group 1 is the name, group 2 the
 * capitals. Every run bounded; global, to find each on a line.
 */
const nameWithInitials =
  /(\p{Lu}[\p{Ll}'’-]{1,20}(?: \p{L}[\p{Ll}'’-]{0,20}){1,2}) \(?(\p{Lu}{2,4})\)?(?![\p{L}\p{N}])/gu

/** At most this many characters of a cell are read for names and their initials. */
const maxCellLength = 2000

/** At most this many initials in one bracket name owners ("(RP/NH)"). */
const maxOwners = 4

/** The people a bracket of initials names, split at "/", ",", "&", "+" and "and": "RP/NH", "AF, CT". */
const initialsSplit = /\s{0,2}[/,&+]\s{0,2}|\s{1,2}and\s{1,2}/

/**
 * The initials a page gives its people by writing them after their names ("Present: Ana Ruiz (AR), Tom Lee (TL)",
 * "Ana Ruiz AR, Tom Lee TL"), as minutes define the initials they then use: only capitals that are the first
 * letters of the name's words (of all of them, or of its first and last when the name has three words and the
 * initials two: "Mary Ann Price (MP)"), so "Annual Report (PDF)" or "Finance Office HR" defines nothing.
 *
 * @example
 * initialsOfPeople([['Present: Ana Ruiz (AR), Tom Lee TL (Chair)'], ['Annual Report (PDF)']]) // Set {'AR', 'TL'}
 */
export function initialsOfPeople(table: readonly (readonly string[])[]): ReadonlySet<string> {
  const initials = new Set<string>()
  for (const row of table)
    for (const cell of row) {
      if (!/\p{Lu}\p{Lu}/u.test(cell)) continue
      for (const match of cell.slice(0, maxCellLength).matchAll(nameWithInitials)) {
        const words = match[1]!.split(' ')
        const letters = match[2]!
        const firsts = words.map((word) => word[0]!.toUpperCase()).join('')
        if (firsts === letters || (letters.length === 2 && `${firsts[0]}${firsts.at(-1)}` === letters))
          initials.add(letters)
      }
    }
  return initials
}

/**
 * Minutes that give their people's initials after their names ("Present: Ana Ruiz (AR), Tom Lee (TL)") and close
 * each point with the initials of who takes it on, in round brackets ("Book the hall for the fair (AR)", "Thank-you
 * lunch to be arranged (AR/TL)"): an ownerless action whose closing round bracket holds only such initials (up to
 * four) is theirs. A bracket of other capitals ("(PDF)", "(HR)"), of initials the page gives no one, or of words
 * ("(All)", "(joined later)") names no one. Sets the owners in place; returns an info issue `owners-named-again` for
 * each.
 *
 * @example
 * ownersInitialledAtEnd([['Present: Ana Ruiz (AR)']], actions, rows) // "Book the hall (AR)" → owners ['AR']
 */
export function ownersInitialledAtEnd(
  table: readonly (readonly string[])[],
  actions: Action[],
  rows: readonly number[],
): ImportIssue[] {
  const issues: ImportIssue[] = []
  // Only a page with an ownerless action closed by a bracket of capitals is searched for its people's initials.
  const closed = actions.some(
    (action) => action.owners.length === 0 && /\(\p{Lu}{2,4}[^()]{0,30}\)\.?$/u.test(action.title),
  )
  if (!closed) return issues
  const known = initialsOfPeople(table)
  if (known.size === 0) return issues
  actions.forEach((action, i) => {
    if (action.owners.length > 0) return
    const bracket = bracketAtEnd(action.title.trim())
    if (bracket === null || bracket.shape !== '(' || bracket.open === 0) return
    const names = bracket.inner.trim().split(initialsSplit)
    if (names.length > maxOwners || !names.every((name) => known.has(name))) return
    const row = rows[i] ?? null
    issues.push(
      giveOwners(
        action,
        names,
        row,
        `The action on row ${row} closes with "(${bracket.inner.trim()})", the initials the page gives ${names.length === 1 ? 'a person' : 'people'} it names, so it is owned by ${names.join(', ')}.`,
      ),
    )
  })
  return issues
}
