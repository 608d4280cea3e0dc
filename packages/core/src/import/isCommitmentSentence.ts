import { collapseWhitespace } from '../text/cleanCellText'

/** A commitment is a whole sentence: at least this many words. */
const minWords = 15
/** "… commit to …", "… commits to …": the verb accords and partnership agreements word each commitment with. */
const commitVerb = /\bcommits? to\b/

/**
 * True when a numbered row is a commitment in its own right, though rows numbered under it follow: a Local
 * Decision Making accord's or a partnership agreement's "4.1. The Regional Assembly and the NSW Government commit
 * to a Regional Industry Based Agreement …" over "4.1.1. … commit to forming a working party …", as Aboriginal
 * community accords, Reconciliation Action Plans ("The council commits to …") and memoranda of understanding
 * number their commitments. Such a row is a full sentence of fifteen words or more ending in a full stop, saying
 * "commit(s) to"; a short numbered title ("1 Baseline data") or a goal worded otherwise ("The university will
 * undergo regular review …") is still the heading of the rows numbered under it.
 *
 * @example
 * isCommitmentSentence('The Assembly and the Government commit to a regional agreement for the health sector, focusing on jobs and services.') // true
 * isCommitmentSentence('Governance and accountability') // false
 */
export function isCommitmentSentence(text: string): boolean {
  if (text.length > 5_000) return false
  const sentence = collapseWhitespace(text)
  return sentence.endsWith('.') && sentence.split(' ').length >= minWords && commitVerb.test(sentence)
}
