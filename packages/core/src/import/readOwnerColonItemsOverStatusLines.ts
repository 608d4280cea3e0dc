import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { BULLET_LEAD } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords } from './oneColumnRecords'
import { ownerAtStart, ownersJoined } from './ownerAtStart'
import { firstText, isOneColumn } from './readLabelledRecords'
import { isStatusAlone } from './statusAtStart'

/** At least this many "Name: task" items, and this many status lines under them, make the layout. */
const minItems = 4
const minStatusLines = 3

/** A status line's state is in its first few words ("Ongoing.", "Done. Sent on Monday", "In progress (May)"). */
const maxStatusWords = 4

/** Plain lines after the last item (a closing note) are left out, up to this many. */
const maxLinesAfter = 2

/** "John Klensin: Send the note …": who, a colon, then the work. The names run at most 80 characters. */
const ownerColon = /^([^:]{2,80}?):\s{1,3}(\S.*)$/s

/** "Ana Lee for Tom Reed": one person acting for another, both named before the colon. */
const actingFor = /^(.{2,40}?) for (.{2,40})$/

interface Item {
  readonly row: number
  readonly title: string
  readonly owners: readonly string[]
  readonly line: string
  status: { row: number; text: string } | null
}

/**
 * Reads a board's or committee's list of action items written "Name: task", one a line, where an item carried over
 * from an earlier meeting has its status on the line below it ("Ongoing.", "Done.", "Ongoing. (mid May)"), the
 * sub-bullet's indent lost in a plain copy: each "Name: task" line is an action owned by the names before the colon
 * (several joined by "and", "&" or "/", or one acting "for" another: "Ana Lee for Tom Reed" gives both) and titled by
 * the task after it, the whole line kept as its description; a line right below it whose first words (up to the
 * first full stop, bracket or colon, at most four) read as a status is its status, kept as written. An item with no
 * such line has no status. Lines above the first item are the page's title. Null unless the page is one column of at
 * least four such items and three status lines, every other line below the first item an item or a status line
 * right under one (a closing note of up to two lines aside).
 *
 * @example
 * readOwnerColonItemsOverStatusLines([
 *   ['Club minutes'], ['Ana Lee: Book the hall'], ['Done.'], ['Tom Reed: Order the shirts'], ['Ongoing.'],
 *   ['Ana Lee: Ask the council'], ['Ongoing.'], ['Sam Ode: Draft the rota'],
 * ])?.rows[2] // ['Book the hall', 'Ana Lee', 'Ana Lee: Book the hall', 'Done.']
 */
export function readOwnerColonItemsOverStatusLines(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  if (!isOneColumn(table)) return null
  const items: Item[] = []
  const titleRows: number[] = []
  const after: number[] = []
  let statusLines = 0
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    // "• Ana Lee: Book the hall" over "• Done.": a bulleted copy of the same list, each mark left out.
    const text = collapseWhitespace(firstText(row)).replace(BULLET_LEAD, '')
    const item = ownerColonItem(text, index)
    if (item !== null && after.length === 0) {
      items.push(item)
      continue
    }
    const last = items.at(-1)
    if (last === undefined) {
      titleRows.push(index)
      continue
    }
    if (after.length === 0 && last.status === null && isStatusLine(text)) {
      last.status = { row: index, text }
      statusLines++
      continue
    }
    // "2. Items arising: All" after a list under "1. Minutes and actions": the minutes' next item ends the list,
    // and the lines from it on are the rest of the agenda, however many.
    if (
      after.length === 0 &&
      opensNextItem(
        text,
        titleRows.map((row) => firstText(table[row]!)),
      )
    ) {
      for (let rest = index; rest < table.length; rest++) if (table[rest]!.some(hasText)) after.push(rest)
      break
    }
    after.push(index)
    if (after.length > maxLinesAfter) return null
  }
  if (items.length < minItems || statusLines < minStatusLines) return null
  const top = items[0]!.row
  const records: OneColumnRecord[] = items.map((item) => ({
    index: item.row,
    cells: [item.title, item.owners.join(', '), item.line, item.status?.text ?? ''],
  }))
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Owner', 'Description', 'Status'],
    records,
    {
      mergedRows: items.flatMap((item) => (item.status === null ? [] : [item.status.row + 1])),
      skippedRows: after.map((row) => row + 1),
      titleEvidence: 'each "Name: task" line, its status on the line below it when it has one ("Ongoing.")',
    },
  )
}

/** A "Name: task" line read as an item: the names before the colon and the task after it; else null. */
function ownerColonItem(text: string, row: number): Item | null {
  const match = ownerColon.exec(text)
  if (match === null) return null
  const [, who, work] = match as unknown as [string, string, string]
  if (work.split(' ').length < 2) return null
  const owners = ownersBeforeColon(who, work)
  if (owners.length === 0) return null
  // "Long: DLi: close out the agenda": a second name and colon, one more owner of the same task.
  const more = ownerColon.exec(work)
  const second = more === null ? [] : ownersBeforeColon(more[1]!, more[2]!)
  return second.length === 0 || more === null
    ? { row, title: work, owners, line: text, status: null }
    : { row, title: more[2]!, owners: [...owners, ...second], line: text, status: null }
}

/** "1. Minutes and actions", "2) Finance": a numbered item of the minutes, its number in group 1. */
const numberedItem = /^(\d{1,2})[.)]\s{1,3}\S/

/** Whether a line opens the numbered item after one opening a line above the list ("2. …" under "1. …"). */
function opensNextItem(text: string, above: readonly string[]): boolean {
  const number = numberedItem.exec(text)?.[1]
  if (number === undefined) return false
  return above.some((line) => Number(numberedItem.exec(line)?.[1] ?? Number.NaN) + 1 === Number(number))
}

/** The owners named before the colon, as {@link ownerAtStart} reads them, each joined name apart. */
function ownersBeforeColon(who: string, work: string): string[] {
  const acting = actingFor.exec(who)
  // "Long, DLi": names joined by commas, each an owner.
  const parts = acting === null ? who.split(/\s{0,2},\s{1,2}/, 7) : [acting[1]!, acting[2]!]
  const owners: string[] = []
  for (const part of parts) {
    const named = ownerAtStart(`${part}: ${work}`, 'name-first')
    if (named !== part) return []
    owners.push(...ownersJoined(named))
  }
  return owners
}

/** Whether a line is a status line: its first words, before a full stop, bracket or colon, read as a status. */
function isStatusLine(text: string): boolean {
  const stop = text.search(/[.;:(]/)
  const lead = (stop < 0 ? text : text.slice(0, stop)).trim()
  return lead !== '' && isStatusAlone(lead, maxStatusWords)
}
