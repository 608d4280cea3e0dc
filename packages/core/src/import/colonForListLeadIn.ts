import { BULLET_MARKS } from './bulletMarks'
import { loneCell } from './loneCell'

/** "… and includes;", "… are as follows;": a list-introducing word, then a semicolon typed for a colon. */
const leadInWithSemicolon = /\b(?:include|includes|including|the following|as follows)\s{0,3};$/i

const bulleted = new RegExp(`^\\s{0,8}[${BULLET_MARKS}]\\s`)

/**
 * A line that introduces the bulleted list below it but ends in a semicolon ("This work has already started and
 * includes;") is a lead-in, as if it ended in a colon: the semicolon is turned into one, so every reader of lead-ins
 * reads it. Only a lone cell whose last words introduce a list, straight above (blank rows aside) a lone bulleted
 * cell, is changed; every other row is returned as it is.
 *
 * @example
 * colonForListLeadIn([['Work so far includes;'], ['• A forum']])[0] // ['Work so far includes:']
 */
export function colonForListLeadIn(rows: readonly (readonly string[])[]): (readonly string[])[] {
  const out: (readonly string[])[] = rows.slice()
  let previous = -1
  rows.forEach((row, index) => {
    const only = loneCell(row)
    if (row.every((cell) => cell.trim() === '')) return
    if (previous >= 0 && only >= 0 && bulleted.test(row[only]!)) {
      const leadRow = rows[previous]!
      const leadCell = loneCell(leadRow)
      const text = leadRow[leadCell]!.trimEnd()
      out[previous] = leadRow.map((cell, i) => (i === leadCell ? `${text.slice(0, -1)}:` : cell))
    }
    previous = only >= 0 && leadInWithSemicolon.test(row[only]!.trimEnd().slice(-400)) ? index : -1
  })
  return out
}
