import { NUMBER_WORDS } from '../dates/lexicon'
import { collapseWhitespace, hasText } from '../text/cleanCellText'

/**
 * "organised around 9 key actions;", "Our five priorities are:", "The plan sets out three aims:": a lead-in ending in
 * a colon or a semicolon that counts the items below it. The count is digits or a number word, then up to two words
 * and a noun naming pieces of a plan.
 */
const countedLeadIn =
  /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,2}(?:actions|priorities|aims|objectives|goals|commitments|themes|steps|initiatives|projects|programmes|workstreams|recommendations|outcomes|ambitions|pledges)\b[^:;]{0,20}[:;]$/i

/**
 * "Of the eight actions we committed to, we have made progress against six:": a lead-in that names the plan's pieces
 * first and closes on the count of those listed below it (perhaps "… six of them:"). Bounded, on a line of at most
 * 160 characters.
 */
const countLastLeadIn =
  /\b(?:actions|priorities|aims|objectives|goals|commitments|themes|steps|initiatives|projects|programmes|workstreams|recommendations|outcomes|ambitions|pledges)\b[^:;]{0,120}\s(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s{1,3}of (?:them|these|those))?\s{0,3}[:;]$/i

/** A lead-in is one line, not a paragraph. */
const maxLeadInLength = 160

/** A list counted so has at least this many items, and at most this many. */
const minItems = 2
const maxItems = 30

/**
 * The rows of a one-column page's unmarked list (no numbers or bullets) whose lead-in says how many items it has
 * ("Our Action Plan is organised around 9 key actions;" over nine lines, then "Read our Action Plan"), as councils'
 * and universities' strategy pages list their key actions, priorities or aims: the count given lines right after
 * the lead-in are the items, whatever their wording ("Work with our partners to …" as much as "Improve the …"), and
 * a line after them (a link, a closing note) is not one. The count may close the lead-in after the pieces it counts
 * ("Of the eight actions we agreed, we have finished five:"), and a page may count several lists ("… two of them
 * are still open:" further down): the items of each are returned. Null when no lone line of the column counts the
 * items below it, or fewer filled lines than it counts follow it.
 *
 * @example
 * itemsCountedByLeadIn([['Plan'], ['We have three aims:'], ['Open the lab'], ['Work with schools'], ['Hire'], ['More']], 1, 0) // [2, 3, 4]
 */
export function itemsCountedByLeadIn(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  column: number,
): number[] | null {
  const found: number[] = []
  for (let index = bodyStart; index < rows.length; index++) {
    const text = collapseWhitespace(rows[index]![column] ?? '')
    if (text.length > maxLeadInLength || !/[:;]$/.test(text)) continue
    const match = countedLeadIn.exec(text) ?? countLastLeadIn.exec(text)
    if (match === null) continue
    const token = match[1]!.toLowerCase()
    const count = /^\d+$/.test(token) ? Number(token) : (NUMBER_WORDS.get(token) ?? 0)
    if (count < minItems || count > maxItems) continue
    const items: number[] = []
    for (let at = index + 1; at < rows.length && items.length < count; at++) {
      if (hasText(rows[at]![column] ?? '')) items.push(at)
    }
    if (items.length < count) continue
    found.push(...items)
    index = items.at(-1)!
  }
  return found.length === 0 ? null : found
}
