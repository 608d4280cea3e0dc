import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { createImportIssue } from './createImportIssue'
import { statusMarkedAtEnd } from './statusMarkedAtEnd'

/** The status words an item may end in, whole: "done", "completed", "ongoing", "in progress", "on hold". */
const statusPhrase =
  /^(?:completed?|done|ongoing|on-going|in[ -]progress|under ?way|not started|on hold|deferred|cancell?ed)$/i

/** "4/30", "30/04/2021": the day the status was reached, written after it ("completed 4/30"). */
const dayAfter = /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/

/** "(done)", "(ongoing)": a bracket closing the title. */
const closingBracket = /\s\(([^()]{2,30})\)\.?$/

/** A plan writes the habit when at least this many of its items end in a bracketed status… */
const minBracketed = 2
/** …or, with no bracket, at least this many items (and half of all of them) end in a status word. */
const minBare = 3

/** An item's title without its closing status, and the status as written; null when it ends in none. */
interface Ending {
  readonly title: string
  readonly status: string
  readonly bracketed: boolean
}

function endingOf(title: string): Ending | null {
  const bracket = closingBracket.exec(title)
  if (bracket !== null) {
    const inside = bracket[1]!.trim()
    return statusPhrase.test(inside)
      ? { title: title.slice(0, bracket.index).trim(), status: inside, bracketed: true }
      : null
  }
  const words = title.trim().split(' ')
  // "… completed 4/30": the day after the status word is kept with it.
  const dated = words.length >= 2 && dayAfter.test(words.at(-1)!) ? 1 : 0
  for (const size of [2, 1]) {
    const end = words.length - dated
    const start = end - size
    if (start < 2) continue
    const phrase = words.slice(start, end).join(' ')
    if (!statusPhrase.test(phrase)) continue
    // "… workshop - completed 4/30": the dash before the status goes with it.
    const rest = words
      .slice(0, start)
      .join(' ')
      .replace(/\s[-–]$/, '')
    return { title: rest, status: words.slice(start).join(' '), bracketed: false }
  }
  return null
}

/**
 * True when a title ends in a status ("… templates completed", "… workshop - completed 4/30", "… (done)"): an item
 * reporting its state, never a heading over the items numbered under it.
 *
 * @example
 * endsInStatus('Keep reviewing the templates completed') // true
 * endsInStatus('Governance') // false
 */
export function endsInStatus(title: string): boolean {
  return endingOf(title) !== null
}

/**
 * Items that end in their status, as retrospectives' action lists, team wikis and roadmaps write them: "Solidify QA
 * workflow completed", "Put the leads meeting back on the calendar in progress", "Run a team workshop - completed
 * 4/30", "publish the roadmap (done)", "publish 'Get started' guidance (ongoing)". The status is read from the end
 * of the title and leaves it, for actions with no status of their own. A bracketed status ("(done)") is read when at
 * least two of the plan's items end so; a bare status word ("completed", "ongoing", "in progress", "done", "on
 * hold") only when at least three items, and half of all the plan's actions, end in one, since an item may end in
 * such a word as part of what it asks ("Mark the task done"). Each action read is an info issue `status-at-end` on
 * its row. Returns the issues; the actions' titles and statuses are set in place.
 *
 * @example
 * statusAtEndOfTitles(plan.actions, [2, 3, 4]) // "Solidify QA workflow completed" → "Solidify QA workflow", complete
 */
export function statusAtEndOfTitles(actions: Action[], rows: readonly number[]): ImportIssue[] {
  const endings = actions.map((action) =>
    action.status.state === 'unknown' && action.status.text === '' ? endingOf(action.title) : null,
  )
  const bracketed = endings.filter((ending) => ending?.bracketed === true).length
  const bare = endings.filter((ending) => ending?.bracketed === false).length
  const readBare = bare >= minBare && bare * 2 >= actions.length
  const issues: ImportIssue[] = []
  // A list repeats a few statuses ("completed", "ongoing"): each is parsed once.
  const parsed = new Map<string, Status>()
  endings.forEach((ending, i) => {
    if (ending === null || ending.title === '' || (ending.bracketed ? bracketed < minBracketed : !readBare)) {
      // Without the plan's habit, an item may still mark its own status off ("… DONE in PR #5126", "– done").
      const action = actions[i]!
      const marked =
        action.status.state === 'unknown' && action.status.text === ''
          ? statusMarkedAtEnd(action.title)
          : null
      if (marked === null) return
      action.title = marked.title
      const status = parseStatus(marked.status)
      action.status = { ...status, state: status.state === 'unknown' ? marked.state : status.state }
      issues.push(atEndIssue(rows[i] ?? null, marked.status, 'marked off from the action'))
      return
    }
    const action = actions[i]!
    action.title = ending.title
    const status = parsed.get(ending.status) ?? parseStatus(ending.status)
    parsed.set(ending.status, status)
    action.status = { ...status }
    issues.push(atEndIssue(rows[i] ?? null, ending.status, "as the plan's other items do"))
  })
  return issues
}

function atEndIssue(row: number | null, status: string, why: string): ImportIssue {
  return createImportIssue(
    'status-at-end',
    'info',
    row,
    null,
    null,
    `The action on row ${row} ends in its status ("${status}"), ${why}, so it was read as its status and taken out of the title. If that is wrong, add a status column, or force one with options.columns.`,
  )
}
