import { hasText } from '../text/cleanCellText'

/** The first word of an item, as the list's items share it ("To", "We", "Ensure"). */
const firstWord = /^([A-Za-z]{2,12})\s/

/**
 * Lines right below a list whose items all open with the same word ("- To establish …", "- To increase …")
 * that open with that word too but lost their bullet (a page copied from a PDF) are items of the list. When
 * such a line runs two items together ("To identify the barriers (Grade 8 and above) To develop an approach
 * …"), each is cut at the shared word written with its capital mid-line. Returns, per row index to read as an
 * item, the cell text to read: one item, or the items as bullet lines ("• …") for the cell to be split.
 *
 * @example
 * unmarkedListItems(rows, 1, 0, listRows) // Map { 4 => '• To identify …\n• To develop …' }
 */
export function unmarkedListItems(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
  listRows: ReadonlySet<number>,
): Map<number, string> {
  const found = new Map<number, string>()
  const lone = (index: number): string | null => {
    const row = rows[index]!
    const cell = (row[titleColumn] ?? '').trim()
    return cell !== '' && row.every((other, c) => c === titleColumn || !hasText(other)) ? cell : null
  }
  let run: string[] = []
  for (let index = bodyStart; index < rows.length; index++) {
    if (!rows[index]!.some(hasText)) continue
    const text = lone(index)
    if (listRows.has(index)) {
      run.push(text ?? '')
      continue
    }
    const shared = sharedFirstWord(run)
    run = []
    if (text === null || shared === null || firstWord.exec(text)?.[1] !== shared) continue
    found.set(index, splitAtWord(text, shared))
  }
  return found
}

/** The word every item of the run opens with, when there are at least two items. */
function sharedFirstWord(items: readonly string[]): string | null {
  if (items.length < 2) return null
  const word = firstWord.exec(items[0]!)?.[1] ?? null
  return word !== null && items.every((item) => firstWord.exec(item)?.[1] === word) ? word : null
}

function splitAtWord(text: string, word: string): string {
  const parts: string[] = []
  let start = 0
  // Each later place where the shared word opens an item: after a space, before a lowercase word.
  for (let at = text.indexOf(` ${word} `, 1); at >= 0; at = text.indexOf(` ${word} `, at + 1)) {
    if (!/[a-z]/.test(text.charAt(at + word.length + 2))) continue
    parts.push(text.slice(start, at).trim())
    start = at + 1
  }
  parts.push(text.slice(start).trim())
  return parts.length === 1 ? text : parts.map((part) => `• ${part}`).join('\n')
}
