import { hasText } from '../text/cleanCellText'
import { opensWithVerb } from './itemsBesideCommitments'

/** Whether a row holds nothing beside its action and ref cells. */
function isLone(row: readonly string[], titleColumn: number, refColumn: number): boolean {
  return row.every((cell, column) => column === titleColumn || column === refColumn || !hasText(cell))
}

/** A numbered heading names its goal in a few words: "Greener verges", never a sentence. */
const maxHeadingWords = 8
/** An item under it is an instruction of at least this many words: "New Business" is the next heading. */
const minItemWords = 4
const endsSentence = /[.!?;:]["'”’)]?$/

function isShortHeading(text: string): boolean {
  const trimmed = text.trim()
  return (
    trimmed !== '' &&
    !endsSentence.test(trimmed) &&
    trimmed.split(/\s+/, maxHeadingWords + 1).length <= maxHeadingWords
  )
}

/**
 * The unmarked lines under the numbered headings of a list whose other numbered headings head bulleted items: "Goal
 * 1: Safer lanes" over a lead-in and "• …" items, then "Goal 2: Greener verges" over "Sow wild flowers on the
 * verges" and "Plant twelve oaks along the bypass" with no bullets. A careful reader reads the numbered lines as
 * the goals and every line under each as its work: the unmarked lines are items as the bulleted ones are, and
 * their numbered line a heading like its siblings, not an action over headings. The numbered lines are short
 * headings (eight words at most, no closing stop: a numbered sentence is an item with its own notes). Only lone
 * lines of four words or more that open with a verb ("Sow", "Support", "Continue") are taken, and only when every
 * line under that numbered line does and none ends in a colon; the numbered lines must be alone on their row, a ref
 * peeled. Returns the 0-based rows to read as items, found in one pass down the rows.
 *
 * @example
 * itemsUnderSiblingHeadings(rows, 1, 0, 1, listRows) // the rows of "Sow wild flowers …" and "Plant twelve oaks …"
 */
export function itemsUnderSiblingHeadings(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
  refColumn: number,
  listRows: ReadonlySet<number>,
): number[] {
  // Each numbered lone row and the filled rows under it, up to the next numbered row.
  const groups: { under: number[]; headsItems: boolean }[] = []
  let current: { under: number[]; headsItems: boolean } | null = null
  for (let index = bodyStart; index < rows.length; index++) {
    const row = rows[index]!
    if (!row.some(hasText)) continue
    const numbered = hasText(row[refColumn] ?? '')
    if (numbered && isLone(row, titleColumn, refColumn) && isShortHeading(row[titleColumn] ?? '')) {
      current = { under: [], headsItems: false }
      groups.push(current)
      continue
    }
    if (numbered || current === null) {
      // A numbered row beside other cells, or a line above the first numbered one: in no group.
      current = null
      continue
    }
    // A lead-in ("Pursue the following:") introduces the bulleted items below it in the same group.
    if (listRows.has(index)) current.headsItems = true
    else current.under.push(index)
  }
  if (groups.length < 2 || !groups.some((group) => group.headsItems)) return []
  const items: number[] = []
  for (const group of groups) {
    if (group.headsItems || group.under.length === 0) continue
    const lines = group.under.map((index) => rows[index]!)
    const taken = lines.every((row) => {
      if (!isLone(row, titleColumn, refColumn)) return false
      const text = (row[titleColumn] ?? '').trim()
      return (
        !text.endsWith(':') && text.split(/\s+/, minItemWords).length >= minItemWords && opensWithVerb(text)
      )
    })
    if (taken) items.push(...group.under)
  }
  return items
}
