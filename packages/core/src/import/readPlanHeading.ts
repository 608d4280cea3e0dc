import { parseTargetDate } from '../dates/parseTargetDate'
import type { PlanPeriod } from '../model/plan'

/** What the lines above a plan (title rows, title paragraphs, a cover sheet) say about it. */
export interface PlanHeading {
  readonly title: string | null
  readonly institution: string | null
  readonly period: PlanPeriod | null
}

const maxLine = 300
const planWords = /\b(?:action plan|technician commitment|plan)\b/i
const universityOf = /\bUniversity of (?:the )?[A-Z][\w'’-]*(?: (?:of |and |upon |on )?[A-Z][\w'’-]*){0,3}/
const namedUniversity = /\b(?:[A-Z][\w'’-]* ){1,2}(?:University|College)(?: London)?\b/
const yearRange =
  /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{1,3})?((?:19|20)\d\d)\s{0,3}([-–—/]|to)\s{0,3}((?:19|20)?\d\d)\b/i
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * Reads the plan's title, institution and period from the lines above it, nearest-first in meaning: the
 * title is the first line that names a plan ("Technician Commitment Action Plan 2018–2020"), else the first
 * short line; the institution is the first "University of …" / "… University" / "… College" named; the period is
 * the first year range ("2018–2020", "November 2018-20", "2019/20").
 *
 * @example
 * readPlanHeading(['University of Glasgow', 'The Technician Commitment: Action Plan November 2018-20'])
 * // { title: 'The Technician Commitment: …', institution: 'University of Glasgow',
 * //   period: { text: 'November 2018-20', start: '2018-11-01', end: '2020-12-31' } }
 */
export function readPlanHeading(lines: readonly string[]): PlanHeading {
  const usable = lines
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && line.length <= maxLine)
  const titles = usable.filter((line) => !line.endsWith(':') && line.length <= 200)
  const title = titles.find((line) => planWords.test(line)) ?? titles[0] ?? null
  let institution: string | null = null
  let period: PlanPeriod | null = null
  for (const line of usable) {
    institution ??= (universityOf.exec(line) ?? namedUniversity.exec(line))?.[0] ?? null
    period ??= readPeriod(line)
  }
  return { title, institution, period }
}

function readPeriod(line: string): PlanPeriod | null {
  const match = yearRange.exec(line)
  if (match === null) return null
  const [text, month, first, separator, second] = match as unknown as [
    string,
    string | undefined,
    string,
    string,
    string,
  ]
  const from = Number(first)
  const to = second.length === 2 ? Math.floor(from / 100) * 100 + Number(second) : Number(second)
  if (to <= from || to - from > 10) return null
  // "2019/20" is an academic year; core's date reader knows when it starts and ends.
  const reading = parseTargetDate(
    separator === '/' && second.length === 2 && month === undefined ? text : `${from} - ${to}`,
  )
  const monthIndex = month === undefined ? -1 : months.indexOf(month.toLowerCase())
  const start = monthIndex >= 0 ? `${from}-${String(monthIndex + 1).padStart(2, '0')}-01` : reading.start
  return { text, start: start ?? `${from}-01-01`, end: reading.end ?? `${to}-12-31` }
}
