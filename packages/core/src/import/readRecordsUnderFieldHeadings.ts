import { collapseWhitespace } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { bestField, firstText, isOneColumn } from './readLabelledRecords'

/** At least this many records make the layout. */
const minRecords = 3
/** A field heading is a line of at most this many words ("Impact", "Additional notes", "Next steps"). */
const maxHeadingWords = 3
/** Lines between a record's title and its first field heading: its description. More is no such record. */
const maxDescriptionLines = 6
/**
 * A record has at most this many field headings: a page repeating more short lines than this ("Yes", "No", names of
 * people) is not written as records under field headings. It also keeps the table read out to this many columns,
 * so a long page of repeated short lines is read in linear time.
 */
const maxFieldHeadings = 20

/** "Status ✅": the words of a heading and the mark after them (a tick, an emoji, a symbol). */
const headingShape = /^([A-Z][A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,2})(?:\s{1,3}([^\sA-Za-z0-9]{1,4}))?$/u

/** A line that ends as a sentence does, or as a lead-in: a description or a field's value, not a record's title. */
const endsAsSentence = /[.!?:;]["”’)]?$/

/**
 * Reads a one-column page of records, each a title line over a few lines describing it, then field sub-headings
 * written again in every record, each over its own lines: "Partnership rules are unclear" over a paragraph, then
 * "Impact" over the harm done, "Next steps" over the plan and "Status ✅" over what was done. A problem log, a lessons
 * log or a risk page kept as a Markdown page and flattened to one column reads so. Each record is one action: its
 * title the issue, the lines under it its description, each field heading a column of its own. A status heading's
 * mark ("✅", "🚧") is the record's status, the lines under it its notes. The title is the line that opens the
 * record: walking up from its first field heading, the first line that does not end as a sentence (the lines
 * between are its description). Returns null unless the page is one column, a field heading opens at least three
 * records, another field heading names the status and is written at least twice, and every record has a title.
 *
 * @example
 * readRecordsUnderFieldHeadings([
 *   ['Known problems'],
 *   ['Slow exports'], ['Exports take an hour.'], ['Impact'], ['Staff wait.'], ['Status ✅'], ['Fixed by caching.'],
 *   ['Duplicate names'], ['Names repeat.'], ['Impact'], ['Reports double count.'], ['Status'], ['Not started.'],
 *   ['Old logins'], ['Accounts linger.'], ['Impact'], ['Risk of misuse.'], ['Status ✅'], ['Removed in May.'],
 * ])?.rows[2] // ['Slow exports', 'Exports take an hour.', 'Staff wait.', '✅', 'Fixed by caching.']
 */
export function readRecordsUnderFieldHeadings(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  if (!isOneColumn(table)) return null
  const lines: { index: number; text: string }[] = []
  for (let index = 0; index < table.length; index++) {
    const text = collapseWhitespace(firstText(table[index]!))
    if (text !== '') lines.push({ index, text })
  }
  // The headings: short lines written word for word two times or more.
  const counts = new Map<string, number>()
  const headingOf = lines.map((line) => {
    const match = headingShape.exec(line.text)
    if (match === null || match[1]!.split(' ').length > maxHeadingWords) return null
    return { key: match[1]!.toLowerCase(), label: match[1]!, mark: match[2] ?? '' }
  })
  for (const heading of headingOf) {
    if (heading !== null) counts.set(heading.key, (counts.get(heading.key) ?? 0) + 1)
  }
  const labels = [...counts].filter(([, count]) => count >= 2).map(([key]) => key)
  if (labels.length > maxFieldHeadings) return null
  const labelSet = new Set(labels)
  const status = labels.find((key) => bestField(key) === 'status')
  if (status === undefined) return null
  // The heading that opens the records: the first written, written in every record.
  const first = headingOf.findIndex((heading) => heading !== null && labelSet.has(heading.key))
  const opener = headingOf[first]!.key
  if (opener === status || counts.get(opener)! < minRecords) return null
  if (labels.some((key) => counts.get(key)! > counts.get(opener)!)) return null
  const isHeading = (at: number) => headingOf[at] !== null && labelSet.has(headingOf[at]!.key)

  // Each record: its title line, its description, then its fields up to the next record's title.
  const records: { title: number; opener: number }[] = []
  let floor = -1
  for (let at = 0; at < lines.length; at++) {
    if (!isHeading(at) || headingOf[at]!.key !== opener) continue
    let title = -1
    for (let up = at - 1; up > floor && at - up <= maxDescriptionLines + 1; up--) {
      if (isHeading(up)) break
      if (!endsAsSentence.test(lines[up]!.text)) {
        title = up
        break
      }
    }
    if (title < 0) return null
    records.push({ title, opener: at })
    floor = at
  }
  if (records.length < minRecords) return null

  const fieldKeys = labels.filter((key) => key !== status)
  const names = new Map<string, string>()
  for (const heading of headingOf)
    if (heading !== null && !names.has(heading.key)) names.set(heading.key, heading.label)
  const top = lines[records[0]!.title]!.index
  const rows: string[][] = table.slice(0, top).map((row) => [firstText(row)])
  const sourceRows = rows.map((_, i) => i + 1)
  rows.push(['Issue', 'Description', ...fieldKeys.map((key) => names.get(key)!), 'Status', 'Status notes'])
  sourceRows.push(top + 1)
  const mergedRows: number[] = []
  records.forEach((record, r) => {
    const end = records[r + 1]?.title ?? lines.length
    const description: string[] = []
    for (let at = record.title + 1; at < record.opener; at++) description.push(lines[at]!.text)
    const values = new Map<string, string[]>()
    let mark = ''
    let current: string | null = null
    for (let at = record.opener; at < end; at++) {
      mergedRows.push(lines[at]!.index + 1)
      if (isHeading(at)) {
        current = headingOf[at]!.key
        if (current === status) mark = headingOf[at]!.mark
        if (!values.has(current)) values.set(current, [])
        continue
      }
      values.get(current!)!.push(lines[at]!.text)
    }
    for (let at = record.title + 1; at < record.opener; at++) mergedRows.push(lines[at]!.index + 1)
    rows.push([
      lines[record.title]!.text,
      description.join('\n'),
      ...fieldKeys.map((key) => (values.get(key) ?? []).join('\n')),
      mark,
      (values.get(status) ?? []).join('\n'),
    ])
    sourceRows.push(lines[record.title]!.index + 1)
  })
  const titleEvidence = `the line opening each record, above its description and its "${names.get(opener)}" heading (${labels.map((key) => `"${names.get(key)}"`).join(', ')})`
  return { rows, headerRow: top + 1, sourceRows, subHeaderRows: [], mergedRows, titleEvidence }
}
