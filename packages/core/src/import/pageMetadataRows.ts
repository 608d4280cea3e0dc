import { BULLET_MARKS } from './bulletMarks'
import { type LoneText, loneTextOfEach } from './listsUnderLeadIns'
import { loneTextRows } from './loneTextRows'

/** A bullet and the spaces after it. */
const bullet = new RegExp(`^[${BULLET_MARKS}]\\s{0,8}`)
/**
 * "Written by University of the Arts London", "Published date 03 February 2021", "Last updated: 14 July 2022",
 * "First published: 18 March 2024", "Author: HR team": a web page's byline or date stamp. "Updated the guidance" is
 * work done, not a stamp: a bare "Updated" is not read. The first word is in capitals ("written by" in lower case
 * opens a sentence's clause), the second may be too ("Last Updated: 02/04/2022", title-cased as a heading); a
 * byline whose space was lost ("Written byUniversity …") is one too. Anchored, bounded.
 */
const metadata =
  /^(?:Written\s{0,3}by(?![a-z])|(?:Published(?:\s{1,3}(?:date|on))?|Date\s{1,3}[Pp]ublished|First\s{1,3}[Pp]ublished|Last\s{1,3}(?:[Uu]pdated|[Mm]odified|[Rr]eviewed|[Ee]dited)|Posted\s{1,3}(?:on|by)|Author)\b)/
/** A stamp is short; a longer line is prose that happens to open so. */
const maxLength = 100

/**
 * The lines alone on their rows that stamp a web page with its author or dates ("• Written by University of the
 * Arts London", "• Published date 03 February 2021", "Last updated: 14 July 2022"), as news stories, GOV.UK pages and
 * university web pages print them under the title, often as a bulleted list. They are no actions, and their dates
 * are no targets. Returns 0-based rows, in order.
 *
 * @example
 * pageMetadataRows([['Our plan'], ['• Written by the HR team'], ['• Published 3 May 2024'], ['• Train every manager']], 0) // [1, 2]
 */
export function pageMetadataRows(
  table: readonly (readonly string[])[],
  bodyStart: number,
  /** {@link loneTextOfEach} of the same table, when the caller has read it. */
  lone: readonly LoneText[] = loneTextOfEach(table),
): number[] {
  return loneTextRows(table, bodyStart, lone, maxLength, (text) => metadata.test(text.replace(bullet, '')))
}
