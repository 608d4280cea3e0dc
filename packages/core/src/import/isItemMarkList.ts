/** A bare item mark: one letter ("a", "b)", "(C.") or a small roman numeral ("ii", "iv.", "XII)"). Anchored, bounded. */
const itemMark = /^\s*\(?([A-Za-z]|[ivxIVX]{2,4})[.)]?\s*$/

const romanDigits: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 }

/**
 * The value of a small roman numeral, in either case ("iv" → 4, "XII" → 12), or null when the letters are not one
 * ("vx", "iiii").
 *
 * @example
 * romanValue('IV') // 4
 */
export function romanValue(numeral: string): number | null {
  const text = numeral.toLowerCase()
  let total = 0
  for (let i = 0; i < text.length; i++) {
    const value = romanDigits[text[i]!]
    if (value === undefined) return null
    const next = romanDigits[text[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  // Only the canonical spelling of its value: "iiii" and "vx" are no numerals.
  return toRoman(total) === text ? total : null
}

function toRoman(value: number): string {
  if (value <= 0 || value > 39) return ''
  const tens = 'x'.repeat(Math.floor(value / 10))
  const units = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'][value % 10]!
  return tens + units
}

/**
 * True when every cell is a bare item mark and most follow the one before: single letters in order ("a, b, C, d"),
 * or letters with roman-numeral sub-steps under them ("a, i, ii, b, c, i"), as delivery plans number the steps of
 * each lettered action. A mark follows the one before when it is the next letter, or the next numeral of the
 * sub-list under the current letter (a letter opens a fresh sub-list, so "i" may follow any letter). Such a column
 * holds refs. One letter alone could be a pillar code, so two cells at least, and at least 60% of them in order.
 *
 * @example
 * isItemMarkList(['a', 'i', 'ii', 'b', 'c']) // true
 * isItemMarkList(['x', 'x', 'x']) // false: ticks, not marks in order
 */
export function isItemMarkList(cells: readonly string[]): boolean {
  if (cells.length < 2) return false
  const marks: string[] = []
  for (const cell of cells) {
    const mark = itemMark.exec(cell)?.[1]
    if (mark === undefined) return false
    marks.push(mark)
  }
  let letter: number | null = null
  let roman = 0
  let inOrder = 0
  for (const [index, mark] of marks.entries()) {
    const code = mark.length === 1 ? mark.toLowerCase().charCodeAt(0) : null
    const numeral = romanValue(mark)
    // "vx", "iiii": letters that spell no numeral are a word, not a mark.
    if (code === null && numeral === null) return false
    const nextLetter = code !== null && letter !== null && code === letter + 1
    const nextNumeral = numeral !== null && numeral === roman + 1
    // "h, i, ii": an "i" after "h" opens a sub-list when the numeral after it follows it.
    const opensSubList = nextNumeral && (!nextLetter || romanValue(marks[index + 1] ?? '') === numeral + 1)
    if (index > 0 && (nextLetter || nextNumeral)) inOrder++
    if (opensSubList) roman = numeral
    else if (code !== null) {
      letter = code
      roman = 0
    } else if (numeral !== null) roman = numeral
  }
  return inOrder >= 0.6 * (cells.length - 1)
}
