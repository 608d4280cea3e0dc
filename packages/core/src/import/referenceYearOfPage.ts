/** A four-digit year from 1900 to 2099, standing alone. */
const yearWord = /\b(?:19|20)\d{2}\b/g
/** "2019/20", "2021-2022", "2019–20": a span of years, which says no single year. */
const yearSpan = /\b(?:19|20)\d{2}\s{0,2}[/–—-]\s{0,2}\d{2,4}\b/
/** A month's name (or its short form). */
const monthWord =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i
/** At least this many actions must name a month with no year. */
const minUndated = 2
/** Text read: the lines above a list are few, its actions many. */
const maxChars = 2_000
const maxActions = 400

/**
 * The one year a page's lines other than its list items name (`above`: its title, lead-in and closing lines), for a
 * list whose items (`actions`) name months or days with no year at all: a committee's schedule under "Line Offices are requested to meet the following milestones established in the 2012
 * Work Plan:" with items "By February 19: …", "By May 4: …". A careful reader puts those days in that year, as the
 * page was written for it; the importer reads the plan from 1 January of that year (the reference date of "No year
 * anywhere" in the target-date conventions). Null when those lines name no year, two years or a span of years
 * ("2019/20"), when any action names a year other than the page's (one naming the page's year agrees with it), or
 * when fewer than two actions name a month with no year.
 *
 * @example
 * referenceYearOfPage(['Milestones of the 2012 work plan:'], ['By February 19: meet', 'By May 4: report']) // '2012-01-01'
 * referenceYearOfPage(['Plan 2012-14'], ['By February 19: meet', 'By May 4: report']) // null
 * referenceYearOfPage(['Releases in August 2012:'], ['June 29th, 2012', 'Aug 1st', 'Aug 8th']) // '2012-01-01'
 */
export function referenceYearOfPage(above: readonly string[], actions: readonly string[]): string | null {
  let year: string | null = null
  for (const line of above) {
    const text = line.slice(0, maxChars)
    if (yearSpan.test(text)) return null
    for (const found of text.match(yearWord) ?? []) {
      if (year !== null && found !== year) return null
      year = found
    }
  }
  if (year === null) return null
  let undated = 0
  for (const action of actions.slice(0, maxActions)) {
    const text = action.slice(0, maxChars)
    // "Fri. June 29th, 2012" under lines naming 2012: an action naming the page's own year agrees with it.
    const years = text.match(yearWord)
    if (years !== null) {
      if (years.some((found) => found !== year)) return null
      continue
    }
    if (monthWord.test(text)) undated++
  }
  return undated >= minUndated ? `${year}-01-01` : null
}
