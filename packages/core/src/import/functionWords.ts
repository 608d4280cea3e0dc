/**
 * Function words that open a sentence without being a verb or naming anyone: articles and determiners ("a",
 * "each", "these"), pronouns ("it", "they", "we", "you"), prepositions ("at", "by", "from") and the conjunctions
 * that open a clause ("if", "once", "when", "while"). A line opening with one is neither an instruction ("While
 * the survey runs, …") nor a sentence whose subject owns the action ("Each year we will …"). One list for both
 * readings, so a word added for one is known to both.
 *
 * @example
 * FUNCTION_WORDS.includes('while') // true
 */
export const FUNCTION_WORDS: readonly string[] = [
  'a',
  'all',
  'an',
  'any',
  'as',
  'at',
  'by',
  'each',
  'from',
  'if',
  'in',
  'it',
  'on',
  'once',
  'our',
  'there',
  'these',
  'they',
  'this',
  'we',
  'when',
  'where',
  'while',
  'you',
]
