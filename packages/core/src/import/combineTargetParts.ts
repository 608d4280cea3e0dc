import type { TargetDate, TargetDateReading } from '../model/targetDate'

/**
 * Joins targets read from separate cells of one action (a grid action with a quarter under both "Year 1" and
 * "Year 2") into one target of kind `multiple`, as the date conventions define it: each cell is a part, `due`
 * is the latest dated part, `start` the earliest start, and confidence the lowest of the parts.
 *
 * @example
 * combineTargetParts('Q2 / Q.E', 'Year 1 / Year 2', [q2Year1, qeYear2]).kind // 'multiple'
 */
export function combineTargetParts(
  text: string,
  column: string | null,
  parts: readonly TargetDate[],
): TargetDate {
  const readings: TargetDateReading[] = parts.map(toReading)
  let due: string | null = null
  let start: string | null = null
  let end: string | null = null
  let precision: TargetDate['precision'] = null
  for (const part of readings) {
    if (part.due !== null && (due === null || part.due > due)) {
      due = part.due
      precision = part.precision
    }
    if (part.start !== null && (start === null || part.start < start)) start = part.start
    if (part.end !== null && (end === null || part.end > end)) end = part.end
  }
  const confidence = readings.length === 0 ? 0 : Math.min(...readings.map((part) => part.confidence))
  const combined: TargetDate = {
    text,
    kind: 'multiple',
    start,
    end,
    due,
    precision,
    confidence,
    warnings: [],
    parts: readings,
    alternatives: [],
  }
  if (column !== null) combined.column = column
  return combined
}

function toReading(target: TargetDate): TargetDateReading {
  const { parts: _parts, alternatives: _alternatives, ...reading } = target
  return reading
}
