/** "1. ", "1) ": an item's number mark, as a list numbered afresh at every item prints it. Anchored and bounded. */
const firstMark = /^[ \t]{0,8}1[.)][ \t]{1,12}(?=\S)/

/** Cells longer than this are not looked through line by line: no cell of listed items is so long. */
const maxCellLength = 20_000

/**
 * The items of a cell whose list lost its numbering: every line after the first opens "1." again ("1. The
 * treasurer should …⏎1. The clerk should …⏎1. The chair should …"), as a word processor's numbered list prints
 * when each item starts a list of its own. A reader sees one item a line, not one item numbered 1 with its
 * steps; the marks number nothing. The first line may have lost its "1." already (peeled as the row's ref); a
 * first line ending in a colon leads the list in and is not an item, so such a cell is left alone. Two items or
 * more, else null.
 *
 * @example
 * restartedNumberLines('1. Publish the budget\n1. File the minutes') // ['Publish the budget', 'File the minutes']
 * restartedNumberLines('1. Publish the budget\n2. File the minutes') // null: numbered in order
 */
export function restartedNumberLines(text: string): string[] | null {
  if (text.length > maxCellLength || !text.includes('\n')) return null
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  if (lines.length < 2) return null
  const first = lines[0]!.replace(firstMark, '').trim()
  if (first.endsWith(':')) return null
  const items = [first]
  for (const line of lines.slice(1)) {
    if (!firstMark.test(line)) return null
    items.push(line.replace(firstMark, '').trim())
  }
  return items
}
