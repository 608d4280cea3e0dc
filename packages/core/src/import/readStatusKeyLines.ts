import type { StatusState } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'

/** "✅ Abgeschlossen", "🔄 In progress", "⏳ Open": a status icon (one to four marks, no letter, digit or space), then
 * the words it stands for. Bounded. */
const keyLine = /^([^\p{L}\p{N}\s]{1,4})\s{1,3}(\p{L}[^\n]{0,40})$/u
/** "(P)ending", "Ca(N)celled": a state's word with the one letter that stands for it in brackets. Bounded. */
const letterLine = /^(\p{L}{0,20})\((\p{L})\)(\p{L}{0,20})$/u
/** "Open", "Offen", "Ouvert", "To do", "Pending": the state left when a key names work in progress apart. */
const openWords = /^(?:open|offen|ouvert|to ?do|pending|planned|geplant|prévu)$/i
/** A key names at least this many states. */
const minKeyLines = 2
/** Rows read: a key is a few lines, on a page of any length. */
const maxRows = 5_000

/** The icon without the emoji variation selectors a page may or may not keep ("✔️" is "✔"). */
export function iconKey(text: string): string {
  return text.replace(/[\uFE0E\uFE0F]/g, '').trim()
}

/**
 * The key a page gives to its status icons, written one a line ("Status key", then "✅ Done", "🔄 In progress",
 * "⏳ Open"), above or below the table whose status column holds the icons alone: icon → the state it stands
 * for. A key of letters is read the same way, each state's word with its letter in brackets ("(P)ending", "(A)ctive",
 * "Ca(N)celled"), for a status column of those letters. In a key that names work in progress apart, "Open" (and "Offen", "To do", "Pending") is the work not yet
 * started. Only a run of such lines counts, at least two of them naming a state; an empty map otherwise.
 *
 * @example
 * readStatusKeyLines([['Task', 'Status'], ['Paint the hall', '🔄'], ['Key'], ['✅ Done'], ['🔄 In progress'], ['⏳ Open']]).get('⏳') // 'not-started'
 */
export function readStatusKeyLines(table: readonly (readonly string[])[]): ReadonlyMap<string, StatusState> {
  let run: { icon: string; words: string }[] = []
  const runs: { icon: string; words: string }[][] = []
  for (const row of table.slice(0, maxRows)) {
    const cells = row.filter(hasText)
    const text = cells.length === 1 && cells[0]!.length <= 64 ? collapseWhitespace(cells[0]!) : null
    const line = text === null ? null : keyLine.exec(text)
    if (line !== null) {
      run.push({ icon: iconKey(line[1]!), words: line[2]!.trim() })
      continue
    }
    // "(P)ending", "(A)ctive": the letter written in the status column, and the state it stands for.
    const letter = text === null ? null : letterLine.exec(text)
    if (letter !== null) {
      run.push({ icon: letter[2]!, words: `${letter[1]}${letter[2]}${letter[3]}` })
      continue
    }
    if (run.length >= minKeyLines) runs.push(run)
    run = []
  }
  if (run.length >= minKeyLines) runs.push(run)
  for (const lines of runs) {
    const states = new Map<string, StatusState>()
    for (const { icon, words } of lines) {
      const state = parseStatus(words).state
      if (state !== 'unknown') states.set(icon, state)
    }
    if (states.size < minKeyLines) continue
    // "Open" beside "In progress": what has not been taken up yet.
    if ([...states.values()].includes('in-progress'))
      for (const { icon, words } of lines)
        if (!states.has(icon) && openWords.test(words)) states.set(icon, 'not-started')
    return states
  }
  return new Map()
}
