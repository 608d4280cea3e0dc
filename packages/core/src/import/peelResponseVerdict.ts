/**
 * "Management agrees with this recommendation.", "The Department accepts the recommendation.", "We agree.",
 * "Agreed.", "Accepted in principle -": a response's verdict on the recommendation, closed by a full stop, colon or
 * spaced dash. The subject is "we" or at most four words with a verb that agrees ("Executive Support: …" is a
 * heading, not a verdict); every part is bounded, so a long cell fails fast.
 */
const verdict =
  /^\s{0,3}(?:(?:we\s{1,3}(?:agree|accept|concur|support)|(?:the\s{1,3})?[A-Za-z]{1,20}(?:\s{1,3}[A-Za-z]{1,20}){0,3}\s{1,3}(?:agrees|accepts|concurs|supports))(?:\s{1,3}(?:with\s{1,3})?(?:this|the)\s{1,3}recommendations?)?(?:\s{1,3}in\s{1,3}(?:full|part|principle))?|(?:agreed|accepted|supported)(?:\s{1,3}in\s{1,3}(?:full|part|principle))?)\s{0,3}(?:[.:]|\s[–—-])\s{1,3}(?=\S)/i

/** A response's verdict peeled from the action it opens. */
export interface ResponseVerdict {
  /** The verdict as written, without its closing mark: "Management agrees with this recommendation". */
  readonly verdict: string
  /** The action after it. */
  readonly rest: string
}

/**
 * A management response that opens with its verdict on the recommendation, then says what will be done:
 * "Management agrees with this recommendation. The guidance will be rewritten by March." An audit's management
 * response and action plan writes the verdict first in each response cell; a careful reader takes the planned
 * action as the title and keeps the verdict as a note. Null when the text does not open with a verdict, or nothing
 * follows it.
 *
 * @example
 * peelResponseVerdict('Management agrees with this recommendation. The guidance will be rewritten.')
 * // { verdict: 'Management agrees with this recommendation', rest: 'The guidance will be rewritten.' }
 * peelResponseVerdict('Agreed. A new rota starts in May.')?.rest // 'A new rota starts in May.'
 * peelResponseVerdict('Staff agree the rota is fair.') // null
 */
export function peelResponseVerdict(text: string): ResponseVerdict | null {
  const match = verdict.exec(text.slice(0, 200))
  if (match === null) return null
  const rest = text.slice(match[0].length).trim()
  if (rest === '') return null
  return { verdict: match[0].trim().replace(/\s{0,3}(?:[.:]|[–—-])$/, ''), rest }
}
