import type { TargetDate, TargetDateReading } from '../model/targetDate'
import { splitIso } from './calendar'
import { MONTH_SHORT } from './lexicon'

const dayText = (iso: string): string => {
  const [y, m, d] = splitIso(iso)
  return `${d} ${MONTH_SHORT[m]} ${y}`
}

const monthText = (iso: string): string => {
  const [y, m] = splitIso(iso)
  return `${MONTH_SHORT[m]} ${y}`
}

/** "Apr–Jun 2019", or "Nov 2019–Feb 2020" across a year end. */
function monthSpanText(start: string, end: string): string {
  const [sy, sm] = splitIso(start)
  const [ey, em] = splitIso(end)
  if (sy === ey && sm === em) return `${MONTH_SHORT[sm]} ${sy}`
  return sy === ey ? `${MONTH_SHORT[sm]}–${MONTH_SHORT[em]} ${ey}` : `${monthText(start)}–${monthText(end)}`
}

function windowText(r: TargetDateReading): string {
  const { start, due } = r
  if (due === null) return 'undated'
  if (start === null) return `by ${dayText(due)}`
  switch (r.precision) {
    case 'day':
      return start === due ? `by ${dayText(due)}` : `${dayText(start)}–${dayText(due)}`
    case 'month':
      return r.kind === 'range' ? monthSpanText(start, due) : `by ${dayText(due)}`
    case 'year': {
      const [sy, sm] = splitIso(start)
      const [ey] = splitIso(due)
      if (sm !== 1) return `${monthSpanText(start, due)}`
      return sy === ey ? `by end of ${ey}` : `${sy}–${ey}`
    }
    case 'academic-year': {
      const [sy] = splitIso(start)
      const [ey] = splitIso(due)
      return ey === sy + 1 ? `${sy}/${String(ey).slice(2)} academic year` : monthSpanText(start, due)
    }
    default:
      return monthSpanText(start, due)
  }
}

function readingText(r: TargetDateReading): string {
  switch (r.kind) {
    case 'unknown':
      return 'undated'
    case 'ongoing':
      return 'ongoing'
    case 'started':
      if (r.start === null) return 'started'
      return `ongoing since ${r.precision === 'day' ? dayText(r.start) : monthText(r.start)}`
    case 'recurring':
      return r.end === null ? 'recurring' : `recurring; next by ${dayText(r.end)}`
    case 'completed':
      return r.due === null
        ? 'completed'
        : `completed ${r.precision === 'day' ? dayText(r.due) : `by ${dayText(r.due)}`}`
    default:
      return windowText(r)
  }
}

/**
 * A short English description of a parsed target for people: "by 31 Aug 2018", "Apr–Jun 2019",
 * "ongoing since Jun 2019", "2019/20 academic year", "undated". Several parts are joined with "; ".
 *
 * @example
 * ```ts
 * formatTargetDate(parseTargetDate('Aug. 18', { referenceDate: '2018-06-01' })) // 'by 31 Aug 2018'
 * formatTargetDate(parseTargetDate('Q2 2019')) // 'Apr–Jun 2019'
 * formatTargetDate(parseTargetDate('Started June 2019. Work will be on-going')) // 'ongoing since Jun 2019'
 * ```
 */
export function formatTargetDate(target: TargetDate | TargetDateReading): string {
  if (target.kind === 'multiple' && 'parts' in target && target.parts.length > 0) {
    return target.parts.map(readingText).join('; ')
  }
  return readingText(target)
}
