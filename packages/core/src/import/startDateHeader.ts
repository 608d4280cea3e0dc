// "Start date", "Date started", "Planned start", "Begins", "Commencement date": a header over the day the work
// begins. Bounded words, no nested repetition: linear on any header.
const startWords =
  /\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|commenc(?:e|es|ed|ing|ement)|comienzo|inicio)\b/
// A header that also names the end ("Start and end date", "Start / completion") is about both, so about the end.
const endWords = /\b(?:end(?:s|ed|ing)?|finish(?:es|ed)?|complet(?:e|ed|ion)|due|deadline|until|by)\b/

/**
 * Whether a lower-case header names the day the work starts and not the day it ends. Project timelines, Gantt
 * exports and council work programmes give each task a "Start date" beside its "End date": the target is the end,
 * so a start header names the target only weakly and loses to an end header beside it, wherever it stands.
 *
 * @example
 * startDateHeader('start date') // true
 * startDateHeader('start and end date') // false
 * startDateHeader('target date') // false
 */
export function startDateHeader(text: string): boolean {
  return text.length <= 80 && startWords.test(text) && !endWords.test(text)
}
