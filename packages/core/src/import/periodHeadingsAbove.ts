import type { DateContext, TargetDate } from '../model/targetDate'
import { headingPeriod } from './headingPeriod'
import { isSentence } from './isSentence'

/** The period headings met so far, and the period in force at any later row. */
export interface PeriodHeadingsAbove {
  /** Tells it about a heading row (1-based) and its text, in reading order. */
  readonly see: (row: number, heading: string) => void
  /** The period of the last heading above `row` that is only a period, or null when there is none. */
  readonly periodAt: (row: number) => TargetDate | null
  /**
   * Tells it about the lone lines above the table's header (1-based rows and their texts, in order, the title and
   * the page's stamps left out): from the first that is only a period on, each is seen as a heading, as a
   * roadmap's first period ("March & April") stands above its first theme heading and the header of its first
   * table. Lines before that period (an introduction, a subtitle) are not headings of the body and are passed over.
   * With `planPeriod`, the text of the period the title rows give the whole plan ("2031/2032"), only the lines below
   * the line naming it are seen, and only when the first period among them is a part of a year: a quarter, a term,
   * a season or a span of months ("3e trimestre : octobre 2031 à décembre 2031", "Q3 2031"), as a roadmap for the
   * years heads the section it lists with its quarter. A month or a day alone there is the page's date, not a period
   * heading.
   */
  readonly seeAboveHeader: (
    lines: readonly { readonly row: number; readonly text: string }[],
    planPeriod?: string,
  ) => void
}

/** "In 2031 we will deliver the following:", "During 2031, the team will:": a lead-in whose opening names one year. */
const yearLeadIn =
  /^(?:in|during|by the end of|throughout|over)\s{1,3}((?:19|20)\d\d)\b(?![-–/]\d)[^:]{0,200}:$/i

/**
 * The year a lead-in sentence names in its opening words, as a plan lists the work it means to finish that year:
 * "In 2031 we intend to complete the following, under each theme:" over theme headings and their items. Each item
 * below is due by the end of that year, through any number of group headings. Null for any other line, for a span
 * of years ("In 2031-32 …"), and for a sentence that does not end in a colon (a year in a plain sentence dates
 * nothing below it).
 *
 * @example
 * leadInYear('In 2031 we will do the following:', {})?.due // '2031-12-31'
 * leadInYear('In 2031 we did the following.', {}) // null
 */
export function leadInYear(line: string, dateContext: DateContext): TargetDate | null {
  const text = line.trim()
  if (text.length > 240) return null
  const year = yearLeadIn.exec(text)?.[1]
  return year === undefined ? null : headingPeriod(year, dateContext)
}

/** A quarter, a term, a season or a span of months: a part of a year, never a month or a day alone. */
function isPartOfYear(period: TargetDate): boolean {
  if (period.kind === 'range' || period.kind === 'multiple')
    return period.precision === 'month' || period.precision === 'quarter'
  return period.precision === 'quarter' || period.precision === 'term' || period.precision === 'season'
}

/**
 * Keeps the period a heading states for every heading below it: an OKR page, a quarterly report or a term plan
 * heads its lists with the period once ("2018 Q3", "Spring Term 2021", "January – March 2022") and then groups
 * its work under headings of their own (the objectives, the teams), so the nearest heading above a task names its
 * group and the period heading above that dates it, until the next period heading. Headings are seen in reading
 * order; `periodAt` answers for the rows seen so far (an action is built only once its rows are read, possibly
 * after the next heading has been seen, so each heading keeps its row). A heading is a period by
 * {@link headingPeriod}; other headings leave the period in force. Only a period that heads the page does so: when
 * a heading of another kind comes first ("Stage 1: Survey" over "Spring 2025"), the periods are the inner level,
 * each dating only the tasks right under it, and are left to the nearest heading's own reading. Paragraphs read as
 * headings (an introduction in sentences) are not headings of another kind, and neither is a heading right above
 * one: a page's own title or subtitle over its introduction ("Quarterly Objectives and Key Results", a paragraph,
 * then "2018 Q3"). A lead-in ending in a colon that opens
 * by naming one year ("In 2031 we will deliver the following:", by {@link leadInYear}) is a period heading too, and
 * one that holds whatever headings come before it.
 *
 * @example
 * const periods = createPeriodHeadingsAbove({})
 * periods.see(3, '2018 Q3'); periods.see(4, 'The daemon is reliable')
 * periods.periodAt(5)?.due // '2018-09-30'
 * periods.periodAt(2) // null
 */
export function createPeriodHeadingsAbove(dateContext: DateContext): PeriodHeadingsAbove {
  const rows: number[] = []
  const periods: TargetDate[] = []
  /** A heading of another kind came before any period: periods are not the outer level. */
  let inner = false
  /** The heading that made the periods inner is the last one seen: what follows it may show it a title. */
  let innerJustSet = false
  const see = (row: number, heading: string): void => {
    // A lead-in naming its year dates the lists below it, whatever headings frame the page above it.
    const lead = leadInYear(heading, dateContext)
    if (lead !== null) {
      inner = false
      innerJustSet = false
      rows.push(row)
      periods.push(lead)
      return
    }
    if (inner) {
      // A heading over an introduction in sentences, before any period, is the page's title or subtitle
      // ("Quarterly Objectives and Key Results" over "We set objectives each quarter …"), not a level of grouping.
      if (innerJustSet && isSentence(heading)) inner = false
      innerJustSet = false
      return
    }
    const period = headingPeriod(heading, dateContext)
    if (period === null) {
      inner = rows.length === 0 && !isSentence(heading)
      innerJustSet = inner
      return
    }
    rows.push(row)
    periods.push(period)
  }
  return {
    see,
    seeAboveHeader(lines, planPeriod) {
      const below =
        planPeriod === undefined ? 0 : lines.findIndex((line) => line.text.includes(planPeriod)) + 1
      if (planPeriod !== undefined && below === 0) return
      const first = lines.findIndex(
        (line, at) => at >= below && headingPeriod(line.text, dateContext) !== null,
      )
      if (first < 0) return
      if (planPeriod !== undefined && !isPartOfYear(headingPeriod(lines[first]!.text, dateContext)!)) return
      for (const line of lines.slice(first)) see(line.row, line.text)
    },
    periodAt(row) {
      // Headings come in reading order and actions are built close behind them: search from the end.
      for (let at = rows.length - 1; at >= 0; at--) if (rows[at]! < row) return periods[at]!
      return null
    },
  }
}
