/** The first word, then a determiner: "Launch an …", "Review the …", "Set up a …" (a particle between). */
const verbThenDeterminer =
  /^([A-Za-z]{2,15})(?:\s{1,3}(?:up|out|in|on|off|down|back|together))?\s{1,3}(?:a|an|the|our|all|each|every|new)\s{1,3}\S/

/** Words that open a heading or a phrase before a determiner without being an instruction ("Beyond the lab"). */
export const notVerbs: ReadonlySet<string> = new Set([
  'about',
  'across',
  'after',
  'at',
  'before',
  'beyond',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'over',
  'through',
  'to',
  'towards',
  'under',
  'with',
  'within',
  'and',
  'or',
  'is',
  'are',
  'was',
  'all',
  'the',
  'our',
  'this',
  'these',
  'what',
  'why',
  'how',
  'who',
])

/**
 * True when a short line reads as an instruction, a verb then what it acts on ("Launch an anti-bullying
 * campaign", "Set up a forum"), rather than a heading ("Careers and training", "Beyond the lab"). A line
 * opening with a word in -ing ("Raising the profile") or a preposition is not one.
 *
 * @example
 * isInstruction("Launch an 'anti-bullying' campaign") // true
 * isInstruction('Raising the profile of technicians') // false
 */
export function isInstruction(text: string): boolean {
  const match = verbThenDeterminer.exec(text.trim())
  if (match === null) return false
  const first = match[1]!.toLowerCase()
  return !first.endsWith('ing') && !notVerbs.has(first)
}
