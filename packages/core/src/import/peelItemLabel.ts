import type { PeeledRef } from './peelRef'
import { ITEM_NUMBER, NOT_A_YEAR } from './itemMark'

// "Ongoing target 1: …", "Revised target 2: …", "Key recommendation 3: …": one to three words that name the kind of
// item (and may say whether it is new, carried over or changed), a number, a colon. The words are any words, so a
// plan's own vocabulary needs no list; the colon is required, so a sentence that opens with a count ("Hold 2
// events") is never cut. Bounded quantifiers only, anchored at the start: linear on any cell.
// A year as the label's number ("Vision 2030: …", "Plan 2025 – …") names a period: deliberately not a ref.
const itemLabel = new RegExp(
  String.raw`^((?:[A-Za-z][A-Za-z'-]{0,19}\s{1,3}){1,3})(${NOT_A_YEAR}${ITEM_NUMBER}(?:\.\d{1,3}){0,2}[a-z]?)\s{0,2}:\s{0,4}(?=\S)`,
)

// Words that label a time ("Year 2:", "Phase 1:", "Quarter 3:") rather than an item: those labels date the text
// after them (see readTitleDate, yearLabels) and are not the item's ref.
const timeWords = /^(?:year|yr|term|quarter|semester|month|week|day|phase|stage|step|q)$/i

// A month's name before the number makes the label a date ("By August 31: …", "June 30: …"): the day an item is due,
// read with its text, not a ref.
const monthNames =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i

// "Objective 1 – To close …", "Outcome 3 - Promote …": one label word, a number, a spaced dash, then a capital. A
// spaced dash also joins two numbers in a sentence ("Hold 2 – 3 events"), so the text after it must open with a
// capital letter; the label is one word, not the words of a sentence. Bounded and anchored: linear on any cell.
const dashedLabel = new RegExp(
  String.raw`^([A-Za-z][A-Za-z'-]{0,19})\s{1,3}(${NOT_A_YEAR}${ITEM_NUMBER}(?:\.\d{1,3}){0,2}[a-z]?)\s{1,3}[–—-]\s{1,4}(?=[A-Z])`,
)

/**
 * Peels a label that names an item of the plan with a number and a colon ("Ongoing target 1: …",
 * "Revised target 2: …", "Key recommendation 3: …") into `ref` (the number) and the rest. The label's words are
 * kept out of the title: they say what kind of item follows, not what is done. Null when the cell does not open
 * with such a label, or when its last word labels a time ("Year 2: …") or names a month ("By August 31: …", a date). One label word may instead be followed by its
 * number and a spaced dash ("Objective 1 – To close …"), when a capital opens the text after the dash.
 *
 * @example
 * peelItemLabel('Carried-over measure 4: Publish the pay gap report') // { ref: '4', rest: 'Publish the pay gap report' }
 * peelItemLabel('Year 2: Publish the report') // null
 * peelItemLabel('By August 31: Report progress') // null
 * peelItemLabel('Outcome 3 – Widen the apprentice route') // { ref: '3', rest: 'Widen the apprentice route' }
 */
export function peelItemLabel(text: string): PeeledRef | null {
  const match = itemLabel.exec(text) ?? dashedLabel.exec(text)
  if (match === null) return null
  const words = match[1]!.trim().split(/\s+/)
  if (timeWords.test(words[words.length - 1]!) || monthNames.test(words[words.length - 1]!)) return null
  const rest = text.slice(match[0].length).trim()
  return rest === '' ? null : { ref: match[2]!, rest }
}
