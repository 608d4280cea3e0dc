import { HANDLE } from './codeHostHandle'

/**
 * "P0 - @ana - ", "P2 – @ana, @bo – ", "PX - @??? - ": a priority label, then the handles of the people who own the
 * item (or a placeholder of question marks for an owner still to be found), each followed by a spaced dash. "P"
 * and one digit, or "PX" for a priority not yet set. Each part is bounded and the dashes are spaced, so a long line
 * fails fast.
 */
const priorityLead = new RegExp(
  String.raw`^\s{0,3}(P[0-9X])\s{1,3}[-–—]\s{1,3}(${HANDLE}(?:\s{0,2},\s{0,2}${HANDLE}){0,3}|@?\?{1,5})\s{1,3}[-–—]\s{1,3}(?=\S)`,
)

/**
 * " [p0]", " (P2)": a priority in brackets closing an item, as engineering teams tag their quarterly key results
 * ("Peer discovery works behind a firewall [p0]"). Read on the last few characters of a line only.
 */
const priorityTail = /\s{1,3}[[(]\s{0,2}([Pp][0-9])\s{0,2}[\])]$/
/**
 * "[P0] ", "(p1) ": a priority in brackets opening an item, as other teams tag their key results ("[P1] Publish
 * eight blog posts"). Bounded.
 */
const priorityOpening = /^\s{0,3}[[(]\s{0,2}([Pp][0-9])\s{0,2}[\])]\s{1,3}(?=\S)/

/**
 * Whether the text of a bracket is a priority label ("P0", "p2"), which names no owner.
 *
 * @example
 * isPriorityLabel('P0') // true
 * isPriorityLabel('ana') // false
 */
export function isPriorityLabel(text: string): boolean {
  return /^[Pp][0-9]$/.test(text.trim())
}

/** Characters at the end of a line that can hold {@link priorityTail}. */
const priorityTailLength = 16

/** An item with its priority label and owner handles peeled off. */
export interface PriorityLabelled {
  /** The label as written: "P0", "PX". */
  readonly priority: string
  /** The handles, with their "@"; [] when the owner is a placeholder ("@???"). */
  readonly owners: readonly string[]
  /** The item itself. */
  readonly rest: string
}

/**
 * An item opening with its priority and its owner, as project teams on GitHub write their quarterly key results
 * under each objective: "P0 - @ana - Publish the API reference", "P1 - @??? - Onboard two new contributors" (the
 * owner still to be found). The label makes the line an item of the list, as a bullet does; the handles are its
 * owners and the rest is the item. A label with no owner slot ("P1 - Ship it") is not read: "P1" alone may as well
 * be a ref. A priority in brackets closing the item ("Peer discovery works behind a firewall [p0]", "… (P2)") or
 * opening it ("[P1] Publish eight blog posts") marks it an item as well, with no owner named. Null otherwise.
 *
 * @example
 * peelPriorityLabel('P0 - @ana - Publish the API reference')
 * // { priority: 'P0', owners: ['@ana'], rest: 'Publish the API reference' }
 * peelPriorityLabel('PX - @??? - Onboard two new contributors')?.owners // []
 * peelPriorityLabel('P1 - Ship it') // null
 * peelPriorityLabel('Relay nodes are load tested [p1]') // { priority: 'P1', owners: [], rest: 'Relay nodes are load tested' }
 * peelPriorityLabel('[P0] Plan the blog schedule') // { priority: 'P0', owners: [], rest: 'Plan the blog schedule' }
 */
export function peelPriorityLabel(text: string): PriorityLabelled | null {
  const tail = priorityTail.exec(text.trimEnd().slice(-priorityTailLength))
  if (tail !== null) {
    const rest = text.trimEnd().slice(0, -tail[0].length).trim()
    return rest === '' ? null : { priority: tail[1]!.toUpperCase(), owners: [], rest }
  }
  const opening = priorityOpening.exec(text)
  if (opening !== null) {
    const rest = text.slice(opening[0].length).trim()
    return rest === '' ? null : { priority: opening[1]!.toUpperCase(), owners: [], rest }
  }
  if (!text.includes('@') && !text.includes('?')) return null
  const match = priorityLead.exec(text.slice(0, 300))
  if (match === null) return null
  const slot = match[2]!
  const owners = slot.includes('?') ? [] : slot.split(',').map((handle) => handle.trim())
  return { priority: match[1]!, owners, rest: text.slice(match[0].length).trim() }
}
