/** The last word before the colon wants an object: the list below finishes the sentence. Anchored at the end,
 * bounded: linear on any line. */
const unfinishedLead = /\b(?:of|for|on|in|about|across|including|covering|such as)\s{0,3}:$/i

/**
 * Whether a line ending in a colon is a lead-in the list below it finishes ("Embedded a new framework of:",
 * "Guidance covering:", "Support in:"), rather than a label naming the list ("Policy:"): the items under it
 * ("• Copyright", "• Research") are the parts of one action, not actions of their own. Not "to:" ("We will work
 * with partners to:"), whose items are what is done.
 *
 * @example
 * isUnfinishedLead('Embedded new framework of:') // true
 * isUnfinishedLead('Policy:') // false
 * isUnfinishedLead('We will work with partners to:') // false
 */
export function isUnfinishedLead(line: string): boolean {
  return unfinishedLead.test(line.trim())
}
