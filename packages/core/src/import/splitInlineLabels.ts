import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { isHeaderLabel } from './findTable'
import { filledCellCount } from './filledCellCount'

/** A label has at most this many words ("Lead officer", "Date for completion"). */
const maxLabelWords = 3
/** A labelled value longer than this many words is prose with a colon in it, not a field. */
const maxValueWords = 14
/** A label's first word: a capital letter, then letters. Later words may be lower case ("Lead officer"). */
const firstLabelWord = /^[A-Z][A-Za-z’'&/-]*$/
const laterLabelWord = /^[A-Za-z][A-Za-z’'&/-]*$/

/** A colon in a cell that may end a label: where its label candidates start, and where the colon is. */
interface Colon {
  readonly at: number
  /** Lower-cased candidates, shortest first, each with the index its first word starts at. */
  readonly candidates: readonly { readonly key: string; readonly start: number }[]
}

/** "Lead" and "Leads", "Owner" and "Owners": one label, written singular over one name and plural over several. */
const pluralEnd = /(?<=[a-z][^su])s$/

/** A label as labels are compared: lower case, a plural's last "s" dropped ("Leads" → "lead"). */
function labelKey(words: string): string {
  return words.toLowerCase().replace(pluralEnd, '')
}

/** The colons of a cell that follow one to three words, each a possible label ("Month", "Lead officer"). */
function colonsOf(text: string): Colon[] {
  const colons: Colon[] = []
  for (let at = text.indexOf(':'); at > 0; at = text.indexOf(':', at + 1)) {
    const after = text.charAt(at + 1)
    if (after !== '' && after !== ' ' && after !== '\n' && after !== '\t') continue
    const candidates: { key: string; start: number }[] = []
    let end = at
    let words: string[] = []
    for (let k = 0; k < maxLabelWords; k++) {
      let start = end
      while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--
      const word = text.slice(start, end)
      if (!laterLabelWord.test(word)) break
      words = [word, ...words]
      if (firstLabelWord.test(word)) candidates.push({ key: labelKey(words.join(' ')), start })
      end = start
      while (end > 0 && /[ \t]/.test(text.charAt(end - 1))) end--
      if (end === start) break
    }
    if (candidates.length > 0) colons.push({ at, candidates })
  }
  return colons
}

/** The labels a column writes in most of its cells after their text, in the order they first appear. */
function repeatedLabels(cells: readonly string[]): string[] {
  const filled = cells.filter(hasText)
  const counts = new Map<string, number>()
  const order: string[] = []
  for (const cell of filled) {
    const seen = new Set<string>()
    for (const colon of colonsOf(cell)) for (const { key } of colon.candidates) seen.add(key)
    for (const key of seen) {
      if (!counts.has(key)) order.push(key)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  // "Lead Officer" and "Officer" counted in the same cells are one label, the longer; "Smith Timeline" in fewer
  // cells than "Timeline" is a name before the label.
  const dropped = new Set<string>()
  for (const key of order) {
    const words = key.split(' ')
    for (let k = 1; k < words.length; k++) {
      const other = words.slice(k).join(' ')
      if (!counts.has(other)) continue
      dropped.add((counts.get(other) ?? 0) > (counts.get(key) ?? 0) ? key : other)
    }
  }
  return order.filter((key) => {
    const count = counts.get(key) ?? 0
    return !dropped.has(key) && count >= 2 && count * 2 >= filled.length
  })
}

/**
 * A cell split at the labels of `labels`: its own text before the first label, then each label's value (the
 * text up to the next label). Null unless the cell has text before its first label and every value is short.
 */
function splitCell(
  text: string,
  labels: readonly string[],
): { lead: string; values: Map<string, string> } | null {
  const found: { key: string; start: number; at: number }[] = []
  for (const colon of colonsOf(text)) {
    // The longest candidate that is a repeated label: "Lead officer" over "officer".
    const label = [...colon.candidates].reverse().find((candidate) => labels.includes(candidate.key))
    if (label !== undefined) found.push({ key: label.key, start: label.start, at: colon.at })
  }
  if (found.length === 0) return null
  const lead = collapseWhitespace(text.slice(0, found[0]!.start))
  if (lead === '') return null
  const values = new Map<string, string>()
  for (let i = 0; i < found.length; i++) {
    const value = collapseWhitespace(text.slice(found[i]!.at + 1, found[i + 1]?.start ?? text.length))
    if (value === '' || value.split(' ').length > maxValueWords || values.has(found[i]!.key)) return null
    values.set(found[i]!.key, value)
  }
  return { lead, values }
}

/**
 * Labelled values written inside a cell after its text, repeated down a column: "Run a survey of technicians.
 * Timeline: May 2023 Responsibility: HR Manager". A reader reads each label as a column of its own (the row's
 * target, its owners), so each label that most of the column's cells repeat becomes a new column after the last,
 * its value moved there and the text before the first label kept in the cell. The label names the new column on
 * the header row, when the row above the first such cell is a header of short labels; the cells decide its field
 * either way. Row numbers and the existing columns are unchanged. Returns the table itself when no column holds
 * such labels.
 *
 * @example
 * splitInlineLabels([
 *   ['Action', 'Task'],
 *   ['Grow skills', 'Map training needs. Timeline: May 2023 Lead: HR Manager'],
 *   ['', 'Fund two courses. Timeline: June 2024 Lead: Head of School'],
 * ])[1] // ['Grow skills', 'Map training needs.', 'May 2023', 'HR Manager']
 */
export function splitInlineLabels(table: readonly (readonly string[])[]): readonly (readonly string[])[] {
  const width = table.reduce((max, row) => Math.max(max, row.length), 0)
  let out: string[][] | null = null
  for (let c = 0; c < width; c++) {
    const cells = table.map((row) => row[c] ?? '')
    if (!cells.some((cell) => cell.includes(': ') || cell.includes(':\n'))) continue
    const labels = repeatedLabels(cells)
    if (labels.length === 0) continue
    const splits = cells.map((cell) => (cell.includes(':') ? splitCell(cell, labels) : null))
    const split = splits.filter((s) => s !== null)
    if (split.length < 2 || split.length * 2 < filledCellCount(cells)) continue
    const used = labels.filter((key) => split.some((s) => s.values.has(key)))
    out ??= table.map((row) => [...row])
    const start = Math.max(width, ...out.map((row) => row.length))
    for (const row of out) while (row.length < start) row.push('')
    const first = splits.findIndex((s) => s !== null)
    const header = headerAbove(table, first)
    for (let r = 0; r < out.length; r++) {
      const s = splits[r]
      const row = out[r]!
      if (s === null || s === undefined) {
        row.push(...used.map(() => ''))
        continue
      }
      row[c] = s.lead
      row.push(...used.map((key) => s.values.get(key) ?? ''))
    }
    if (header !== null) {
      const names = used.map((key) => labelAsWritten(cells, key))
      out[header]!.splice(start, used.length, ...names)
    }
  }
  return out ?? table
}

/** The header row right above `index`: the nearest filled row, if it holds two or more short labels. */
function headerAbove(table: readonly (readonly string[])[], index: number): number | null {
  for (let r = index - 1; r >= 0; r--) {
    const filled = table[r]!.filter(hasText)
    if (filled.length === 0) continue
    return filled.length >= 2 && filled.every(isHeaderLabel) ? r : null
  }
  return null
}

/** The label as the first cell that uses it writes it ("Responsibility", not "responsibility"). */
function labelAsWritten(cells: readonly string[], key: string): string {
  for (const cell of cells) {
    for (const colon of colonsOf(cell)) {
      const candidate = colon.candidates.find((c) => c.key === key)
      if (candidate !== undefined) return collapseWhitespace(cell.slice(candidate.start, colon.at))
    }
  }
  return key
}
