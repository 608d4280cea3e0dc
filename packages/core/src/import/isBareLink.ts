/** A web address alone: a scheme or "www." and no spaces, bounded. */
const bareLink = /^(?:https?:\/\/|www\.)[^\s]{1,2000}$/i

/**
 * Whether a line is a web address and nothing else, as minutes list the pages an item refers to on the lines below
 * it: a reference of the item above, not an item of its own.
 *
 * @example
 * isBareLink('https://example.org/forum/thread-12') // true
 * isBareLink('See https://example.org for the draft') // false
 */
export function isBareLink(line: string): boolean {
  return bareLink.test(line.trim())
}
