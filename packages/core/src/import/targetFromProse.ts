import { parseTargetDate } from '../dates/parseTargetDate'
import type { DateContext, TargetDate } from '../model/targetDate'
import { dropNamedYears } from './dropNamedYears'
import { measureDeadline } from './measureDeadline'
import { milestonesOf } from './milestonesOf'
import { spellTermCodes } from './spellTermCodes'
import { withoutCriterionNumbers } from './withoutCriterionNumbers'

/** The reading of a date found in an action's prose, and the field the prose came from. */
export interface ProseTarget {
  readonly target: TargetDate
  readonly field: 'successMeasures' | 'description' | 'title'
}

/** "(Y1-3)", "(Year 2)", "(by June 2025)", "[2024 timeline]" at the very end of a text. */
const trailingLabel = /(?:\(([^()]{1,30})\)|\[([^[\]]{1,30})\])[.;]?\s*$/

/**
 * For an action in a table with no target column: the date phrases written in its evidence, description or
 * title ("A follow-up survey in December 2014", "report in March 2020 and again in March 2022"), read as its
 * target (several phrases become its parts). The title is read only when the other prose names no date, unless
 * `titleFirst` (its header says it holds the target: "Aims and actions (Target date)"), when it is read first. Returns null when none of that prose names a date. The caller
 * warns that the date was guessed from prose: with a target column, prose is never read for dates.
 *
 * @example
 * targetFromProse({ title: 'A follow-up survey in December 2014' }, {})?.target.due // '2014-12-31'
 */
export function targetFromProse(
  texts: { readonly successMeasures?: string; readonly description?: string; readonly title: string },
  context: DateContext,
  titleFirst = false,
): ProseTarget | null {
  // Milestones listed in the action cell are its own schedule: read before any other prose.
  const milestones = milestonesOf(texts.title)
  if (milestones !== null && /\d/.test(milestones)) {
    const target = parseTargetDate(dropNamedYears(milestones), context)
    if (target.due !== null && target.confidence >= 0.5) return { target, field: 'title' }
  }
  const fields = titleFirst
    ? (['title', 'successMeasures', 'description'] as const)
    : (['successMeasures', 'description', 'title'] as const)
  for (const field of fields) {
    const text = texts[field]
    // A date with a due day names a year or a day: prose without a digit is passed over unread.
    if (text === undefined || !/\d/.test(text)) continue
    // A time label in brackets that ends the text ("… and report on uptake (Y1-3)") is the action's own
    // target: it is read alone, so other words ("Annual showcase") cannot change it.
    // A closing "by March 2020" is read alone too: the words before it ("by 10 per cent") are not dates.
    const closing = trailingLabel.exec(text.slice(-40))
    const label = closing?.[1] ?? closing?.[2] ?? closingDeadline(text.slice(-40))
    const labelled = label === null ? null : readLabel(label, context)
    // The first 1,000 characters: a date phrase sits near the start of a cell, and the reading stays cheap.
    const read =
      labelled !== null && labelled.due !== null && labelled.confidence >= 0.5
        ? labelled
        : parseTargetDate(dropNamedYears(withoutCriterionNumbers(text.slice(0, 1_000))), context)
    const target = field === 'successMeasures' ? measureDeadline(read) : read
    const dated =
      target.kind === 'due' ||
      target.kind === 'range' ||
      target.kind === 'multiple' ||
      target.kind === 'recurring'
    if (dated && target.due !== null && target.confidence >= 0.5) return { target, field }
    // "… The CDO will release the guidelines by March 31, 2031.": among prose the reading above gives up on, a
    // deadline written with its year after "by" or "no later than".
    const deadline = field === 'title' ? null : deadlineInProse(text, context)
    if (deadline !== null) return { target: deadline, field }
  }
  return null
}

/**
 * "by March 31, 2031", "no later than 1 July 2031", "(or by June 2031)": a deadline phrase in prose, with a month and
 * its year. Each alternative is bounded, so the search is linear.
 */
const deadlinePhrase =
  /\b(?:by|no later than|not later than)\s((?:\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s|\d{1,2}(?:st|nd|rd|th)?\s\p{Lu}\p{Ll}{2,8},?\s|\p{Lu}\p{Ll}{2,8}\s)(?:19|20)\d{2})\b/gu

/** The latest deadline a paragraph of prose sets with "by" or "no later than" and a dated month, or null. */
function deadlineInProse(text: string, context: DateContext): TargetDate | null {
  let latest: TargetDate | null = null
  for (const match of text.slice(0, 2_000).matchAll(deadlinePhrase)) {
    const read = parseTargetDate(match[1]!, context)
    if (read.kind !== 'due' || read.due === null) continue
    if (latest === null || (latest.due !== null && read.due > latest.due)) latest = read
  }
  return latest
}

/** "… by 10 per cent by March 2020" → "March 2020": the words after the text's last "by", when they are short
 * and plain (no comma or bracket). Null otherwise. */
function closingDeadline(tail: string): string | null {
  const at = tail.toLowerCase().lastIndexOf('by ')
  if (at < 0 || (at > 0 && /\w/.test(tail.charAt(at - 1)))) return null
  const phrase = tail
    .slice(at + 3)
    .trim()
    .replace(/[.;]$/, '')
  return phrase.length >= 3 && phrase.length <= 30 && !/[,;()]/.test(phrase) ? phrase : null
}

/** A closing label read as a date: as written, else spelled out from the US term codes it is written in ("S21"), with
 * the text kept as written and a warning naming the reading. */
function readLabel(label: string, context: DateContext): TargetDate {
  const target = parseTargetDate(label, context)
  if (target.due !== null) return target
  const spelled = spellTermCodes(label)
  if (spelled === null) return target
  const read = parseTargetDate(spelled, context)
  return read.due === null
    ? target
    : { ...read, text: label, warnings: [...read.warnings, `Read the codes "${label}" as "${spelled}".`] }
}
