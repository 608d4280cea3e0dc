import { parseTargetDate } from '../dates/parseTargetDate'
import type { DateContext, TargetDate } from '../model/targetDate'

/** "by", "before": the words that open a deadline inside a goal's sentence. */
const deadlineWord = /\b(?:by|before)\s/gi

/** A deadline phrase is a few words ("May 2021", "the end of March 2022"), ending at the sentence's punctuation. */
const maxPhraseWords = 6

/**
 * A heading longer than this is prose, not a goal over its deliverables. Longer than the heading cap other readers
 * share (`MAX_HEADING_LENGTH`): a goal heading is a sentence stating the goal and its deadline, often with a lead-in
 * after it ("To publish at least 4 components before May 2021. We will publish:").
 */
const maxHeadingLength = 300

/** A goal states its deadline once: a heading is read for at most this many dated phrases. */
const maxTries = 3

/** Two or three dots, or "…", ending a line that leads into the list below it. */
const leadInEllipsis = /(?:[^.]\.{2,3}|…)\s*$/

/** A year written out: a deadline without one ("by March") is too loose to give a list. */
const year = /\b(?:19|20)\d\d\b/

/**
 * The deadline a goal heading gives the deliverables listed under it, when it states one with "by" or "before" and
 * a dated phrase: "1. To publish at least 4 components before May 2021. We will publish:" over "- Hint text",
 * "- Navigation" → due 2021-04-30; "Goal 2: Train every manager by the end of March 2022" → due 2022-03-31. Design
 * system and service roadmaps, and strategy goals over their deliverables, are written so. The phrase runs from
 * the word to the sentence's punctuation (at most six words), must name a year, and must read as one due date;
 * "meet WCAG 2.1 by:" or "by working together" give none. A line closed by a full stop is a note, not a heading.
 * Null when the heading states no such deadline.
 *
 * @example
 * deadlineInHeading('To publish 4 components before May 2021. We will publish', {})?.due // '2021-04-30'
 * deadlineInHeading('To run discovery and research activity on', {}) // null
 */
export function deadlineInHeading(heading: string, context: DateContext): TargetDate | null {
  // "These actions will be delivered by July 2026.": a note closed by a full stop, read as the plan's deadline
  // (or not) by the rule for notes above a list, never as a goal heading.
  // "By 2023 we aim to have...": an ellipsis leads into the list below, as a colon does; it closes no sentence.
  if (heading.length > maxHeadingLength || (heading.trimEnd().endsWith('.') && !leadInEllipsis.test(heading)))
    return null
  let tries = 0
  for (const match of heading.matchAll(deadlineWord)) {
    if (tries === maxTries) return null
    const rest = heading.slice(match.index + match[0].length)
    const stop = rest.search(/[.;:,!?()]/)
    const words = (stop < 0 ? rest : rest.slice(0, stop)).trim().split(/\s+/)
    if (words.length > maxPhraseWords || words[0] === '') continue
    const phrase = `${match[0]}${words.join(' ')}`
    if (!year.test(phrase)) continue
    tries++
    const target = parseTargetDate(phrase, context)
    if (target.kind === 'due' && target.due !== null && target.confidence >= 0.9) return target
  }
  return null
}
