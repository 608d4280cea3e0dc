import type { RuleResult } from './types'

// Searched by identity before falling back to a Map: default rules return a handful of shared results, so
// almost every lookup ends within the first few entries.
const LINEAR_LIMIT = 32

/**
 * Interns lists of rule results so that a million actions with the same reasons share one frozen list and
 * the per-action record is a small integer. Lists are equal when they hold the same result objects, in order.
 */
export class ReasonTable {
  private readonly lists: (readonly RuleResult[])[] = []
  private readonly singles: RuleResult[] = []
  private readonly singleIds: number[] = []
  private readonly singleMap = new Map<RuleResult, number>()
  /** Lists of two or more, bucketed by their first result. */
  private readonly multiples = new Map<RuleResult, number[]>()

  /** The id of the list `results[0 .. count - 1]`, adding it when new. */
  intern(results: readonly RuleResult[], count: number): number {
    if (count === 1) return this.single(results[0]!)
    if (count === 0) return this.add(results, 0)
    const first = results[0]!
    let bucket = this.multiples.get(first)
    if (bucket === undefined) {
      bucket = []
      this.multiples.set(first, bucket)
    }
    for (let b = 0; b < bucket.length; b++) {
      const id = bucket[b]!
      if (sameList(this.lists[id]!, results, count)) return id
    }
    const id = this.add(results, count)
    bucket.push(id)
    return id
  }

  get(id: number): readonly RuleResult[] {
    return this.lists[id]!
  }

  private single(result: RuleResult): number {
    const singles = this.singles
    for (let k = 0; k < singles.length; k++) if (singles[k] === result) return this.singleIds[k]!
    const known = this.singleMap.get(result)
    if (known !== undefined) return known
    const id = this.add([result], 1)
    if (singles.length < LINEAR_LIMIT) {
      singles.push(result)
      this.singleIds.push(id)
    } else {
      this.singleMap.set(result, id)
    }
    return id
  }

  private add(results: readonly RuleResult[], count: number): number {
    this.lists.push(Object.freeze(results.slice(0, count)))
    return this.lists.length - 1
  }
}

function sameList(list: readonly RuleResult[], results: readonly RuleResult[], count: number): boolean {
  if (list.length !== count) return false
  for (let k = 0; k < count; k++) if (list[k] !== results[k]) return false
  return true
}
