import { hasText } from '../text/cleanCellText'
import { imperativeWithTo } from './ownerAtStart'
import { splitOwnerList } from './splitOwnerList'

/** "Action", "Actions", "Action by": the header of a minutes table's margin naming who acts. Anchored, bounded. */
const actionMargin = /^\s{0,3}actions?(?:\s{1,3}by)?\s{0,3}:?\s{0,3}$/i

/** True when a header cell is only "Action", "Actions" or "Action by": a minutes margin naming who acts. */
export function isActionMarginHeader(cell: string): boolean {
  return actionMargin.test(cell)
}

/**
 * "KT to revise …", "Ana Ruiz to send …", "AB-C to arrange …": a minute that tasks someone by initials or by a
 * name of one or two capitalised words before "to" and a verb in lower case. The initials or name are group 1.
 * Anchored and bounded.
 */
const taskedBeforeTo =
  /^\s{0,3}([A-Z]{2,5}(?:-[A-Z]{1,3})?|[A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20})?) to [a-z]{2,20}\b/

/**
 * "(3.4) Website renewal – Action complete.", "Kiosk repaired. No further action.": a matter arising from an earlier
 * meeting, citing that meeting's minute in brackets or saying how its action stands; an action reviewed, kept.
 * Anchored or one bounded word; linear.
 */
const reviewedAction = /^\s{0,3}\(\d{1,3}(?:\.\d{1,3}){0,2}\)|\bactions?\b/i

/** "SS", "ES/HB", "AB & CD": a margin cell holding initials only, as minutes without a header row write it. */
const initialsOnly = /^\s{0,3}[A-Z]{2,4}(?:\s{0,2}[/&,]\s{0,2}[A-Z]{2,4}){0,3}\s{0,3}$/

/** A numbered minute's ref: "2", "2.1", "3.1.2". Anchored, bounded. */
const minuteNumber = /^\s{0,3}\d{1,3}(?:\.\d{1,3}){0,2}\.?\s{0,3}$/

/** What {@link discussionBesideActionColumn} finds: rows that record discussion, and owners written in the minute. */
export interface DiscussionBesideActionColumn {
  /** 0-based rows whose "Action" cell is empty and whose minute tasks no one: discussion, headings, no actions. */
  readonly rows: ReadonlySet<number>
  /** 0-based rows whose "Action" cell is empty but whose minute tasks someone before "to": who it names. */
  readonly owners: ReadonlyMap<number, string>
  /**
   * 0-based rows whose margin names initials the minute tasks after other sentences or clauses ("The raffle needs
   * prizes, and ES to ask the shop for one." beside "ES"): the clause from those initials on, the action's title.
   */
  readonly titles: ReadonlyMap<number, string>
}

/**
 * The clause of a minute that tasks one of the margin's initials, from the initials on ("ES to ask the shop …" of
 * "The raffle needs prizes, and ES to ask the shop …" beside "ES/HB"), when it opens after a full stop, a comma, a
 * semicolon or "and"; null when the minute opens with them or names none of them so. Bounded: each of a few
 * initials is found by indexOf.
 */
function clauseOfMargin(minute: string, margin: string): string | null {
  let best = -1
  for (const initials of splitOwnerList(margin)) {
    const name = initials.trim()
    if (name === '') continue
    for (const verb of [' to ', ' will ']) {
      const at = minute.indexOf(`${name}${verb}`)
      if (at <= 0 || (best >= 0 && at >= best)) continue
      if (/(?:[.,;]|\band)\s{1,3}$/.test(minute.slice(Math.max(0, at - 6), at))) best = at
    }
  }
  return best < 0 ? null : minute.slice(best).trim()
}

/**
 * Numbered minutes in a table whose owners are a margin headed "Action" ("2.4 | The board noted the report." beside
 * an empty cell, "2.5 | AB to circulate the paper. | AB"): a careful reader takes only the minutes with someone in
 * the margin as the actions; the rest record discussion, and the item headings ("2.0 | Finance") head them. A matter arising that reports how an earlier action stands ("(3.4)
 * Kiosk – Action complete.") stays an action, and so does a minute
 * with an empty margin that still tasks someone by name or initials before "to" ("CD to revise the policy") is an
 * action of that person. Read only when the owners column is headed "Action" (not "Owner" or "Lead"), the minutes
 * are numbered in the ref column, and the margin names someone on at least two rows but stays empty on at least as
 * many: a register whose every row is an action fills its owner cells. Null when the table is not so laid out.
 *
 * @example
 * discussionBesideActionColumn([['', '', 'Action'], ['1.1', 'The board noted the report.', ''],
 *   ['1.2', 'AB to circulate it.', 'AB'], ['1.3', 'Minutes approved.', ''], ['1.4', 'CD to book a room.', 'CD']],
 *   0, { ref: 0, title: 1, owners: 2 })?.rows // Set { 1, 3 }
 */
export function discussionBesideActionColumn(
  table: readonly (readonly string[])[],
  headerIndex: number,
  columns: {
    readonly ref: number | undefined
    readonly title: number | undefined
    readonly owners: number | undefined
  },
  headerless = false,
): DiscussionBesideActionColumn | null {
  const { ref, title, owners } = columns
  if (ref === undefined || title === undefined || owners === undefined) return null
  if (!headerless && !actionMargin.test(table[headerIndex]?.[owners] ?? '')) return null
  let named = 0
  let numbered = 0
  let minutes = 0
  const empty: number[] = []
  const kept: number[] = []
  for (let index = headerIndex + 1; index < table.length; index++) {
    const row = table[index]!
    const text = row[title] ?? ''
    const isNumbered = minuteNumber.test(row[ref] ?? '')
    // Without a header row, the rows above the first numbered minute are the meeting's preamble (who came).
    if (!hasText(text) || (headerless && numbered === 0 && !isNumbered)) {
      if (hasText(text)) empty.push(index)
      continue
    }
    minutes++
    if (isNumbered) numbered++
    const margin = row[owners] ?? ''
    if (hasText(margin)) {
      // Without a header naming it, the margin is known by holding initials alone.
      if (headerless && !initialsOnly.test(margin)) return null
      named++
      kept.push(index)
    } else empty.push(index)
  }
  if (named < 2 || empty.length < named || numbered * 10 < minutes * 8) return null
  const titles = new Map<number, string>()
  for (const index of kept) {
    const clause = clauseOfMargin(table[index]![title] ?? '', table[index]![owners] ?? '')
    if (clause !== null) titles.set(index, clause)
  }
  const rows = new Set<number>()
  const tasked = new Map<number, string>()
  for (const index of empty) {
    if (reviewedAction.test(table[index]![title] ?? '')) continue
    const match = taskedBeforeTo.exec(table[index]![title] ?? '')
    // "Continue to monitor …": an imperative taking "to", no one named.
    if (match === null || imperativeWithTo.has(match[1]!.toLowerCase())) rows.add(index)
    else tasked.set(index, match[1]!)
  }
  return { rows, owners: tasked, titles }
}
