/**
 * "R1 Actions", "R12 Actions": the header of the actions under one numbered recommendation, as The National
 * Archives' Information Management Assessment action plans (and other audit and review responses) write the
 * table under each recommendation row. Returns the header without its recommendation code ("Actions"), or null
 * when the header does not open with one. The code is an R and one or two digits, then spaces and a word, so
 * "R&D lead" or "Room" are left alone; the pattern is anchored and bounded.
 *
 * @example
 * headerUnderRecommendation('R1 Actions') // 'Actions'
 * headerUnderRecommendation('Actions') // null
 */
export function headerUnderRecommendation(header: string): string | null {
  const match = recommendationCode.exec(header.slice(0, 80))
  return match === null ? null : header.slice(match[0].length)
}

const recommendationCode = /^\s{0,3}R\d{1,2}\s{1,3}(?=[A-Za-z])/i
