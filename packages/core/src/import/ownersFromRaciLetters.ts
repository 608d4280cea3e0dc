import { collapseWhitespace, hasText } from '../text/cleanCellText'

/** A RACI chart's cell: one letter saying how the person of its column takes part (R, A, C, I, or S for support). */
const raciLetter = /^\s{0,3}[RACIS]\s{0,3}$/
/** A person's column header: initials or a short name ("AB", "Jo Bell"), no digit and no sentence. */
const personHeader = /^\s{0,3}\p{L}[\p{L}.'’ -]{0,29}$/u
/** A chart names at least this many people. */
const minPeople = 2
/** A chart rates at least this many rows. */
const minRows = 3
/** The header the people's columns are folded under: the action's owners. */
const ownersHeader = 'Responsible'

/**
 * A RACI chart beside the work: columns headed by people (initials or short names), whose cells hold one letter each
 * saying how that person takes part in the row's work — R responsible, A accountable, C consulted, I informed — as
 * project and release plans rate each deliverable. A careful reader takes the people marked R as the row's owners
 * (the person marked A when no one is). The people's columns are folded into one column headed "Responsible", in the
 * place of the first, holding each row's owners; the others are left blank on every row. Two or more such columns
 * side by side, filled on three or more rows with nothing but these letters, each under a header row naming its
 * person; the header row may be repeated further down (a chart per milestone). A legend listing the letters
 * ("R | Responsible person") fills only the first column and is no chart. Returns the table itself otherwise.
 *
 * @example
 * ownersFromRaciLetters([
 *   ['Task', 'AB', 'CD'], ['Draft the spec', 'R', 'C'], ['Review the spec', 'A', 'R'], ['Ship it', 'R', 'I'],
 * ])[1] // ['Draft the spec', 'AB', '']
 */
export function ownersFromRaciLetters(table: readonly (readonly string[])[]): readonly (readonly string[])[] {
  let width = 0
  for (const row of table) if (row.length > width) width = row.length
  // Per column: rows rated by a letter (on a row rating two people or more; a legend's "R | Responsible" rates
  // none), and rows holding anything else below the column's first letter, bar the header repeated.
  const letters = new Array<number>(width).fill(0)
  const other = new Array<number>(width).fill(0)
  const isLetter = (cell: string) => cell.length <= 8 && raciLetter.test(cell)
  let ratingRows = 0
  for (const row of table) {
    const rates = row.filter(isLetter).length >= minPeople
    if (rates) ratingRows++
    for (let c = 0; c < row.length; c++) {
      const cell = row[c]!
      if (!hasText(cell)) continue
      if (rates && isLetter(cell)) letters[c]!++
      else if (letters[c]! > 0 && !isHeaderRow(row, c)) other[c]!++
    }
  }
  // The widest run of side-by-side columns of letters only.
  let start = -1
  let end = -1
  for (let c = 0, from = -1; c <= width; c++) {
    const rated = c < width && letters[c]! > 0 && other[c] === 0
    if (rated && from < 0) from = c
    if (rated || from < 0) continue
    if (c - from > end - start + 1 || start < 0) {
      start = from
      end = c - 1
    }
    from = -1
  }
  if (ratingRows < minRows || start < 0 || end - start + 1 < minPeople) return table
  const people = new Map<number, string>()
  const out: string[][] = []
  for (const row of table) {
    const copy = [...row]
    if (isHeaderRow(row, start, end)) {
      for (let c = start; c <= end; c++) {
        people.set(c, collapseWhitespace(row[c]!))
        copy[c] = ''
      }
      copy[start] = ownersHeader
      out.push(copy)
      continue
    }
    const marks = row.slice(start, end + 1).map((cell) => cell.trim().toUpperCase())
    if (people.size === 0 || !marks.some((mark) => mark !== '')) {
      out.push(copy)
      continue
    }
    const marked = (letter: string) =>
      marks.flatMap((mark, i) => (mark === letter ? [people.get(start + i) ?? ''] : [])).filter(hasText)
    const responsible = marked('R')
    const owners = responsible.length > 0 ? responsible : marked('A')
    for (let c = start; c <= end; c++) if (c < copy.length) copy[c] = ''
    while (copy.length <= start) copy.push('')
    copy[start] = owners.join(', ')
    out.push(copy)
  }
  return people.size === 0 ? table : out
}

/** A row naming a person over each of the columns `from` to `to`: no letter, every cell a short name. */
function isHeaderRow(row: readonly string[], from: number, to = from): boolean {
  for (let c = from; c <= to; c++) {
    const cell = row[c] ?? ''
    if (!hasText(cell) || raciLetter.test(cell) || !personHeader.test(cell)) return false
  }
  return true
}
