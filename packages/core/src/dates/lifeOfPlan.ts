import { isWord, type Token } from './tokenize'

type Tokens = readonly Token[]

/** Words for how long something lasts: "the life of", "the lifetime of", "the duration of". */
const LIFETIME_WORDS: ReadonlySet<string> = new Set(['life', 'lifetime', 'duration', 'lifespan'])

/** What a plan-like document is called: the thing whose life the work spans. */
const PLAN_NOUNS: ReadonlySet<string> = new Set([
  'plan',
  'strategy',
  'scheme',
  'programme',
  'program',
  'charter',
  'agreement',
  'framework',
  'commitment',
  'policy',
  'project',
])

/**
 * The token after "the life of the plan" (or "the lifetime of this strategy", "the duration of our scheme") starting
 * at i, the word after "throughout", "during", "over" or "for"; null when no such phrase starts there. The work
 * goes on for as long as the plan runs: `ongoing`, with no deadline of its own.
 *
 * @example
 * ```ts
 * lifeOfPlanEnd(tokenize('throughout the life of the plan'), 1) // 6
 * lifeOfPlanEnd(tokenize('throughout the life of the building'), 1) // null
 * ```
 */
export function lifeOfPlanEnd(ts: Tokens, i: number): number | null {
  let j = isWord(ts[i], 'the') ? i + 1 : i
  const life = ts[j]
  if (life?.kind !== 'word' || !LIFETIME_WORDS.has(life.lower) || !isWord(ts[j + 1], 'of')) return null
  j += 2
  const owner = ts[j]?.lower
  if (owner === 'the' || owner === 'this' || owner === 'our' || owner === 'its') j++
  // "the life of the action plan", "the life of the EDI strategy": one word may qualify the noun.
  for (const k of [j, j + 1]) {
    const noun = ts[k]
    if (noun?.kind === 'word' && PLAN_NOUNS.has(noun.lower)) return k + 1
  }
  return null
}
