/** A job title of one to three words ending in a role word, with no "of": "Program Manager", "Senior Policy Officer". */
const titledRole =
  /^\s*(?:[A-Za-z&-]{1,20}\s+){0,2}(?:manager|officer|director|co-?ordinator|adviser|advisor|administrator|lead|head)\s*$/i
/** A unit of an organisation, named by a noun that only units end in: "People Services Branch", "Policy Division". */
const unitName =
  /^\s*(?:[A-Za-z&'-]{1,25}\s+){1,5}(?:branch|division|directorate|department|section|unit)\s*$/i
/** "as Chair of SAT", "as the project lead": the role in which the owner before the comma acts. */
const actingAs =
  /^\s*as\s+(?:the\s+|an?\s+)?(?:[A-Za-z&-]{1,25}\s+){0,2}(?:chair|chairs|chairperson|lead|head|director|manager|officer|sponsor|champion|convenor|convener|member|secretary|owner)\b/i

/**
 * True when the part after a comma in an owner cell says more of the owner before it, so the comma joins one
 * owner: the unit a job title sits in ("Program Manager, People Services Branch", "Senior Policy Officer, Equity
 * Division", as Australian and New Zealand public-sector plans name their leads), or the role in which a named
 * owner acts ("VPRII, as Chair of SAT", "HR Director, as the project sponsor"). A second role or a team after
 * the comma ("Program Manager, HR Team", "Dean, as well as HR") still names another owner.
 *
 * @example
 * commaOpensRoleClause('Program Manager', ' People Services Branch') // true
 * commaOpensRoleClause('VPRII', ' as Chair of SAT') // true
 * commaOpensRoleClause('Program Manager', ' Head of HR') // false
 */
export function commaOpensRoleClause(before: string, after: string): boolean {
  if (actingAs.test(after)) return true
  return titledRole.test(before) && unitName.test(after)
}
