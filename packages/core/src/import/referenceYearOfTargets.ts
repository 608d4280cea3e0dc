import { parseTargetDate } from '../dates/parseTargetDate'

/** A four-digit year from 1900 to 2099, standing alone. */
const yearWord = /\b(?:19|20)\d{2}\b/g
/** "2019/20", "2021-2022", "2019–20": a span of years, which says no single year. */
const yearSpan = /\b(?:19|20)\d{2}\s{0,2}[/–—-]\s{0,2}\d{2,4}\b/
/** A month's name (or its short form): a year-less cell must name one, so it is a calendar date short of its year. */
const monthWord =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i
/** At least this many target cells must name the year. */
const minDated = 2
/** Cells read: a plan's target column, sampled from its top. */
const maxCells = 400

/**
 * The one year every dated target of a plan names, when some targets name none: a board paper's project plan dated
 * "For agreement by User Group March 2002", "Complete by May 2002", "June 2002" beside "Discussion Document circulated
 * by 21 January" and "Present progress report to PSG 25 February". A careful reader puts the year-less days in that
 * year, as the plan was written within it; the importer does so by reading the plan from 1 January of that year
 * (the reference date of "No year anywhere" in the target-date conventions). Null when fewer than two cells name a
 * year, when two years are named (unless the second is named only below every year-less day, as a schedule in date
 * order closes on the next year's date: "2031 Mar-30" under "Kernel freeze: Jun-23" under "2030 Mar-31"), when a cell names a span of years ("2019/20"), when a cell with no year names no
 * month either ("Within 60 days of …", "Ongoing": read from the reference date, they would move), when one recurs
 * ("Every March") or when every cell
 * names its year. A cell that names no date at all ("TBC", "To be confirmed") is passed over.
 *
 * @example
 * referenceYearOfTargets(['March 2002', 'June 2002', 'by 21 January']) // '2002-01-01'
 * referenceYearOfTargets(['March 2002', 'June 2003', 'by 21 January']) // null
 * referenceYearOfTargets(['March 2002', 'TBC', 'June 2002', 'by 21 January']) // '2002-01-01'
 * referenceYearOfTargets(['March 2002', 'June 2002', 'by 21 July', 'March 2003']) // '2002-01-01'
 */
export function referenceYearOfTargets(cells: readonly string[]): string | null {
  let year: string | null = null
  let dated = 0
  let undated = 0
  /** A later year, named only after every year-less day: the schedule's end. */
  let closing: string | null = null
  for (const cell of cells.slice(0, maxCells)) {
    const text = cell.slice(0, 400)
    if (text.trim() === '') continue
    if (yearSpan.test(text)) return null
    const years = text.match(yearWord)
    if (years === null) {
      if (!monthWord.test(text)) {
        // "TBC", "To be agreed": no date at all, with a reference date or without; it says nothing of the year.
        if (saysNoDate(text)) continue
        // "Within 60 days of …", "Ongoing": no calendar date waiting for its year; the plan is not read so.
        return null
      }
      // "Every March", "Annually in June": a date that recurs, read from the reference date, would gain a due.
      if (parseTargetDate(text).kind === 'recurring') return null
      if (closing !== null) return null
      undated++
      continue
    }
    for (const found of years) {
      if (year === null) year = found
      else if (found === (closing ?? year)) continue
      // "2021 Mar-30" closing a schedule whose year-less days follow "2020 Mar-31": the next year, named after the
      // last of them, ends the plan's year; any other second year leaves the year open.
      else if (undated === 0 || closing !== null || Number(found) !== Number(year) + 1) return null
      else closing = found
    }
    dated++
  }
  return year !== null && dated >= minDated && undated > 0 ? `${year}-01-01` : null
}

/** A year of the 2000s no plan is written in: a cell read from it that still gives no date gives none from any. */
const anyYear = { referenceDate: '2001-01-01' }

/**
 * A cell that names no date, read from a reference date or not ("TBC", "To be confirmed", "When funding allows"):
 * it moves nowhere when the plan is read from a year, so it neither gives the year nor stops it being given.
 */
function saysNoDate(text: string): boolean {
  return parseTargetDate(text).kind === 'unknown' && parseTargetDate(text, anyYear).kind === 'unknown'
}
