/**
 * What a speaker says, opening the words after their name and colon: a view in the first person ("I think", "I'm not
 * sure", "we feel") or a reply ("Yes", "Agreed", "Thanks", "Sounds good"). Anchored at the start, bounded, one
 * alternation of plain words, so it cannot backtrack.
 */
const remarkLead =
  /^(?:(?:i|we)\s{1,3}(?:think|thought|agree|agreed|feel|felt|believe|guess|suppose|wonder|prefer|like|liked|disagree|don't|do not|didn't|did not|can't|cannot|am not|are not|were|was|have no|had no)\b|i'm\s{1,3}(?:not|unsure|happy|fine|ok|okay|worried|concerned)\b|(?:yes|yeah|yep|no|nope|agreed|agree|thanks|thank you|ok|okay|sure|right|hmm|indeed|exactly|good point|sounds good|fine by me|not sure|me too)\b)/i

/**
 * Whether the words after a speaker's name and colon are what that person said in the meeting, not work given to
 * them: a view in the first person ("I think the threshold is too low"), a reply ("Agreed, let's wait"), or a
 * question ("Did the rerun finish?"). Minutes that report the discussion turn by turn write such lines; a line that
 * gives work ("Add a warning to the manual", "You have a fixed rate; make it a setting") is none.
 *
 * @example
 * isSpeechTurn('I think the threshold is too low') // true
 * isSpeechTurn('Agreed, we can wait for the new bank.') // true
 * isSpeechTurn('Did the rerun finish?') // true
 * isSpeechTurn('Add a warning about the threshold to the manual') // false
 */
export function isSpeechTurn(words: string): boolean {
  const said = words.trim()
  return remarkLead.test(said) || said.endsWith('?')
}
