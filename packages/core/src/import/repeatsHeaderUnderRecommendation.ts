import { matchColumnHeader } from './columnSynonyms'
import { headerUnderRecommendation } from './headerUnderRecommendation'

/**
 * True when a cell is a header under a recommendation ("R2 Actions" over the actions of recommendation R2): the
 * header written again for the next recommendation, whose code is not an action's ref.
 *
 * @example
 * repeatsHeaderUnderRecommendation('R2 Actions') // true
 * repeatsHeaderUnderRecommendation('R2 Publish the code of practice') // false
 */
export function repeatsHeaderUnderRecommendation(cell: string): boolean {
  return cell.length <= 40 && headerUnderRecommendation(cell) !== null && matchColumnHeader(cell) !== null
}
