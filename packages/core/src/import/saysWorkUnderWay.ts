/**
 * "Our lab is reevaluating …", "We are developing …", "The team is currently reviewing …": a subject of up to four
 * words, "is", "are" or "am", an optional "currently", "now" or "still", then a verb in -ing (not "going", which
 * says what is to come).
 */
const underWay =
  /^(?:[\w’'-]{1,24}\s{1,3}){1,4}(?:is|are|am)\s{1,3}(?:(?:currently|now|still|actively)\s{1,3})?(?!going\b)[a-z]{3,20}ing\b/i

/**
 * True when an action's text opens by saying its work is under way in the present progressive ("Our lab is
 * reevaluating its hiring policies", "We are developing a mentoring scheme"), as a progress list written in
 * sentences reports an item still going on among items done. Only the opening words are read.
 *
 * @example
 * saysWorkUnderWay('Our lab is reevaluating our policies on hiring') // true
 * saysWorkUnderWay('We created a lab code of conduct') // false
 * saysWorkUnderWay('The school is going to hire a coach') // false
 */
export function saysWorkUnderWay(text: string): boolean {
  return underWay.test(text.slice(0, 160))
}
