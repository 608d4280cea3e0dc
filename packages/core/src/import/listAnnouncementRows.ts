import { type LoneText, loneTextOfEach } from './listsUnderLeadIns'

/**
 * "… are as follows.", "Following are draft action items and dates.", "Below are the milestones we agreed",
 * "Here are some actions we will take", "The following highlights important deadlines", "We are committed to the
 * following work …", "To meet the goal, here are the steps …": a sentence that announces the list below it. Literal
 * words, bounded blanks, anchored or after a word boundary: linear.
 */
const announces =
  /(?:\b(?:is|are)\s{1,3}as\s{1,3}follows\s{0,3}[.:]?$|^(?:following|below|listed\s{1,3}below)\s{1,3}(?:is|are)\s|\bhere\s{1,3}(?:is|are)\s{1,3}(?:some|the|our|a)\s|^the\s{1,3}following\s{1,3}(?:highlights|lists?|sets?\s{1,3}out|shows?|outlines?|summari[sz]es|describes?|gives?)\s|\bcommitted\s{1,3}to\s{1,3}the\s{1,3}following\s)/i
/** An announcement is one sentence, at most this long. */
const maxLength = 300

/**
 * The lines alone on their rows that announce the list below them ("Our objectives are as follows.", "Below are
 * the milestones we agreed with the funder"): each says what comes next, and is no action of
 * its own. Only a line with a filled row below it is read so. Returns 0-based rows, in order.
 *
 * @example
 * listAnnouncementRows([['Plan'], ['Our objectives are as follows.'], ['Hold a forum'], ['Run a survey']], 1) // [1]
 */
export function listAnnouncementRows(
  table: readonly (readonly string[])[],
  bodyStart: number,
  /** {@link loneTextOfEach} of the same table, when the caller has read it. */
  lone: readonly LoneText[] = loneTextOfEach(table),
): number[] {
  const rows: number[] = []
  let below = false
  for (let index = table.length - 1; index >= Math.max(0, bodyStart); index--) {
    const text = lone[index] ?? null
    if (below && text !== null && text.length <= maxLength && announces.test(text)) rows.push(index)
    if (lone[index] !== undefined) below = true
  }
  return rows.reverse()
}
