/** "(Target date)", "(deadline)", "(timescales)": a bracketed label in a header naming a date the cells hold. */
const bracketedTarget = /\((?:target\s{1,3})?(?:dates?|deadlines?|timescales?|timeframes?)\)/i

/**
 * Whether a column's header says its cells carry the action's target in brackets, as "Aims and actions (Target
 * date)" does over cells such as "Review the code of practice (June 2017)": a reader then takes the dates in
 * that column as the targets before any date in the success measures.
 *
 * @example
 * headerHoldsTarget('Aims and actions for the principle (Target date)') // true
 * headerHoldsTarget('Action') // false
 */
export function headerHoldsTarget(header: string): boolean {
  return bracketedTarget.test(header)
}
