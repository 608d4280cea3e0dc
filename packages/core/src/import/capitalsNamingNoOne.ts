/**
 * Words written in capitals that never name an owner, though they look like a member's initials or an
 * organisation's acronym: a placeholder ("TBC", "N/A"), a state ("DONE", "WIP", "NEW"), a priority ("HIGH"), a RAG
 * colour ("AMBER"), an answer ("YES", "NONE"), a note's mark ("NB", "PS", "FYI"), a meeting ("AOB", "AGM") or a
 * measure ("KPI").
 */
const capitals: ReadonlySet<string> = new Set([
  // Placeholders.
  'TBC',
  'TBD',
  'TBA',
  'NA',
  'N/A',
  'ETA',
  'ASAP',
  // States.
  'DONE',
  'WIP',
  'NEW',
  // Priorities and RAG colours.
  'HIGH',
  'LOW',
  'MED',
  'MEDIUM',
  'RED',
  'AMBER',
  'GREEN',
  'BLUE',
  'RAG',
  // Answers.
  'YES',
  'NO',
  'OK',
  'NONE',
  'NIL',
  // Notes and meetings.
  'NB',
  'PS',
  'FYI',
  'AOB',
  'AGM',
  'EGM',
  // Measures.
  'KPI',
  'KPIS',
])

/**
 * Whether a word written in capitals says something about an action or a meeting and names no one, however much it
 * looks like initials ("TBC", "AOB", "AMBER", "KPI"): the one list for every reader of owners written as initials
 * or acronyms. The word is compared as written; a reader that takes any case ("(Tbc)") passes it in capitals.
 *
 * @example
 * isCapitalsNamingNoOne('TBC') // true
 * isCapitalsNamingNoOne('RB') // false
 */
export function isCapitalsNamingNoOne(word: string): boolean {
  return capitals.has(word)
}
