import type { ColumnExplanation } from './assignColumns'
import type { ColumnMap } from './mapColumns'
import { type TableToPlanOptions, tableToPlan } from './tableToPlan'

export type { ColumnExplanation } from './assignColumns'

/** What a row that holds no action was read as. */
export type ImportRowKind =
  | 'title'
  | 'preamble'
  | 'header'
  | 'legend'
  | 'section'
  | 'continuation'
  | 'skipped'
  /** A label line naming the owner of the actions below it ("Contact: A. Person"). */
  | 'owner'
  /** A row of an action's own small table of measures, leads and dates, merged into the action above it. */
  | 'measure'

/** One row that is not an action, and what it was read as. `row` is 1-based. */
export interface ImportRowExplanation {
  readonly row: number
  readonly kind: ImportRowKind
}

/** How the importer read a table: its header row, each column's field, and the rows that are not actions. */
export interface ImportExplanation {
  /** 1-based header row, or null when the table has none and was read from its cells alone. */
  readonly headerRow: number | null
  readonly columns: readonly ColumnExplanation[]
  /** Title, preamble, header, legend, section, owner, measure, continuation and skipped rows, in row order. */
  readonly rows: readonly ImportRowExplanation[]
  /** Merged cells given by the reader (`options.mergedRegions`), with the text read on every cell they span. */
  readonly mergedRegions?: readonly {
    readonly firstRow: number
    readonly lastRow: number
    readonly firstColumn: number
    readonly lastColumn: number
    readonly text: string
  }[]
  readonly actionCount: number
  /** What was read about the plan itself: title, institution and period from the title rows, the taxonomy. */
  readonly plan?: ImportPlanExplanation
}

/** The plan's own details as the importer read them, and where each came from. */
export interface ImportPlanExplanation {
  readonly title: string | null
  readonly institution: string | null
  /** The period as written ("November 2018-20"), or null. */
  readonly period: string | null
  /** The id of the taxonomy the pillars were read against. */
  readonly taxonomy: string
  /** Plain words, one per detail: "institution read from the title rows", "taxonomy guessed: row 1 names …". */
  readonly evidence: readonly string[]
}

/**
 * Says how {@link tableToPlan} reads a table, without keeping the plan: the header row (or none), each column's
 * field with its confidence and evidence, and which rows were titles, sections, continuations or skipped.
 * The same explanation comes with every import result as `explanation`.
 *
 * @example
 * const explanation = explainImport([['Action', 'Who', 'By when'], ['Launch a webpage', 'AB', 'June 2019']])
 * explanation.columns[2] // { column: 3, header: 'By when', field: 'target', confidence: 1, evidence: '…' }
 */
export function explainImport(
  rows: readonly (readonly string[])[],
  options: TableToPlanOptions = {},
): ImportExplanation {
  return tableToPlan(rows, { ...options, strict: false }).explanation
}

/** The columns of a header-word mapping (pillar flags, year columns, pillar grids) as explanations. */
export function explainColumnMap(map: ColumnMap): ColumnExplanation[] {
  const out: ColumnExplanation[] = []
  const header = (index: number) => map.headers[index] ?? ''
  for (const [field, index] of map.fields) {
    out.push({
      column: index + 1,
      header: header(index),
      field,
      confidence: 0.9,
      evidence: `header "${header(index)}" names ${field}`,
    })
  }
  for (const flag of map.flags) {
    out.push({
      column: flag.index + 1,
      header: flag.header,
      field: 'pillar-flag',
      confidence: 0.9,
      evidence: `header "${flag.header}" names a pillar; its cells flag the actions under it`,
    })
  }
  for (const year of map.years) {
    out.push({
      column: year.index + 1,
      header: year.label,
      field: 'year',
      confidence: 0.9,
      evidence: `header "${year.label}" names a year; its cells are targets in that year`,
    })
  }
  for (const block of map.blocks) {
    out.push({
      column: block.titleIndex + 1,
      header: block.header,
      field: 'title',
      confidence: 0.9,
      evidence: `pillar "${block.header}" followed by year columns: a side-by-side pillar grid`,
    })
    for (const year of block.years) {
      out.push({
        column: year.index + 1,
        header: year.label,
        field: 'year',
        confidence: 0.9,
        evidence: `year column of the ${block.header} block`,
      })
    }
  }
  for (const extra of map.extra) {
    out.push({
      column: extra.index + 1,
      header: header(extra.index),
      field: 'extra',
      confidence: 1,
      evidence: 'no field fits its header; kept verbatim in extra',
    })
  }
  return out.sort((a, b) => a.column - b.column)
}
