/**
 * The plan's own ID as the action's ref, when the table has an ID column but no ref column: an action log's
 * "Action ID" ("O-150818-01", "ACT-12", "3") is how its owners cite the action, as a numbered plan's "No." is.
 * The ID is also kept as the action's id. A ref read from the row stands; an ID longer than 40 characters or
 * with spaces inside (a sentence typed in the wrong column) is not a ref.
 *
 * @example
 * refFromActionId(null, 'O-150818-01') // 'O-150818-01'
 * refFromActionId('2.1', 'O-150818-01') // '2.1'
 */
export function refFromActionId(ref: string | null, id: string): string | null {
  if (ref !== null || id === '' || id.length > 40 || /\s/.test(id)) return ref
  return id
}
