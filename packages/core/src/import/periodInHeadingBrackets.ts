import type { DateContext, TargetDate } from '../model/targetDate'
import { headingPeriod } from './headingPeriod'

/** A heading of at most this many characters: longer is a sentence that mentions a period. */
const maxLength = 60

/**
 * "Actions Year One (2016-2017)", "Key Actions (2018-19)", "Year 2 (2019/20)", "Phase 1 (2021–2022)": a label of
 * at most four words, then a bracketed part that ends the heading, or is followed by a dash or an arrow and a short
 * note ("Milestone M2 (2031/06/30) -> first release"). Bounded, anchored: linear on any text.
 */
const labelThenBrackets =
  /^([A-Za-z0-9 ]{1,40}?)\s{0,3}\(([^()]{4,30})\)\s{0,3}(?::|(?:->|→|[-–—])\s{0,3}[^()\s][^()]{0,29})?$/

/** The number of a stage: "2", or a short code naming it ("M2", "R1"). */
const numbering = /^[a-z]?\d{1,2}$/

/** Words a stage of a multi-year plan is labelled with, and its number written as a word. */
const labelWords: ReadonlySet<string> = new Set([
  'action',
  'actions',
  'key',
  'activities',
  'tasks',
  'steps',
  'priorities',
  'year',
  'phase',
  'stage',
  // "Milestone M2 (2031/06/30)", "Release 3 (May 2031)": a project plan's deliverables by milestone.
  'milestone',
  'release',
  // "Current Sprint (end of Jan'18)", "Next iteration (March 2024)": an agile team's backlog by sprint.
  'current',
  'next',
  'sprint',
  'iteration',
  'one',
  'two',
  'three',
  'four',
  'five',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
])

/**
 * The period a heading or a column header gives in brackets after a label of the work it heads, as multi-year
 * plans of school boards, councils and universities write each year's list: "Actions Year One (2016-2017)" over
 * that year's bullets, "Key Actions (2018-19)" over a table of the year's key actions, "Year 2 (2019/20)", "Phase
 * 1 (2021–2022)". The label is at most four words, each a word of that kind ("actions", "key", "year", "phase",
 * "stage", a number), so a heading that names its subject ("Review of the library (2019)") is not read; the
 * bracket must hold nothing but a period ({@link headingPeriod}). Null otherwise. A careful reader dates each action
 * below such a heading by that period unless the action gives its own date.
 *
 * @example
 * periodInHeadingBrackets('Actions Year One (2016-2017)', {})?.due // '2017-12-31'
 * periodInHeadingBrackets('Key Actions (2018-19)', {})?.due // '2019-07-31'
 * periodInHeadingBrackets('Review of the library (2019)', {}) // null
 */
export function periodInHeadingBrackets(heading: string, context: DateContext): TargetDate | null {
  const text = heading.trim()
  if (text.length > maxLength) return null
  const match = labelThenBrackets.exec(text)
  if (match === null) return null
  const words = match[1]!.trim().toLowerCase().split(/\s+/)
  if (words.length > 4 || !words.every((word) => labelWords.has(word) || numbering.test(word))) return null
  // A label with a bare number and no other word ("2 (2019)") heads nothing.
  if (words.every((word) => numbering.test(word))) return null
  return headingPeriod(match[2]!, context)
}
