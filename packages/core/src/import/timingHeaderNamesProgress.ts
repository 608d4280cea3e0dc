/** "Progress", "Status", "State": a word naming how far the work has got. Bounded. */
const progressWord = /(?:^|[^a-z])(?:progress|status|state)(?:$|[^a-z])/i

/**
 * Whether the header of a target column names the work's progress as well as its timing ("Timeline/Progress",
 * "Timescale and status", "Date / Status"), as government plans head one column for both: a cell there that gives
 * no date but a state ("Ongoing") answers "how far has it got", not only "when". A header naming timing alone
 * ("Timescale", "Target date") is not one.
 *
 * @example
 * timingHeaderNamesProgress('Timeline/Progress') // true
 * timingHeaderNamesProgress('Timescale') // false
 */
export function timingHeaderNamesProgress(header: string | null): boolean {
  return header !== null && header.length <= 60 && progressWord.test(header)
}
