import { collapseWhitespace } from '../text/cleanCellText'

/** What a disposition cell decides for its item: whom it is handed to, or that it is dropped. */
export type Disposition = { readonly kind: 'handed-over'; readonly to: string } | { readonly kind: 'dropped' }

/** A disposition is a short decision, never a paragraph: longer cells are not read. */
const maxLength = 200

/**
 * "Responsibility to pass to …", "Refer to …", "To be taken forward by …", "To become part of the work programme
 * for …": the words that hand an item over, then the one who takes it. The opening is a fixed phrase of bounded
 * words, so the match is linear; the recipient is the rest of the cell.
 */
const handOver = new RegExp(
  [
    '^(?:(?:the\\s)?(?:responsibility|ownership|lead|item|matter|topic|issue|work|review|enquiry|it|this)\\s(?:is\\s)?)?',
    '(?:(?:to\\s(?:be\\s)?)|(?:has\\sbeen\\s)|(?:was\\s)|(?:now\\s))?',
    '(?:',
    // "pass to", "passed to", "transferred to", "handed over to", "referred to", "reallocated to"
    '(?:pass(?:ed)?|transfer(?:red)?|hand(?:ed)?(?:\\sover)?|refer(?:red)?|re-?allocate(?:d)?|allocate(?:d)?|re-?assign(?:ed)?|delegate(?:d)?|moved?)\\s(?:on\\s)?to',
    '|',
    // "taken forward by", "picked up by", "taken on by", "taken over by"
    '(?:taken\\s(?:forward|on|up|over)|picked\\sup|carried\\sforward|led)\\sby',
    '|',
    // "become part of (the) work programme for", "form part of the remit of", "be added to the work plan of"
    '(?:become|becomes|form|forms|be)\\spart\\sof\\s(?:the\\s)?(?:work\\s?programme|programme\\sof\\swork|work\\s?plan|forward\\splan|remit|agenda)\\s(?:of|for)',
    ')\\s(?:the\\s)?(?=\\S)',
  ].join(''),
  'i',
)

/**
 * "Enquiry not to be pursued", "No further action", "Not to be taken forward", "To be dropped": the item is
 * decided against. Anchored, fixed words with bounded gaps: linear.
 */
const dropped =
  /^(?:(?:the\s)?(?:enquiry|review|item|matter|topic|issue|work|investigation|study|proposal|it|this)\s)?(?:(?:is|was|will|should)\s)?(?:not\s(?:to\sbe\s|being\s|be\s)?(?:pursued|progressed|taken\sforward|continued|proceeded\swith|carried\sforward)|no\sfurther\saction(?:\s(?:required|needed|to\sbe\staken))?|(?:to\sbe\s|be\s)?(?:dropped|withdrawn|discontinued|abandoned))$/i

/**
 * Reads a cell that decides what becomes of an item, as a committee's or a review's table of outstanding work
 * writes it under "Proposed action" or "Decision": handed over to someone ("Responsibility to pass to the Head of
 * Estates", "To become part of the work programme for the Audit Panel", "Refer to the Finance Committee") or
 * dropped ("Enquiry not to be pursued", "No further action"). A hand-over names the one who takes the item on:
 * its new owner. Returns null for any other cell, including an action ("Pass the budget to the board").
 *
 * @example
 * readDisposition('Refer to the Finance Committee') // { kind: 'handed-over', to: 'Finance Committee' }
 * readDisposition('Enquiry not to be pursued') // { kind: 'dropped' }
 */
export function readDisposition(cell: string): Disposition | null {
  if (cell.length > maxLength) return null
  const text = collapseWhitespace(cell).replace(/\.$/, '')
  if (text === '') return null
  if (dropped.test(text)) return { kind: 'dropped' }
  const opening = handOver.exec(text)
  if (opening === null) return null
  const to = text.slice(opening[0].length).trim()
  // "Refer to the policy": a recipient opens with a capital or a digit, as a name or a body does.
  if (!/^[\p{Lu}\d]/u.test(to)) return null
  return { kind: 'handed-over', to }
}
