/** "The Portfolio Holder for", "Cabinet Member for", "Lead Member for": a council post named by its portfolio. */
const portfolioPost =
  /^\s*(?:the\s+)?(?:[A-Za-z-]{1,20}\s+)?(?:portfolio\s+holder|cabinet\s+member|lead\s+member|executive\s+member|lead\s+councillor|cabinet\s+lead|minister|secretary\s+of\s+state)\s+for\s+\S/i
/** A part that names someone else: a post, a person's role, a team. */
const namesAnother =
  /\b(?:holder|member|minister|councillor|cllr|secretary|director|head|manager|officer|lead|leader|chair|team|group|committee|board|mayor)s?\b/i
/** A short code standing alone ("CEX", "HR"): another owner, not part of a portfolio's name. */
const code = /^\s*[A-Z&]{1,6}\s*$/

/**
 * True when the comma in an owner cell falls inside a portfolio's name, so it joins one owner: English councils
 * name the member answerable for a recommendation by the portfolio they hold, and portfolios join several areas
 * with commas ("The Portfolio Holder for Economic Development, UK and EU Regional Issues", "Cabinet Member for
 * Housing, Planning and Regeneration"). A part after the comma that names another post, a role or a team
 * ("Cabinet Member for Health, Director of Public Health"), or a short code ("…, CEX"), is another owner.
 *
 * @example
 * commaInPortfolio('The Portfolio Holder for Economic Development', ' UK and EU Regional Issues') // true
 * commaInPortfolio('Cabinet Member for Health', ' Director of Public Health') // false
 */
export function commaInPortfolio(before: string, after: string): boolean {
  if (before.length > 300 || !portfolioPost.test(before)) return false
  return !namesAnother.test(after) && !code.test(after)
}
