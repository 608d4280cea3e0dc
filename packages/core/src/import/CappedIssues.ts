import type { ImportIssue } from '../model/importIssue'

/**
 * Collects issues up to a cap and past it only counts them, without building their messages: a 100,000-row
 * file with an unreadable date on every eighth row would otherwise build 12,500 issues only for `tableToPlan`
 * to list the first 1,000. The cap must be at least what the caller lists, so the listed issues are the same.
 *
 * @example
 * const issues = new CappedIssues(1000)
 * issues.add(() => createImportIssue('unreadable-date', 'warning', 4, 6, 'Target', '…'))
 * issues.list.length + issues.dropped // 1
 */
export class CappedIssues {
  /** The issues kept, in the order they were added. */
  readonly list: ImportIssue[] = []
  /** How many more were added after the cap was reached. */
  dropped = 0
  private readonly cap: number

  constructor(cap: number) {
    this.cap = cap
  }

  /** Adds the issue `make` builds, or counts it when the cap is reached. */
  add(make: () => ImportIssue): void {
    if (this.list.length < this.cap) this.list.push(make())
    else this.dropped++
  }
}
