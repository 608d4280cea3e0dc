import type { PeeledRef } from './peelRef'

// "a) Develop a paper …", "(b) Draft the terms …": one lower-case letter and a closing bracket (an opening one
// before it is kept in the ref), then the item's own first capital.
const letterItem = /^([a-z]\)|\([a-z]\))\s{1,4}(?=[A-Z])/
// "(ii) Kilchoan signage …", "(iii) all other items …": a roman numeral of two letters or more in brackets, which no
// letter is, so the item may open in lower case (it goes on the sentence the list broke up).
const romanItem = /^(\((?:ii|iii|iv|vi|vii|viii|ix|xi|xii)\))\s{1,4}(?=\S)/
// "EQ 1.01 Work with …", "HR 2.3 Review …": a short capital code, a space and a dotted number, then the item.
const codedItem = /^([A-Z]{2,4}\s?\d{1,3}(?:\.\d{1,3}){1,3})\.?\s{1,4}(?=[A-Z])/

/**
 * Peels a ref made with letters from the start of a cell: a lettered item ("a) Develop a paper" → `a`,
 * "(a) Develop a paper" → `(a)`) or a
 * scheme's code before a dotted number ("EQ 1.01 Work with …" → `EQ 1.01`). Null when the cell starts with
 * neither. {@link peelRef} reads every other form.
 *
 * @example
 * peelLetteredRef('EQ 1.02 Undertake a textile project') // { ref: 'EQ 1.02', rest: 'Undertake a textile project' }
 */
export function peelLetteredRef(text: string): PeeledRef | null {
  const match = letterItem.exec(text) ?? romanItem.exec(text) ?? codedItem.exec(text)
  if (match === null) return null
  const rest = text.slice(match[0].length).trim()
  // "a)" is cited as "a"; "(a)" keeps its brackets, as the plan writes it ("13(a)").
  const ref = match[1]!.endsWith(')') && !match[1]!.startsWith('(') ? match[1]!.slice(0, -1) : match[1]!
  return rest === '' ? null : { ref, rest }
}
