/** "para. 62", "paras. 7, 8 and 12", "paragraph 4", "§ 12": a paragraph of a document. */
const paragraph = /\b(?:paras?\.?|paragraphs?)\s?\d|§\s?\d/i

/** "CL 119/11", "PC 86/6", "A/RES/70/1", "COM(2021) 85": a document's symbol. */
const documentSymbol =
  /^(?:[A-Z]{1,6}(?:\/[A-Z]{1,6}){0,3}[ /]\d{1,4}\/\d{1,4}|[A-Z]{2,6}\s?\(\d{4}\)\s?\d{1,4})\b/

/** A citation is short: a cell longer than this is prose. */
const maxLength = 80

/** Share of the column's filled cells that must be citations. */
const minShare = 0.8

/**
 * Whether a column's cells cite where each item was decided ("CL 119/11 paras. 7, 8 and 12", "PC 86/6 para. 4",
 * "COM(2021) 85, section 3"), as follow-up reports of governing bodies (UN agencies' councils and committees,
 * parliamentary committees, boards answering their own minutes) head their "Reference" column: such a column
 * holds refs, however many words each has, not the items themselves. At least two filled cells, four in five
 * of them a document symbol or a paragraph reference.
 *
 * @example
 * holdsCitations([['CL 119/11 paras. 7, 8 and 12', 'Medium Term Plan'], ['CL 117/3 para. 62', 'Training']], 0) // true
 * holdsCitations([['Induction loop', 'Fit one in the library'], ['Ramps', 'Survey the entrances']], 0) // false
 */
export function holdsCitations(body: readonly (readonly string[])[], column: number): boolean {
  let filled = 0
  let cited = 0
  for (const row of body) {
    const cell = (row[column] ?? '').trim()
    if (cell === '') continue
    filled++
    if (cell.length <= maxLength && (paragraph.test(cell) || documentSymbol.test(cell))) cited++
  }
  return filled >= 2 && cited >= filled * minShare
}
