/** "achieved[4]", "Center[2]", "CARE[5])": a number in square brackets glued to the word before it. */
const footnoteMarker = /(?<=[A-Za-z.,;)”"'’])\[\d{1,3}\]/g

/**
 * Removes footnote markers copied from a web page or PDF ("… easily achieved[4]"): a number of one to three
 * digits in square brackets glued to the end of a word. A bracketed number after a space ("see note [4]") is
 * kept: it may be a reference the text means.
 *
 * @example
 * stripFootnoteMarkers('Identify areas where access can be improved[4]') // 'Identify areas where access can be improved'
 */
export function stripFootnoteMarkers(text: string): string {
  return text.includes('[') ? text.replace(footnoteMarker, '') : text
}
