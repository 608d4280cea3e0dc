/**
 * "Actions for 2031-32", "Target actions for FY23", "Targets for end of 2018", "Our goals by the end of 2025",
 * "Priorities for this year", "Actions for the 2031/32 year include": a short line naming the work of a period (the
 * actions, targets, goals or priorities) and the period, perhaps as the lead-in of its list. Anchored, bounded runs
 * only.
 */
const workForPeriodLine =
  /^(?:(?:key|our|planned|priority|target)\s{1,3})?(?:actions|targets|goals|priorities)\s{1,3}(?:for|in|by)\s{1,3}((?:(?:the\s{1,3})?end\s{1,3}of\s{1,3})?(?:(?:fy|ay)\s?\d{2,4}|(?:[a-z]{3,9}\s{1,3})?\d{4}(?:\s?[-–/]\s?\d{2,4})?|(?:this|the|next|the\s{1,3}coming)\s{1,3}(?:year|term|semester|quarter)|the\s{1,3}\d{4}\s?[-–/]\s?\d{2,4}\s{1,3}(?:academic\s{1,3}|school\s{1,3}|financial\s{1,3})?year))(?:\s{1,3}(?:include|includes|are))?$/i

/**
 * "OWD 2031 goals", "Our 2031-32 priorities", "2031 Targets": the year written before the work it names, after up to
 * three words naming whose work it is. Anchored, bounded runs only.
 */
const periodBeforeWork =
  /^(?:[\p{L}&'’.-]{1,20}\s{1,3}){0,3}(\d{4}(?:\s?[-–/]\s?\d{2,4})?)\s{1,3}(?:actions|targets|goals|priorities|objectives)$/iu

/** A line longer than this is prose, not a label of the work. */
const maxLength = 60

/**
 * The period a line naming the work of a period gives, as written ("Targets for end of 2018" → "end of 2018",
 * "Actions for 2031-32" → "2031-32"), as a dashboard or a strategy page heads the year's list with it, with or
 * without a colon. Null when the line names no such work and period.
 *
 * @example
 * workForPeriod('Targets for end of 2018') // 'end of 2018'
 * workForPeriod('OWD 2031 goals') // '2031'
 * workForPeriod('Actions for the year:') // null
 */
export function workForPeriod(line: string): string | null {
  const text = line.trim().replace(/:$/, '').trimEnd()
  if (text.length > maxLength) return null
  return workForPeriodLine.exec(text)?.[1] ?? periodBeforeWork.exec(text)?.[1] ?? null
}
