// "'Better Health Outcomes' - Focus on …", "“Fair Pay”: Publish …": a name in quotes opening the cell, then a
// dash or a colon and the text. The name is at most 120 characters with no line break, matched lazily: a bounded run,
// anchored at the start, so a long cell costs at most one short scan.
const quotedName = /^\s{0,3}(['‘"“])([^\n]{2,120}?)['’"”]\s{0,3}[-–—:]\s{1,3}(?=\S)/

/** A name longer than this many words is a quoted sentence, not the item's name. */
const maxNameWords = 12

/**
 * Peels the name an item opens with in quotes ("'A supported workforce' - Following this year's event, …")
 * from the text that explains it: the writer quotes the item's name and sets its explanation apart with a dash
 * or a colon, so the name is the action's title and the rest its description. Null when the cell does not open
 * with a quoted name of at most twelve words followed by a dash or colon and more text.
 *
 * @example
 * peelQuotedName("'Better Health Outcomes' - Focus on access to care.")
 * // { name: 'Better Health Outcomes', rest: 'Focus on access to care.' }
 * peelQuotedName('"Yes" was the answer') // null
 */
export function peelQuotedName(text: string): { name: string; rest: string } | null {
  const match = quotedName.exec(text)
  if (match === null) return null
  const name = match[2]!.trim()
  const rest = text.slice(match[0].length).trim()
  if (name === '' || rest === '' || name.split(/\s+/).length > maxNameWords) return null
  return { name, rest }
}
