/**
 * A bracket closing a line holds at most this many characters: up to five names or initials, four user handles or a
 * person and what they are tasked with ("(Ana to circulate the notes)") fit; a longer bracket is a remark.
 */
const maxInner = 80

/** The bracket that closes a line, as {@link bracketAtEnd} finds it. */
export interface BracketAtEnd {
  /** The 0-based index of the opening bracket. */
  readonly open: number
  /** The text between the brackets, as written. */
  readonly inner: string
  /** The bracket's shape: round "(…)" or square "[…]". */
  readonly shape: '(' | '['
}

/**
 * The bracket that closes a line, a full stop after it allowed, as action lists close an item with its owners
 * ("Circulate the minutes (Jane)", "Update the risk register [JS/AK].", "Publish the docs (@ana)"): where it opens,
 * what it holds and its shape. Null when the line ends in no bracket, or the bracket is empty, holds more than
 * {@link maxInner} characters, or holds a bracket of its own shape. One look
 * back from the end of the line: linear in its length, whatever it holds.
 *
 * @example
 * bracketAtEnd('Circulate the minutes (Jane).') // { open: 22, inner: 'Jane', shape: '(' }
 * bracketAtEnd('Update the register [JS/AK]')?.inner // 'JS/AK'
 * bracketAtEnd('Check the results (see the report) today') // null
 */
export function bracketAtEnd(text: string): BracketAtEnd | null {
  const end = text.endsWith('.') ? text.length - 1 : text.length
  const close = text[end - 1]
  const shape = close === ')' ? '(' : close === ']' ? '[' : null
  if (shape === null) return null
  const open = text.lastIndexOf(shape, end - 2)
  if (open < 0 || end - 2 - open > maxInner) return null
  const inner = text.slice(open + 1, end - 1)
  return inner === '' || inner.includes(close!) ? null : { open, inner, shape }
}
