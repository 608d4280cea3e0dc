/**
 * "Contact: A. Person", "Lead: Head of HR", "Owner(s) – Estates", "LEAD: Equality Advisor": a label line naming
 * who owns an action or the group of actions below it; group 1 is the owners' text. A colon, or a dash with
 * spaces around it: "Lead-in activities" is a heading. Bounded and anchored, so it cannot backtrack.
 *
 * @example
 * ownerLine.exec('Lead: Head of HR')?.[1] // 'Head of HR'
 */
export const ownerLine =
  /^\s*(?:contacts?|dris?|leads?|leaders?|lead\(s\)|owners?|owner\(s\)|responsible|led by|champions?)(?:\s{0,3}:|\s{1,3}[–—-])\s{0,3}(\S.{0,200})$/i
