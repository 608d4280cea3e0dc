import { collapseWhitespace } from '../text/cleanCellText'

/** "None", "N/A", "Nil", "No action", "-": an action cell saying there is nothing to do. Anchored, no nesting. */
const nothing = /^(?:none|n\/?a|nil|no action(?: required| needed)?|not applicable|[-–—]{1,3})\.?$/i

/**
 * True when an action cell says there is no action ("None" under "Action required", beside a requirement the
 * organisation already meets): the row records that nothing is to be done, so a careful reader counts no action
 * there.
 *
 * @example
 * saysNoAction('None') // true
 * saysNoAction('Review in six months') // false
 */
export function saysNoAction(title: string): boolean {
  // The longest of these words is short: a longer cell is an action, and is not normalised to find out.
  return title.length <= 40 && nothing.test(collapseWhitespace(title))
}
