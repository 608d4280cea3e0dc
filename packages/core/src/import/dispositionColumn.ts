import type { ColumnAssignment, ColumnExplanation } from './assignColumns'
import type { ColumnField } from './columnSynonyms'
import { readDisposition } from './readDisposition'

/** At least this many filled cells, and this share of them read as dispositions, make the column one. */
const minCells = 2
const minShare = 2 / 3

/** The rows read: a disposition column is recognised on its first cells, whatever the table's length. */
const sampleLimit = 200

/** A name beside a description has at most this share of the description's words. */
const maxNameShare = 0.5

const wordCount = (text: string): number => {
  const trimmed = text.trim()
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length
}

/**
 * The column of a committee's or a review's table that decides what becomes of each item ("Topic | Description
 * | Proposed action" over "Responsibility to pass to the Head of Estates", "To become part of the work
 * programme for the Audit Panel", "Enquiry not to be pursued"): two thirds or more of its cells, at least two,
 * read as dispositions ({@link readDisposition}), at least one a hand-over. Whoever takes an item on is its
 * owner, so the column is the owners column; a column read as the owners only because its cells are short
 * phrases is then the items' names when it stands left of the column read as the action with at most half its
 * words (the item named, then its description), else it is kept in `extra`. Returns the assignment unchanged
 * when no column holds dispositions, the action column does, or the columns were forced.
 *
 * @example
 * dispositionColumn(rows, 1, assignment).map.fields.get('owners') // 2 when column 3 says "Refer to the Finance Committee"
 */
export function dispositionColumn(
  table: readonly (readonly string[])[],
  bodyStart: number,
  assignment: ColumnAssignment,
): ColumnAssignment {
  const { map } = assignment
  const title = map.fields.get('title')
  if (title === undefined) return assignment
  const body = table.slice(bodyStart, bodyStart + sampleLimit)
  const width = body.reduce((max, row) => Math.max(max, row.length), 0)
  let found = -1
  for (let column = 0; column < width && found < 0; column++) {
    if (map.flags.some((f) => f.index === column)) continue
    let filled = 0
    let read = 0
    let handed = 0
    for (const row of body) {
      const cell = row[column] ?? ''
      if (cell.trim() === '') continue
      filled++
      const disposition = readDisposition(cell)
      if (disposition === null) continue
      read++
      if (disposition.kind === 'handed-over') handed++
    }
    if (filled >= minCells && read >= minShare * filled && handed > 0) found = column
  }
  const owners = map.fields.get('owners')
  if (found < 0 || found === owners) return assignment

  const averageWords = (index: number) => {
    let total = 0
    let count = 0
    for (const row of body) {
      const cell = row[index] ?? ''
      if (cell.trim() === '') continue
      total += wordCount(cell)
      count++
    }
    return count === 0 ? 0 : total / count
  }
  const freed = map.extra.map((column) => column.index).filter((index) => index !== found)
  if (owners !== undefined) freed.push(owners)
  const description = map.fields.get('description')
  // The action: the column read as it, unless that is the decisions; then the longest prose left.
  let prose: number | undefined = title
  if (title === found) {
    prose = undefined
    for (const index of description === undefined ? freed : [...freed, description])
      if (prose === undefined || averageWords(index) > averageWords(prose)) prose = index
  }
  if (prose === undefined || averageWords(prose) === 0) return assignment
  // The item named, then its description: a short column left of the prose, freed from the owners or kept in extra.
  const proseWords = averageWords(prose)
  const named =
    description !== undefined && description !== prose
      ? undefined
      : freed.find(
          (index) =>
            index < prose! && averageWords(index) > 0 && averageWords(index) <= maxNameShare * proseWords,
        )

  const fields = new Map<ColumnField, number>()
  for (const [field, index] of map.fields)
    if (index !== found && index !== prose && index !== named && index !== owners) fields.set(field, index)
  fields.set('owners', found)
  const headers = map.headers
  const name = (index: number) => headers[index] || `Column ${index + 1}`
  const explained = new Map(assignment.explanations.map((e) => [e.column - 1, e] as const))
  const explain = (index: number, field: ColumnExplanation['field'], evidence: string) =>
    explained.set(index, {
      column: index + 1,
      header: headers[index] ?? '',
      field,
      confidence: 0.7,
      evidence,
    })
  explain(
    found,
    'owners',
    'its cells hand each item over ("Refer to …") or drop it: whoever takes it on owns it',
  )
  if (named !== undefined) {
    fields.set('title', named)
    fields.set('description', prose)
    explain(
      named,
      'title',
      'short names beside longer descriptions, whoever takes each on named elsewhere: the item',
    )
    explain(prose, 'description', 'longer than the names beside it: the description of each item')
  } else {
    fields.set('title', prose)
    explain(prose, 'title', 'the longest prose beside the decisions: the action')
  }
  const mapped = new Set(fields.values())
  const extra = [...map.extra.filter((column) => !mapped.has(column.index))]
  if (owners !== undefined && !mapped.has(owners)) {
    extra.push({ index: owners, name: name(owners) })
    explain(owners, 'extra', 'kept verbatim in extra: another column names whoever takes each item on')
  }
  if (title !== undefined && !mapped.has(title)) extra.push({ index: title, name: name(title) })
  extra.sort((a, b) => a.index - b.index)
  return {
    ...assignment,
    map: { ...map, fields, extra },
    explanations: [...explained.values()].sort((a, b) => a.column - b.column),
  }
}
