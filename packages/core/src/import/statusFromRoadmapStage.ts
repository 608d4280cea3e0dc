import type { Status, StatusState } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'

/**
 * The stage headings of a product or service roadmap grouped by status, as public-sector digital teams, open-source
 * projects and "now / next / later" roadmaps print them, each by the state it gives the items below it. A heading
 * must be one of these phrases on its own (a colon, and "what we're" / "things we've" / "things we'll" before it,
 * allowed), so a heading that only mentions the future ("Future plans for the estate strategy") is not read. The
 * one list both the reader of roadmap pages (`readRoadmapStages`) and the heading rule of tables read.
 */
const stages: ReadonlyArray<readonly [StatusState, readonly string[]]> = [
  [
    'complete',
    [
      'recently shipped',
      'shipped',
      'recently released',
      'released',
      'recently launched',
      'launched',
      'done',
      'recently done',
      'completed',
      'recently completed',
      'delivered',
      'recently delivered',
    ],
  ],
  [
    'in-progress',
    [
      'working on now',
      'now',
      'in development',
      'currently working on',
      'working on',
      'building now',
      'doing',
      'doing now',
      'in progress',
      'current work',
      'current activity',
      'current activities',
      // A release channel: the item is out for trying, not finished ("Preview", "Public beta").
      'preview',
      'in preview',
      'public preview',
      'beta',
      'in beta',
      'public beta',
    ],
  ],
  [
    'not-started',
    [
      'coming up next',
      'coming next',
      'coming up',
      'up next',
      'next',
      "what's next",
      'do next',
      'coming soon',
      'near-term',
      'near term',
      // "Now / Soon / Later", as open-source projects name their roadmap's stages.
      'soon',
      'later',
      'do later',
      'future plans',
      'future plan',
      'future',
      'exploring',
      // Work the team has scheduled and not begun, beside its "Current activity".
      'planned work',
    ],
  ],
  // An action-item review's "On Hold:" list: the items are paused, not done (and not the list above's).
  ['on-hold', ['on hold', 'paused']],
]

const stageOf: ReadonlyMap<string, StatusState> = new Map(
  stages.flatMap(([state, phrases]) => phrases.map((phrase) => [phrase, state] as const)),
)

/** The state's canonical wording, read through `parseStatus` so the status carries its usual fields. */
const stateWording: Readonly<Record<string, string>> = {
  complete: 'Complete',
  'in-progress': 'In progress',
  'not-started': 'Not started',
  'on-hold': 'On hold',
}

/** "What we're working on now", "Things we've done", "Things we'll do later": a roadmap's stage in a sentence's opening. */
const weAre = /^(?:what|things) we(?:'re| are|'ve| have|'ll| will) /

/**
 * The status words of the stage a roadmap heading names ("Things we’ve done" → "Complete", "Now" → "In progress",
 * "Coming up next" → "Not started"), or null when the heading names no stage.
 *
 * @example
 * roadmapStageWording('Things we’ll do later') // 'Not started'
 * roadmapStageWording('Accessibility') // null
 */
export function roadmapStageWording(heading: string): string | null {
  const written = collapseWhitespace(heading.slice(0, 80))
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[:.]$/, '')
  const text = written.replace(weAre, '')
  // Only after "What we're", or after "Working on" ("Working on next", "Working on later", as a team heads the
  // stages of its roadmap by the one phrase): "Ideas for later" or "Roll out now" alone is a heading of its own,
  // not a stage.
  const state =
    stageOf.get(text) ?? (text === written && !workingOn.test(text) ? undefined : stageByLastWord(text))
  return state === undefined ? null : stateWording[state]!
}

/** "Working on next", "Working on later": the team's work, then the time word giving the stage. */
const workingOn = /^working on [a-z]{3,5}$/

/** "exploring next", "planning to do later", "building now": one to three words, then the time word giving the stage. */
const timedWork = /^(?:[a-z'-]{2,20} ){1,3}(now|next|soon|later)$/

/**
 * The stage a heading opened by "What we're" / "Things we'll" names by its last word ("What we are exploring
 * next", "Things we're building now"), the words before it saying what the team does to the items.
 */
function stageByLastWord(text: string): StatusState | undefined {
  const time = timedWork.exec(text)?.[1]
  return time === undefined ? undefined : stageOf.get(time)
}

/**
 * Reads the status a roadmap's stage heading gives every item under it: "Recently shipped" and "Released" →
 * complete, "Working on now" and "Now" → in progress, "Coming up next", "Next", "Later" and "Future plans" → not
 * started, as roadmaps grouped by stage print them (the GOV.UK Design System's and other government services'
 * public roadmaps, "Now / Next / Later" product roadmaps, open-source projects' "Shipped / In development /
 * Exploring" pages). The whole heading must be a stage (case, a closing colon and an opening "What we're" are
 * ignored); the status text is the heading as written. Returns null for any other heading.
 *
 * @example
 * statusFromRoadmapStage('Recently shipped')?.state // 'complete'
 * statusFromRoadmapStage('Coming up next')?.state // 'not-started'
 * statusFromRoadmapStage("What we're working on now")?.state // 'in-progress'
 * statusFromRoadmapStage('Future plans for the library') // null
 */
export function statusFromRoadmapStage(heading: string): Status | null {
  const wording = roadmapStageWording(heading)
  if (wording === null) return null
  return { ...parseStatus(wording), text: collapseWhitespace(heading) }
}

/**
 * Whether a line under a roadmap's stage heading introduces its items rather than heading them: a lead-in ending in
 * a colon ("We're:", "We plan to:") or a sentence about the stage ("We've released version 5.3.1 with bug
 * fixes."). Such a line keeps the stage as the items' heading, so the stage's status reaches them.
 *
 * @example
 * introducesRoadmapStage("We're getting ready to:", 'Coming up next') // true
 * introducesRoadmapStage('Accessibility', 'Coming up next') // false
 */
export function introducesRoadmapStage(line: string, section: string): boolean {
  if (statusFromRoadmapStage(section) === null) return false
  const text = line.trim()
  return text.endsWith(':') || /[.!]$/.test(text)
}
