import { monthsWindow } from './calendar'
import { dateItem, type Item, makeSpan } from './Item'
import { MONTHS, SEASONS } from './lexicon'
import type { DateSettings } from './readDateContext'
import { type Token, tokenBefore } from './tokenize'

// A dated timetable ("Strategic plan update, January 2004": "February – Steering Committee to hold a Summit …
// February 11-12", "March – Draft strategic plan completed", "July – implementation begins") lists the months of
// its own year, each at the head of a line with a dash after it. With a reference date (the timetable's date) such a
// month is read in that year, not at its next or last occurrence.

type Loose = Extract<Item, { type: 'partial' }>

/** A month without a year (no part of it) at the head of a line, with a dash right after it: a timetable's line. */
function leadsLine(ts: readonly Token[], item: Item): item is Loose {
  if (item.type !== 'partial' || item.partial.unit !== 'month' || item.partial.part !== undefined)
    return false
  const before = tokenBefore(ts, item.from)
  const dash = ts[item.to]
  // "June-September" is a range: a timetable's dash is followed by what happens, in words.
  const after = ts[item.to + 1]
  const words = after?.kind === 'word' && !MONTHS.has(after.lower) && !SEASONS.has(after.lower)
  return (
    (before === undefined || before.kind === 'break') && dash?.kind === 'punct' && dash.lower === '-' && words
  )
}

/** The index of the first break item after k, or the number of items. */
function lineEnd(items: readonly Item[], k: number): number {
  let end = k + 1
  while (end < items.length && items[end]?.type !== 'break') end++
  return end
}

const sameMonth = (item: Item | undefined, month: number): boolean =>
  item?.type === 'partial' && item.partial.month === month

/** A date on the line that is the lead's month in the timetable's year ("this month"). */
const restatesMonth = (item: Item, start: string): boolean =>
  item.type === 'date' && item.span.precision === 'month' && !item.span.range && item.span.start === start

/**
 * The items with each timetable line's leading month read in the reference date's year. When the line names that
 * month again ("February – … Kickoff Meeting February 11-12") the later date says it more exactly and the lead goes,
 * with its dash; a "completed" on a line dated after the reference date names the milestone planned ("March – Draft
 * strategic plan completed" in a January timetable), not work done, and goes too. Without a reference date the
 * items are returned as they are.
 *
 * @example
 * ```ts
 * // "March – Draft strategic plan completed." with referenceDate 2004-01-01: a March 2004 milestone.
 * withTimetableLines(tokens, items, settings)
 * ```
 */
export function withTimetableLines(ts: readonly Token[], items: Item[], settings: DateSettings): Item[] {
  const reference = settings.reference
  if (reference === null || settings.columnYear !== null) return items
  let out: Item[] | null = null
  for (let k = items.length - 1; k >= 0; k--) {
    const lead = items[k] as Item
    if (!leadsLine(ts, lead)) continue
    out ??= items.slice()
    const end = lineEnd(out, k)
    const dash = out[k + 1]?.type === 'word' && out[k + 1]?.from === lead.to ? 1 : 0
    const line = out.slice(k + 1 + dash, end)
    // "August-early October": a date right after the dash makes it a range.
    const next = line[0]
    if ((next?.type === 'date' || next?.type === 'partial') && next.from <= lead.to + 2) continue
    const year = Number(reference.slice(0, 4))
    const { month, name, warnings } = lead.partial
    const window = monthsWindow(year, month, 1)
    // "January – … will be completed this month": a later date on the line that is the lead's month restates it.
    if (line.some((item) => sameMonth(item, month) || restatesMonth(item, window.start))) {
      out.splice(k, 1 + dash)
      continue
    }
    const span = makeSpan(window, 'month', 0.6, [
      ...warnings,
      `${name} has no year: read in ${year}, the year of the dated timetable`,
    ])
    const planned = span.start > reference
    const kept = line.filter((item) => !(planned && item.type === 'word' && item.word === 'completed'))
    out.splice(k, end - k, dateItem(span, lead.from, lead.to), ...out.slice(k + 1, k + 1 + dash), ...kept)
  }
  return out ?? items
}
