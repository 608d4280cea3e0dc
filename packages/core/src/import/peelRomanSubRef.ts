import type { PeeledRef } from './peelRef'
import { ITEM_NUMBER } from './itemMark'

// "1. i) Review …", "2.ii) Raise …", "3 iv) Fund …": a number, an optional dot, a lower-case roman numeral of one
// to five letters and a closing bracket, then the item. Bounded and anchored, so it cannot backtrack.
const romanSubItem = new RegExp(String.raw`^(${ITEM_NUMBER})\.?\s{0,3}([ivx]{1,5})\)\s{1,4}(?=\S)`)

// "8. (ii) Chair to …", "3 (iv) Fund …": a number, an optional dot, a space and a lower-case roman numeral in brackets,
// as minutes reviewing their last actions cite them; the ref is kept as written. Bounded and anchored.
const bracketedRomanSubItem = new RegExp(String.raw`^(${ITEM_NUMBER}\.?)\s{1,3}\(([ivx]{1,5})\)\s{1,4}(?=\S)`)

// "2.4.iii. Publish …", "1.ii) Raise …": an outline number with a roman sub-item joined by a dot and closed by a dot
// or a bracket, as plans numbering actions under each objective's outline number write them. Bounded and anchored.
const dottedRomanSubItem = new RegExp(
  String.raw`^(${ITEM_NUMBER}(?:\.\d{1,3}){0,3})\.([ivx]{1,5})[.)]\s{1,4}(?=\S)`,
)

/**
 * Peels a ref made of a number and a roman sub-item ("1. ii) Implement the policy" → `1.ii`, "3.2.iv. Fund the
 * pilot" → `3.2.iv`, or as written when the numeral is in brackets: "8. (iii) Chair to write" → `8. (iii)`), as plans numbering the actions under each principle, aim or objective with i), ii), iii) write
 * it. The ref is the number and the numeral joined by a dot. Null when the cell does not start so.
 *
 * @example
 * peelRomanSubRef('2. iii) Publish the code of practice') // { ref: '2.iii', rest: 'Publish the code of practice' }
 * peelRomanSubRef('4.1.ii. Train the panel') // { ref: '4.1.ii', rest: 'Train the panel' }
 * peelRomanSubRef('2. Publish the code') // null
 */
export function peelRomanSubRef(text: string): PeeledRef | null {
  const bracketed = bracketedRomanSubItem.exec(text)
  if (bracketed !== null) {
    const rest = text.slice(bracketed[0].length).trim()
    return rest === '' ? null : { ref: `${bracketed[1]} (${bracketed[2]})`, rest }
  }
  const match = romanSubItem.exec(text) ?? dottedRomanSubItem.exec(text)
  if (match === null) return null
  const rest = text.slice(match[0].length).trim()
  return rest === '' ? null : { ref: `${match[1]}.${match[2]}`, rest }
}
