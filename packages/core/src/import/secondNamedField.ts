import type { ColumnField } from './columnSynonyms'

/**
 * The field a header names second, when the field it names first already has its column: "Task and
 * (Timescale)" beside an "Action" column holds each task with its timescale in brackets, so it is the target
 * column. `scores` are a header's field scores (`scoreHeader`: 1 for the field named first, 0.7 for a field
 * named as strongly after it). Null when the header names one field, or its first field is free.
 *
 * @example
 * secondNamedField(new Map([['title', 1], ['target', 0.7]]), new Set(['title'])) // 'target'
 */
export function secondNamedField<F extends ColumnField>(
  scores: ReadonlyMap<F, number>,
  taken: ReadonlySet<ColumnField>,
): F | null {
  const first = [...scores].find(([, score]) => score === 1)?.[0]
  if (first === undefined || !taken.has(first)) return null
  const second = [...scores].filter(([field, score]) => score === 0.7 && !taken.has(field))
  return second.length === 1 ? second[0]![0] : null
}
