// Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP "CSV Injection"),
// plus their fullwidth forms, which some spreadsheet locales normalise to ASCII.
const TRIGGERS = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d, 0x0a, 0xff1d, 0xff0b, 0xff0d, 0xff20])
const APOSTROPHE = 0x27

/** Index of the first character after any leading apostrophes. */
function afterApostrophes(cell: string): number {
  let i = 0
  while (i < cell.length && cell.charCodeAt(i) === APOSTROPHE) i++
  return i
}

/**
 * Neutralise a cell that a spreadsheet would run as a formula by putting one `'` in front of it. A cell made
 * of apostrophes followed by a trigger (`'=x`) also gains one, so `unescapeFormula` can always undo it.
 *
 * @example
 * escapeFormula('=SUM(A1)') // "'=SUM(A1)"
 * escapeFormula("'=x")      // "''=x"
 * escapeFormula("it's")     // "it's"
 */
export function escapeFormula(cell: string): string {
  const i = afterApostrophes(cell)
  return i < cell.length && TRIGGERS.has(cell.charCodeAt(i)) ? `'${cell}` : cell
}

/**
 * Undo `escapeFormula`: drop one leading `'` from a cell only when apostrophes are followed by a formula
 * trigger. A real leading apostrophe (`'hello`) is kept.
 *
 * @example
 * unescapeFormula("'=SUM(A1)") // "=SUM(A1)"
 * unescapeFormula("'hello")    // "'hello"
 */
export function unescapeFormula(cell: string): string {
  if (cell.charCodeAt(0) !== APOSTROPHE) return cell
  const i = afterApostrophes(cell)
  return i < cell.length && TRIGGERS.has(cell.charCodeAt(i)) ? cell.slice(1) : cell
}
