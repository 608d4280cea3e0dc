import { ownersNamedAsSubject } from './ownersNamedAsSubject'

/** At most this many sentences are read for their subject. */
const maxSentences = 6
/** A sentence ends at a full stop, "!" or "?" followed by a space and a capital, or at the end of a line. */
const sentenceEnd = /[.!?]\s{1,3}(?=[A-Z])|\n/
/** "will" or "shall" with spaces around it: the sentence says who is to do the work. */
const saysWhoWill = / (?:will|shall) /
/** "shall" read as "will", so one reading of the subject serves both. */
const shall = / shall /
/**
 * "Within four months of starting, ", "Upon approval of the budget, ", "After the audit and before the vote, ": an
 * opening phrase of time or condition up to its comma (a comma inside brackets, "(or by 1 July, 2026)", is part of
 * it), before the subject. Anchored; a bracket and any other character start differently, so the run cannot
 * backtrack.
 */
const openingPhrase =
  /^(?:within|upon|on|after|before|by|once|following|from|starting|during|until|when|as soon as|no later than)\b(?:[^,()]|\([^()]{0,80}\)){1,200},\s{1,3}(?=\S)/i

/**
 * The owners the prose under a heading names as who will do the work: the subject of its first sentence (of the
 * first six) that says someone "will" or "shall" act, read past an opening phrase of time or condition ("Within
 * four months of starting, the Records Officer will draft …" → Records Officer). An implementation plan written as
 * headings over paragraphs names its doers so. Only a name, a role or a body before "will" counts
 * ({@link ownersNamedAsSubject}); pronouns and passives name nobody. Returns [] when no sentence names one.
 *
 * @example
 * ownerNamedInProse('The policy starts in May. Within a month, the Records Officer will draft the rules.') // ['Records Officer']
 */
export function ownerNamedInProse(prose: string): string[] {
  const text = prose.length > 3000 ? prose.slice(0, 3000) : prose
  let rest = text
  for (let count = 0; count < maxSentences && rest !== ''; count++) {
    const end = sentenceEnd.exec(rest)
    const sentence = end === null ? rest : rest.slice(0, end.index)
    rest = end === null ? '' : rest.slice(end.index + end[0].length)
    if (!saysWhoWill.test(sentence)) continue
    const owners = ownersNamedAsSubject(sentence.replace(openingPhrase, '').replace(shall, ' will '))
    if (owners.length > 0) return owners
  }
  return []
}
