import type { TargetDate } from '../model/targetDate'

/**
 * A success measure says what is to be true when the work is done ("Impact assessments are completed and logged
 * centrally, end 2026", "All staff have completed the training by July 2025"), so a date in it that reads as a
 * completion is when the action is due, not a report that it was done: the reading becomes `due`, its day kept. Any
 * other reading comes back as it is.
 *
 * @example
 * measureDeadline(parseTargetDate('Assessments are completed, end 2026')).kind // 'due'
 */
export function measureDeadline(target: TargetDate): TargetDate {
  return target.kind === 'completed' && target.due !== null ? { ...target, kind: 'due' } : target
}
