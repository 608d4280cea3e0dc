/** A joining word, article or preposition closing the text: a phrase cut off, never the end of an item. Anchored
 * at the end, one bounded word: linear on any line. */
const cutOff =
  /\s(?:and|or|nor|but|the|a|an|of|with|to|for|in|on|at|by|from|into|as|including|between)\s{0,3}$/i

/**
 * Whether an item's text breaks off on a word that cannot end it ("Develop a gender identity and", "Publish a plan
 * for compliance with the"): a PDF or a web page's narrow column wrapped one item onto two lines, and the copy
 * gave the second line a bullet of its own, as equity roadmaps and progress lists pasted from reports often show.
 * The next line finishes the item; it is not another item.
 *
 * @example
 * endsMidPhrase('Develop the recruitment and') // true
 * endsMidPhrase('Review the recruitment policy') // false
 */
export function endsMidPhrase(text: string): boolean {
  return cutOff.test(text)
}
