import { type LoneText, loneTextOfEach } from './listsUnderLeadIns'
import { loneTextRows } from './loneTextRows'
import { readDetailLine } from './readDetailLine'

/** "(cut: …)", "(links to the reports are below)": a line wholly in round brackets, none opened inside. Bounded. */
const bracketed = /^\([^()]{1,500}\)\.?$/
/**
 * "No action items or decisions.", "No actions.", "Nothing to report", "- nothing at this stage": a part of the minutes or
 * of an update saying it holds no work.
 * Literal words, bounded blanks: linear.
 */
const nothingHere =
  /^(?:[-–•*]\s{1,3})?(?:no\s{1,3}(?:new\s{1,3})?(?:action\s{1,3}items?|action\s{1,3}points?|actions?|decisions?)(?:\s{1,3}(?:or|and|nor)\s{1,3}(?:action\s{1,3}items?|actions?|decisions?))?|nothing(?:\s{1,3}(?:new|further))?(?:\s{1,3}to\s{1,3}report)?)(?:\s{1,3}at\s{1,3}(?:this|the\s{1,3}moment|present)(?:\s{1,3}(?:stage|time|point))?)?\s{0,3}[.!]?$/i
/** A short sentence before it ("Not publicly minuted. No action items."), at most this many characters. */
const maxLeadLength = 60

/** Whether `text` says there is no work here, perhaps after one short sentence. */
function saysNothingHere(text: string): boolean {
  if (nothingHere.test(text)) return true
  const stop = text.indexOf('. ')
  return stop > 0 && stop <= maxLeadLength && nothingHere.test(text.slice(stop + 2).trim())
}

/**
 * The lines alone on their rows that a careful reader passes over as asides, not work: a note wholly in round
 * brackets ("(the later sessions are omitted)", "(links to the reports are below)"; not a labelled detail of the item
 * above, "(Target: …)"), or a line saying a part of the
 * minutes holds no work ("No action items or decisions.", "Not publicly minuted. No action items or decisions.",
 * "Nothing to report"). Returns 0-based rows, in order.
 *
 * @example
 * asideRows([['Board day'], ['Fix the wiki (Ana)'], ['No action items or decisions.'], ['(rest of page omitted)']], 1) // [2, 3]
 */
export function asideRows(
  table: readonly (readonly string[])[],
  bodyStart: number,
  /** {@link loneTextOfEach} of the same table, when the caller has read it. */
  lone: readonly LoneText[] = loneTextOfEach(table),
): number[] {
  return loneTextRows(
    table,
    bodyStart,
    lone,
    Number.POSITIVE_INFINITY,
    // "(Target: run two open days …)": a labelled detail of the item above, read with it, is no aside.
    (text) => (bracketed.test(text) && readDetailLine(text) === null) || saysNothingHere(text),
  )
}
