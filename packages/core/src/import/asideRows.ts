import { BULLET_LEAD, indentOf } from './bulletMarks'
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

/** "hurrah!", "quick, quick!", "Great news!": one or two words and an exclamation mark, nothing else. Bounded. */
const exclamation = /^\p{L}[\p{L}'’-]{0,24}(?:,?\s\p{L}[\p{L}'’-]{0,24})?\s?!{1,3}$/u

/** A reaction is short: at most this many characters. */
const maxReaction = 60

/**
 * Whether row `index` is a reaction to the bullet above it: a bullet indented deeper than the line above, saying one
 * or two words with an exclamation mark ("  * hurrah!" under " * Ana uploads the forms"), as notes kept together
 * cheer a point on. It takes nothing on.
 */
function isReaction(table: readonly (readonly string[])[], index: number, text: string): boolean {
  const cell = table[index]?.find((value) => value.trim() !== '') ?? ''
  const above = index > 0 ? (table[index - 1]?.find((value) => value.trim() !== '') ?? '') : ''
  const bare = cell.trim()
  const bullet = BULLET_LEAD.exec(bare)
  return (
    above !== '' &&
    bullet !== null &&
    indentOf(cell) > indentOf(above) &&
    exclamation.test(bare.slice(bullet[0].length)) &&
    exclamation.test(text.replace(BULLET_LEAD, ''))
  )
}

/**
 * The lines alone on their rows that a careful reader passes over as asides, not work: a note wholly in round
 * brackets ("(the later sessions are omitted)", "(links to the reports are below)"; not a labelled detail of the item
 * above, "(Target: …)"), or a line saying a part of the
 * minutes holds no work ("No action items or decisions.", "Not publicly minuted. No action items or decisions.",
 * "Nothing to report"), or a bullet indented under another that only cheers it on ("hurrah!", "quick, quick!";
 * {@link isReaction}). Returns 0-based rows, in order.
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
  const asides = loneTextRows(
    table,
    bodyStart,
    lone,
    Number.POSITIVE_INFINITY,
    // "(Target: run two open days …)": a labelled detail of the item above, read with it, is no aside.
    (text) => (bracketed.test(text) && readDetailLine(text) === null) || saysNothingHere(text),
  )
  const reactions: number[] = []
  for (let index = Math.max(0, bodyStart); index < table.length; index++) {
    const text = lone[index] ?? null
    if (text !== null && text.length <= maxReaction && isReaction(table, index, text)) reactions.push(index)
  }
  return reactions.length === 0 ? asides : [...new Set([...asides, ...reactions])].sort((a, b) => a - b)
}
