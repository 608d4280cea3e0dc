import type { ImportIssue } from '../model/importIssue'
import type { Taxonomy } from '../model/taxonomySchema'
import { type ColumnField, columnFields, matchColumnHeader, normalizeHeader } from './columnSynonyms'
import { createImportIssue } from './createImportIssue'
import { actionColumnChoice, namesActions, namesDescription } from './actionColumnChoice'
import { matchPillarHeader, matchYearHeader } from './matchPillarHeader'
import { responseToFeedback } from './responseToFeedback'

/** A column whose header is a year ("Year 1"): the cells under it are targets read in that year. */
export interface YearColumn {
  readonly index: number
  readonly label: string
  /** The calendar year when the header is one ("2019"), else null (looked up in `yearLabels`). */
  readonly year: number | null
}

/** One pillar block of a side-by-side grid: "Visibility | Year 1 | Year 2". */
export interface PillarBlock {
  readonly titleIndex: number
  readonly pillarCode: string
  readonly header: string
  readonly years: readonly YearColumn[]
}

/** A column the importer keeps verbatim in `extra`. */
export interface ExtraColumn {
  readonly index: number
  readonly name: string
}

/** How one header row maps the table's columns. Indexes are 0-based. */
export interface ColumnMap {
  readonly fields: ReadonlyMap<ColumnField, number>
  /** Pillar flag columns (one per pillar, holding "Y", "x", "✓"). */
  readonly flags: readonly { readonly index: number; readonly header: string }[]
  /** Year columns of an ordinary table ("Action | Year 1 | Year 2"). */
  readonly years: readonly YearColumn[]
  /** Pillar blocks: non-empty means the side-by-side grid layout. */
  readonly blocks: readonly PillarBlock[]
  readonly extra: readonly ExtraColumn[]
  readonly headers: readonly string[]
}

/** A column forced by the caller: a header text, or a 1-based column number; null means "never map it". */
export type ForcedColumn = string | number | null

/** Options for {@link mapColumns}. */
export interface MapColumnsOptions {
  readonly taxonomy: Taxonomy
  readonly columns?: Partial<Record<ColumnField, ForcedColumn>>
}

const maxHeaderLength = 80

/**
 * Maps a header row's columns to action fields: forced columns first, then synonyms (the best-ranked column
 * wins a field; the others go to `extra`), pillar names as flag columns or as grid blocks when year columns
 * follow them, year columns, and an empty first header as the number column. Returns null when the row cannot
 * be a header (no title column and no pillar block).
 *
 * @example
 * mapColumns(['no.', 'Action', 'Responsible'], 1, { taxonomy: technicianCommitment })?.map.fields.get('owners') // 2
 */
export function mapColumns(
  header: readonly string[],
  rowNumber: number,
  options: MapColumnsOptions,
): { map: ColumnMap; issues: ImportIssue[] } | null {
  const issues: ImportIssue[] = []
  const headers = header.map((cell) => cell.replace(/\s+/g, ' ').trim())
  const taken = new Set<number>()
  const fields = new Map<ColumnField, number>()
  const ignored = new Set<ColumnField>()

  for (const field of columnFields) {
    const forced = options.columns?.[field]
    if (forced === undefined) continue
    if (forced === null) {
      ignored.add(field)
      continue
    }
    const index =
      typeof forced === 'number'
        ? forced - 1
        : headers.findIndex((text, i) => !taken.has(i) && normalizeHeader(text) === normalizeHeader(forced))
    if (index < 0 || index >= headers.length) continue
    fields.set(field, index)
    taken.add(index)
  }

  const candidates = new Map<ColumnField, { index: number; rank: number }[]>()
  const blocks: PillarBlock[] = []
  const flags: { index: number; header: string }[] = []
  const years: YearColumn[] = []
  const extra: ExtraColumn[] = []

  for (let index = 0; index < headers.length; index++) {
    if (taken.has(index)) continue
    const text = headers[index]!
    if (text === '' || text.length > maxHeaderLength) continue
    const match = matchColumnHeader(text)
    if (match && !ignored.has(match.field) && !fields.has(match.field)) {
      const list = candidates.get(match.field) ?? []
      list.push({ index, rank: match.rank })
      candidates.set(match.field, list)
      continue
    }
    if (match) {
      extra.push({ index, name: text })
      continue
    }
    const pillar = matchPillarHeader(text, options.taxonomy)
    if (pillar) {
      const blockYears: YearColumn[] = []
      for (let next = index + 1; next < headers.length; next++) {
        const year = matchYearHeader(headers[next]!)
        if (!year) break
        blockYears.push({ index: next, label: year.label, year: year.year })
      }
      if (blockYears.length > 0) {
        blocks.push({ titleIndex: index, pillarCode: pillar.code, header: text, years: blockYears })
        index += blockYears.length
      } else {
        flags.push({ index, header: text })
      }
      continue
    }
    const year = matchYearHeader(text)
    if (year) {
      years.push({ index, label: year.label, year: year.year })
      continue
    }
    extra.push({ index, name: text })
  }

  for (const [field, list] of candidates) {
    const sorted = [...list].sort((a, b) => a.rank - b.rank || a.index - b.index)
    fields.set(field, sorted[0]!.index)
    for (const other of sorted.slice(1)) {
      extra.push({ index: other.index, name: headers[other.index]! })
      issues.push(
        createImportIssue(
          'duplicate-field-column',
          'info',
          rowNumber,
          other.index + 1,
          headers[other.index]!,
          `Column ${other.index + 1} ("${headers[other.index]}") also looks like the ${field} column, but column ${sorted[0]!.index + 1} ("${headers[sorted[0]!.index]}") was used; its cells are kept in extra. To use it instead, pass options.columns.${field}.`,
        ),
      )
    }
  }

  // An action log with no action column ("Action ID | Action description | Owner"): the description is the action.
  const descriptionAction =
    options.columns?.description === undefined
      ? actionColumnChoice('description', { fields, headers, ignored })
      : null
  if (descriptionAction !== null) {
    fields.delete('description')
    fields.set('title', descriptionAction.action)
  }

  // "Ward | You said | We did": with no column naming the action, the response to the feedback is the action and
  // the feedback what it answers.
  const pair = options.columns === undefined && !fields.has('title') ? responseToFeedback(headers) : null
  if (pair !== null) {
    for (const [field, index] of [...fields]) {
      if (index === pair.response || index === pair.feedback) fields.delete(field)
    }
    for (let i = extra.length - 1; i >= 0; i--) {
      if (extra[i]!.index === pair.response || extra[i]!.index === pair.feedback) extra.splice(i, 1)
    }
    fields.set('title', pair.response)
    if (!fields.has('description')) fields.set('description', pair.feedback)
  }

  // An empty first header before the title column is the plan's own numbering (a Word table's "no." column
  // often has no heading).
  const titleIndex = fields.get('title')
  if (
    !fields.has('ref') &&
    !ignored.has('ref') &&
    titleIndex !== undefined &&
    titleIndex > 0 &&
    headers[0] === ''
  ) {
    fields.set('ref', 0)
  }

  if (blocks.length > 0 && fields.has('title')) {
    // A title column makes this an ordinary table; its pillar-named columns are flags after all.
    for (const block of blocks) {
      flags.push({ index: block.titleIndex, header: block.header })
      for (const year of block.years) years.push(year)
    }
    blocks.length = 0
  }
  if (!fields.has('title') && blocks.length === 0) return null

  const used = new Set<number>([
    ...fields.values(),
    ...flags.map((f) => f.index),
    ...years.map((y) => y.index),
    ...blocks.flatMap((b) => [b.titleIndex, ...b.years.map((y) => y.index)]),
    ...extra.map((e) => e.index),
  ])
  for (let index = 0; index < headers.length; index++) {
    if (!used.has(index))
      extra.push({ index, name: headers[index] === '' ? `Column ${index + 1}` : headers[index]! })
  }
  extra.sort((a, b) => a.index - b.index)
  // A repeated header ("Comments", "Comments") keeps its own name per column, "Comments (2)", so each value
  // stays tied to its column through an export and re-import.
  const names = new Set<string>()
  extra.forEach((column, i) => {
    let name = column.name
    for (let n = 2; names.has(name); n++) name = `${column.name} (${n})`
    names.add(name)
    extra[i] = { index: column.index, name }
  })

  const seen = new Map<string, number>()
  headers.forEach((text, index) => {
    const key = normalizeHeader(text)
    if (key === '' || matchYearHeader(text)) return
    const first = seen.get(key)
    if (first === undefined) {
      seen.set(key, index)
      return
    }
    issues.push(
      createImportIssue(
        'duplicate-header',
        'warning',
        rowNumber,
        index + 1,
        text,
        `Columns ${first + 1} and ${index + 1} have the same header "${text}". Both are read, in order; rename one so it is clear which is which.`,
      ),
    )
  })

  flags.sort((a, b) => a.index - b.index)
  years.sort((a, b) => a.index - b.index)
  return { map: { fields, flags, years, blocks, extra, headers }, issues }
}

/**
 * True when one cell reads as a header: a synonym, a pillar name or a year label.
 *
 * @example
 * isHeaderCell('Action Number', technicianCommitment) // true
 */
export function isHeaderCell(cell: string, taxonomy: Taxonomy): boolean {
  if (cell.length > 40 || cell.trim() === '') return false
  return (
    matchColumnHeader(cell) !== null ||
    matchPillarHeader(cell, taxonomy) !== null ||
    matchYearHeader(cell) !== null
  )
}

/**
 * A cheap test: could this row be a header? It needs an action column (or a pillar block) and at least
 * `minRecognised` recognised headers. In the body of a table (`body: true`) at least half of its filled cells
 * must also be recognised, so a data row that happens to say "Action" is not taken for a repeated header.
 *
 * @example
 * looksLikeHeader(['Action Number', 'Action', 'Aim'], technicianCommitment) // true
 */
export function looksLikeHeader(
  row: readonly string[],
  taxonomy: Taxonomy,
  options: { readonly minRecognised?: number; readonly body?: boolean } = {},
): boolean {
  let filled = 0
  for (const cell of row) {
    if (cell.length > maxHeaderLength && options.body === true) return false
    if (cell !== '' && cell.trim() !== '') filled++
  }
  // In the body, a header has at least half its cells recognised: give up once that cannot happen.
  const allowedMisses = options.body === true ? Math.floor(filled / 2) : Number.POSITIVE_INFINITY
  let misses = 0
  let recognised = 0
  let title = false
  let described = false
  let block = false
  for (let i = 0; i < row.length; i++) {
    const cell = row[i]!
    if (cell === '' || cell.trim() === '') continue
    // Long cells and bare numbers are never headers in the body ("2019" would be, so only up to 3 digits).
    if (
      cell.length > maxHeaderLength ||
      (options.body === true && (cell.length > 40 || /^\s*\d{1,3}\s*$/.test(cell)))
    ) {
      if (++misses > allowedMisses) return false
      continue
    }
    const match = matchColumnHeader(cell)
    if (match) {
      recognised++
      if (match.field === 'title') title = true
      // A description column with no action column is the action ({@link actionColumnChoice}).
      if (match.field === 'description' && (namesDescription(cell) || namesActions(cell))) described = true
      continue
    }
    if (matchPillarHeader(cell, taxonomy)) {
      recognised++
      if (i + 1 < row.length && matchYearHeader(row[i + 1]!)) block = true
      continue
    }
    if (matchYearHeader(cell)) {
      recognised++
      continue
    }
    if (++misses > allowedMisses) return false
  }
  const enough = recognised >= (options.minRecognised ?? 2)
  if (
    (title || block || (described && recognised >= 2)) &&
    enough &&
    (options.body !== true || recognised * 2 >= filled)
  )
    return true
  // "Ward | You said | We did": feedback beside the response to it, the response the action.
  return options.body !== true && responseToFeedback(row) !== null
}
