import { loneText } from './listsUnderLeadIns'
import { pageMetadataRows } from './pageMetadataRows'

/** A four-digit year from 1900 to 2099, standing alone. */
const yearWord = /\b(?:19|20)\d{2}\b/g

/**
 * The year of the date stamp above a plan's table or list ("Last updated: 14/02/2031", "Published 3 May 2031",
 * {@link pageMetadataRows}), as the first day of that year: a roadmap or a backlog kept as a web page names its
 * periods without a year ("March & April" over that period's table) because the stamp above says which year it is
 * in, and a careful reader reads them in that year. Only the year is taken: a stamp written with numbers alone
 * ("02/04/2031") may be day or month first. Null when the lines above `before` hold no stamp, or their stamps
 * name no year or two different years.
 *
 * @example
 * yearOfPageStamp([['Our roadmap'], ['Last updated: 14/02/2031'], ['March & April']], 3) // '2031-01-01'
 * yearOfPageStamp([['Our roadmap'], ['Reviewed each year']], 2) // null
 */
export function yearOfPageStamp(table: readonly (readonly string[])[], before: number): string | null {
  let year: string | null = null
  for (const index of pageMetadataRows(table.slice(0, Math.max(0, before)), 0)) {
    for (const found of loneText(table[index]!)?.match(yearWord) ?? []) {
      if (year !== null && found !== year) return null
      year = found
    }
  }
  return year === null ? null : `${year}-01-01`
}
