/** The spaced dashes that set a list item's fields off its text: a hyphen, an en dash and an em dash. */
const SPACED_DASHES: readonly string[] = [' - ', ' – ', ' — ']

/**
 * Where the last spaced dash of a line starts, or -1: a hyphen, an en dash or an em dash with a space each side
 * (" - ", " – ", " — "), as lists set an item's status, owner or tags off its text ("Review the policy – done").
 * Each is three characters long, so the text after it starts three on.
 *
 * @example
 * lastSpacedDash('Draft the guide - #212 — Short Term') // 22
 * lastSpacedDash('A well-known step') // -1
 */
export function lastSpacedDash(line: string): number {
  let at = -1
  for (const dash of SPACED_DASHES) at = Math.max(at, line.lastIndexOf(dash))
  return at
}

/**
 * Where the first spaced dash of a line at or after `from` starts, or -1: the same three dashes as
 * {@link lastSpacedDash}, read from the front, as an item opens with fields set off by dashes ("@ana - 2031-03-14 -
 * book the hall").
 *
 * @example
 * firstSpacedDash('@ana - 2031-03-14 - book the hall', 0) // 4
 * firstSpacedDash('@ana - 2031-03-14 - book the hall', 7) // 17
 */
export function firstSpacedDash(line: string, from: number): number {
  let at = -1
  for (const dash of SPACED_DASHES) {
    const index = line.indexOf(dash, from)
    if (index >= 0 && (at < 0 || index < at)) at = index
  }
  return at
}
