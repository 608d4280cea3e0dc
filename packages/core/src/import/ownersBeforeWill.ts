/**
 * "POD will require …", "Faculties, working closely with POD, will make …": one capitalised word (a unit's name
 * or short name), an aside in commas at most, then "will" and a verb. Bounded, so it cannot backtrack.
 */
const subjectWill = /^([A-Z][A-Za-z&]{1,24})(?:,[^,\n]{1,80},)?\s{1,2}will\s{1,2}(?!be\b|not\b|have\b)[a-z]/

/** Words that open a sentence without naming who does the work. */
const nobody = new Set([
  'we',
  'i',
  'you',
  'they',
  'it',
  'this',
  'that',
  'these',
  'those',
  'there',
  'our',
  'all',
  'each',
  'every',
  'everyone',
  'staff',
  'students',
  'researchers',
  'technicians',
  'training',
  'work',
  'progress',
])

/**
 * The owner an action names as the subject of its sentence when the table has no owners column: "Faculties will
 * ensure that Panel Chairs offer feedback" is owned by Faculties, "POD will require …" by POD. A pronoun or a
 * group the action serves ("We will", "Staff will", "Researchers will") names nobody. Returns [] otherwise.
 *
 * @example
 * ownersBeforeWill('Faculties will ensure that Panel Chairs offer feedback') // ['Faculties']
 * ownersBeforeWill('We will run a survey') // []
 */
export function ownersBeforeWill(title: string): string[] {
  const match = subjectWill.exec(title)
  if (match === null || nobody.has(match[1]!.toLowerCase())) return []
  return [match[1]!]
}
