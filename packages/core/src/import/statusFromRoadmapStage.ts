import type { Status, StatusState } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'

/**
 * The stage headings of a product or service roadmap grouped by status, as public-sector digital teams, open-source
 * projects and "now / next / later" roadmaps print them, each by the state it gives the items below it. A heading
 * must be one of these phrases on its own (a colon or "what we're" / "things we're" before it allowed), so a
 * heading that only mentions the future ("Future plans for the estate strategy") is not read.
 */
const stages: ReadonlyArray<readonly [StatusState, readonly string[]]> = [
  [
    'complete',
    ['recently shipped', 'shipped', 'recently released', 'released', 'recently launched', 'launched', 'done'],
  ],
  [
    'in-progress',
    ['working on now', 'now', 'in development', 'currently working on', 'working on', 'building now'],
  ],
  [
    'not-started',
    [
      'coming up next',
      'coming next',
      'up next',
      'next',
      'coming soon',
      'later',
      'future plans',
      'future',
      'exploring',
    ],
  ],
]

const stageOf: ReadonlyMap<string, StatusState> = new Map(
  stages.flatMap(([state, phrases]) => phrases.map((phrase) => [phrase, state] as const)),
)

/** The state's canonical wording, read through `parseStatus` so the status carries its usual fields. */
const stateWording: Readonly<Record<string, string>> = {
  complete: 'Complete',
  'in-progress': 'In progress',
  'not-started': 'Not started',
}

/** "What we're working on now", "Things we're exploring": a roadmap's stage in a sentence's opening. */
const weAre = /^(?:what|things)\s(?:we['’]re|we\sare|we['’]ve|we\shave)\s/

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
  const text = collapseWhitespace(heading.slice(0, 80)).toLowerCase().replace(/[:.]$/, '').replace(weAre, '')
  const state = stageOf.get(text)
  if (state === undefined) return null
  return { ...parseStatus(stateWording[state]!), text: collapseWhitespace(heading) }
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
