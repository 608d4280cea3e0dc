// "Action Project Leader", "Project Lead", "Action Owner": a header of at most four words whose last word names
// the person answerable. The last noun of such a compound is what it names (the leader of the action project), so
// the column is the owners even though it opens with "Action" or "Project".
const endsInOwner = /^(?:[a-z0-9]{1,20} ){0,3}(?:leaders?|leads?|owners?)$/

/**
 * Whether a normalised header ("action project leader") names the owners by its last word.
 *
 * @example
 * ownerHeadNoun('action project leader') // true
 * ownerHeadNoun('leadership actions') // false
 */
export function ownerHeadNoun(key: string): boolean {
  return key.length <= 100 && endsInOwner.test(key)
}
