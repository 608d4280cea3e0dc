/**
 * "In 2031, the council will open the new library.", "From 2031 to 2033, we will run a survey each spring.": a
 * sentence that opens with the year (or span of years) it is done in, then a comma, and ends in a full stop. The
 * year is captured. Anchored, no nested repeats; lines over `maxLength` characters are never tested.
 */
const yearLed =
  /^(?:in|during|by|from|throughout|over)\s{1,3}((?:19|20)\d\d(?:\s{1,3}(?:to|and|-|–)\s{1,3}(?:19|20)\d\d)?),\s{1,3}\S[^:]*[.!]["'”’)]?$/i
const maxLength = 400

/**
 * The year (or span of years) a lone line names first when the line is an item of its own: on a roadmap told in
 * sentences, "In 2032, the planned milestones include:" leads in the bullets below it, while "In 2031, the council
 * will open the new library." is itself a milestone of that year. A heading never ends in a full stop and a lead-in
 * ends in a colon: a line that names its year first, then a comma, and ends a sentence is work, dated by its own
 * year rather than by the lead-in above it. Returns the year as written ("2031", "2031 to 2033"), or null.
 *
 * @example
 * yearLedSentence('In 2031, the council will open the new library.') // '2031'
 * yearLedSentence('From 2031 to 2033, we will run a survey each spring.') // '2031 to 2033'
 * yearLedSentence('In 2032, the planned milestones include:') // null
 * yearLedSentence('Strategic aim 1: Libraries for all by 2033') // null
 */
export function yearLedSentence(line: string): string | null {
  const text = line.trim()
  if (text.length > maxLength) return null
  return yearLed.exec(text)?.[1] ?? null
}
