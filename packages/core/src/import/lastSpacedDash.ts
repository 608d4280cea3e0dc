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
  return Math.max(line.lastIndexOf(' - '), line.lastIndexOf(' – '), line.lastIndexOf(' — '))
}
