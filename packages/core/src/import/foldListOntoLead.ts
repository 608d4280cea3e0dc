import { loneCell } from './loneCell'

/** How one kind of list is folded onto the line it finishes: see {@link foldListOntoLead}. */
export interface ListOntoLead<Lead> {
  /** A line longer than this is not read as a lead-in. */
  readonly maxLeadLength: number
  /** What a lone cell ending in a colon gives its items' test (its indent, say), or null when it is no lead-in. */
  readonly lead: (text: string) => Lead | null
  /** The item's text without its marker, or null when the cell is no item of this lead-in (the list ends above it). */
  readonly item: (cell: string, lead: Lead) => string | null
  /** False when the item just read must be the last of its list ("(iii) … ." after "(ii) …; and"). */
  readonly goesOn?: (cell: string) => boolean
  /** Whether an item's text (without its marker) may be one of the list's; by default it must open in lower case. */
  readonly part?: (text: string) => boolean
}

/**
 * Joins the items of a list onto the lone line ending in a colon whose sentence they finish, separated by
 * semicolons, and leaves their rows empty, so the line keeps its place (and every word and date of its items) as
 * one row. A list is two or more lone cells in the lead-in's column, right below it, each an item by `fold.item`
 * whose text opens in lower case (or passes `fold.part`); every other row is returned as it is (the same array when nothing folds).
 *
 * @example
 * const clauses: ListOntoLead<true> = { maxLeadLength: 600, lead: () => true, item: (cell) => cell.replace(/^- /, '') }
 * foldListOntoLead([['We will:'], ['- keep the plan'], ['- review it']], clauses)[0] // ['We will: keep the plan; review it']
 */
export function foldListOntoLead<Lead>(
  rows: readonly (readonly string[])[],
  fold: ListOntoLead<Lead>,
): readonly (readonly string[])[] {
  let out: (readonly string[])[] | null = null
  for (let index = 0; index < rows.length; index++) {
    const column = loneCell(rows[index]!)
    if (column < 0) continue
    const lead = rows[index]![column]!.trimEnd()
    if (lead.length > fold.maxLeadLength || !lead.endsWith(':')) continue
    const given = fold.lead(lead)
    if (given === null) continue
    const items: number[] = []
    const texts: string[] = []
    for (let next = index + 1; next < rows.length; next++) {
      const cell = rows[next]![column] ?? ''
      const text = loneCell(rows[next]!) === column ? fold.item(cell, given) : null
      if (text === null || !(fold.part ?? opensInLowerCase)(text)) break
      items.push(next)
      texts.push(text.trim())
      if (fold.goesOn !== undefined && !fold.goesOn(cell)) break
    }
    if (items.length < 2) continue
    out ??= rows.slice()
    out[index] = rows[index]!.map((cell, i) => (i === column ? `${lead} ${texts.join('; ')}` : cell))
    for (const item of items) out[item] = rows[item]!.map(() => '')
    index = items[items.length - 1]!
  }
  return out ?? rows
}

function opensInLowerCase(text: string): boolean {
  return /^[a-z]/.test(text)
}
