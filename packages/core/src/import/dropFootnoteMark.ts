// "Recommendation[i]", "Lead Officer[v]", "Timetable [2]", "Status*": a footnote mark typed after a header word.
// Anchored at the end with bounded runs, so it cannot backtrack.
const footnoteMark = /\s{0,2}(?:\[[0-9ivxIVX]{1,4}\]|\*{1,3})$/

/**
 * Drops a footnote mark ending a header cell ("Recommendation[i]" → "Recommendation"), so the header reads as
 * the words it is made of. Other text is returned as it is.
 *
 * @example
 * dropFootnoteMark('Lead Officer[v]') // 'Lead Officer'
 */
export function dropFootnoteMark(header: string): string {
  return header.replace(footnoteMark, '')
}
