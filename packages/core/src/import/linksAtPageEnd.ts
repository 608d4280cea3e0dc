import { hasText } from '../text/cleanCellText'

/** "Read the full plan (PDF)", "Click here to see …", "Download our report", "Find out more about …": a line that
 * sends the reader to another page or document. Literal words, one bounded run of blanks each: linear. */
const sendsReaderOn =
  /^(?:click\s{1,3}here|(?:read|download|view|see)\s{1,3}(?:the|our|this|a)\s|find\s{1,3}out\s{1,3}more|learn\s{1,3}more|visit\s{1,3}(?:the|our)\s)/i
/** A line longer than this is a paragraph, read by the other rules. */
const maxLinkLength = 200

/**
 * Where the links a web page ends with begin, below its list: the 0-based row of the first of the trailing lines
 * in `column` that send the reader elsewhere ("Read the full action plan (PDF)", "Click here to see our ongoing
 * goals", "Find out more about the network"), with nothing after them but more such lines; `rows.length` when the
 * page ends otherwise. A careful reader takes these as the page's footer, not as actions; a line so worded with an
 * item after it ("Read the policy with every new starter", then more items) is an item. Read from the end, once.
 *
 * @example
 * linksAtPageEnd([['Run a survey'], ['Read the full plan (PDF)'], ['Find out more about our network']], 0) // 1
 * linksAtPageEnd([['Read the policy with new staff'], ['Run a survey']], 0) // 2
 */
export function linksAtPageEnd(rows: readonly (readonly string[])[], column: number): number {
  let start = rows.length
  for (let at = rows.length - 1; at >= 0; at--) {
    const row = rows[at]!
    const text = (row[column] ?? '').trim()
    if (!hasText(text)) {
      if (row.some(hasText)) break
      continue
    }
    if (text.length > maxLinkLength || !sendsReaderOn.test(text)) break
    start = at
  }
  return start
}
