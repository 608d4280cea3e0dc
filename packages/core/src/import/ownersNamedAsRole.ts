/** "Board to amend …", "Chief executive to oversee …", "The Trustees to consider …": up to three words ending in a
 * role or governing body, then "to" and a verb (not "be": "Board to be told" is acted on). Bounded and anchored. */
const roleThenTo =
  /^(?:the\s)?((?:[A-Za-z][A-Za-z'’-]{0,24}\s){0,2}[A-Za-z][A-Za-z'’-]{0,24})\sto\s(?!be\b)[a-z]/i

/** A word that opens an object ("the board", "our governors"): the words before it are a verb, not a role. */
const determiner = /^(?:the|a|an|our|their|its|all|each|every|any|his|her)$/i

/** The last word of a role or governing body that can own an action. */
const roleWord =
  /^(?:board|boards|trustees?|governors?|executive|director|directors|manager|managers|officer|officers|chair|chairs|head|heads|dean|deans|principal|president|secretary|treasurer|registrar|provost|chancellor|vice-chancellor)$/i

/**
 * The owner an action names as a role or governing body before "to" and its verb, when the table has no owners
 * column, as a governance review writes its recommendations: "Board to amend the financial regulations" → Board,
 * "Chief executive to oversee the accounts" → Chief executive. Only a short subject opening with a capital and
 * ending in a role word is read, so an imperative ("Set up a board to …") or a served group ("Staff to attend …")
 * names nobody, nor does a verb and its object ("Ask the board to …"). Returns [] otherwise.
 *
 * @example
 * ownersNamedAsRole('Trustees to agree a scheme of delegation') // ['Trustees']
 * ownersNamedAsRole('Finance Director to publish the budget') // ['Finance Director']
 * ownersNamedAsRole('Ask the board to agree a scheme') // []
 */
export function ownersNamedAsRole(title: string): string[] {
  const match = roleThenTo.exec(title.slice(0, 120))
  if (match === null) return []
  const words = match[1]!.split(' ')
  if (!/^[A-Z]/.test(words[0]!) || !roleWord.test(words.at(-1)!)) return []
  // "Ask the board to …", "Tell our governors to …": a verb and its object, not a subject.
  if (words.some((word) => determiner.test(word))) return []
  return [match[1]!]
}
