/** "WCAG", "criterion", "success criteria": the words after which an accessibility statement numbers guidelines. */
const criterionCue = /\b(?:wcag|criterion|success criteria)\b/gi

/** A run of digits and dots ("1.4.11", "2.2", "31.3.2025"), matched whole so a date is never cut in two. */
const numberRun = /\d[\d.]*/g

/** "1.4.11", "2.2", "4.1.2": a guideline's dotted number, which a date parser may read as a day ("1.4.11"). */
const guidelineNumber = /^\d{1,2}(?:\.\d{1,2}){1,3}\.?$/

/** The end of a sentence: a full stop followed by a space or the end of the text (never one between digits). */
const sentenceStop = /\.(?:\s|$)/g

function dropGuideline(run: string): string {
  return guidelineNumber.test(run) ? (run.endsWith('.') ? '.' : '') : run
}

/**
 * The text with the numbers of the accessibility guidelines it cites taken out, so that only the dates it really
 * names are left for the date parser. Accessibility statements state each failure as "This fails WCAG 2.2 success
 * criterion 1.4.11 (Non-text Contrast)" or "… WCAG 2.1 AA success criteria 1.3.1, 2.4.3 and 4.1.2"; a dotted number
 * such as "1.4.11" also reads as a day written "day.month.year" (1 April 2011), yet a criterion's number is never
 * when the failure will be fixed. Every dotted number from "WCAG" or "criterion" / "criteria" to the end of that
 * sentence is dropped; the rest of the text (a closing "We plan to fix this by 30.06.2026.") is kept as written.
 * Linear in the text's length.
 *
 * @example
 * withoutCriterionNumbers('This fails WCAG 2.2 success criterion 1.4.12 (Text Spacing). We will fix it by 1.6.26.')
 * // 'This fails WCAG  success criterion  (Text Spacing). We will fix it by 1.6.26.'
 */
export function withoutCriterionNumbers(text: string): string {
  let out = ''
  let from = 0
  criterionCue.lastIndex = 0
  for (let cue = criterionCue.exec(text); cue !== null; cue = criterionCue.exec(text)) {
    sentenceStop.lastIndex = cue.index
    const stop = sentenceStop.exec(text)
    const end = stop === null ? text.length : stop.index
    out += text.slice(from, cue.index) + text.slice(cue.index, end).replace(numberRun, dropGuideline)
    from = end
    criterionCue.lastIndex = Math.max(end, criterionCue.lastIndex)
  }
  return from === 0 ? text : out + text.slice(from)
}
