import type { ImportIssue } from '../model/importIssue'
import { collapseWhitespace } from '../text/cleanCellText'
import type { ColumnExplanation } from './assignColumns'
import type { ImportRowExplanation } from './explainImport'
import type { FlattenedActionTables } from './flattenActionTables'
import type { TableToPlanResult } from './tableToPlan'

/**
 * The result of reading a flattened table (one a layout reader rewrote as an ordinary table: a small table per
 * action, labelled records, a period grid unfolded cell by cell) in the source table's terms: every issue and
 * explanation gets its row and column in the source, the reader's own issues and structure rows are added.
 *
 * @example
 * inSourceTerms(tableToPlan(flattened.rows, { headerRow: flattened.headerRow }), flattened, [], table).explanation.headerRow
 */
export function inSourceTerms(
  inner: TableToPlanResult,
  flattened: FlattenedActionTables,
  issues: readonly ImportIssue[],
  table: readonly (readonly string[])[],
): TableToPlanResult {
  const row = (at: number | null) => (at === null ? null : (flattened.sourceRows[at - 1] ?? at))
  // Column 1 of the flattened table is the heading's; the small table's columns follow it. A grid unfolded
  // cell by cell says where each cell came from.
  const moved = flattened.sourceColumns
  const column = (atRow: number | null, at: number | null) => {
    if (at === null) return null
    if (moved !== undefined) return atRow === null ? null : (moved[atRow - 1]?.[at - 1] ?? null)
    return at === 1 ? at : at - 1
  }
  const sourceIssues = inner.issues.map((issue) => ({
    ...issue,
    row: row(issue.row),
    column: column(issue.row, issue.column),
  }))
  const rows: ImportRowExplanation[] = inner.explanation.rows
    .filter((item) => item.kind !== 'header')
    .map((item) => ({ row: row(item.row)!, kind: item.kind }))
  for (const header of flattened.subHeaderRows) rows.push({ row: header, kind: 'header' })
  for (const merged of flattened.mergedRows) rows.push({ row: merged, kind: 'measure' })
  for (const skipped of flattened.skippedRows ?? []) rows.push({ row: skipped, kind: 'skipped' })
  for (const section of flattened.sectionRows ?? []) rows.push({ row: section, kind: 'section' })
  const columns =
    moved === undefined
      ? inner.explanation.columns.map((item) =>
          item.column === 1
            ? {
                ...item,
                header: '',
                evidence:
                  flattened.titleEvidence ??
                  'the heading row of each action, above its own table of measures, leads and dates',
              }
            : { ...item, column: item.column - 1 },
        )
      : movedColumns(inner.explanation.columns, flattened, moved, table)
  return {
    plan: inner.plan,
    issues: [...issues, ...(flattened.issues ?? []), ...sourceIssues],
    explanation: {
      ...inner.explanation,
      headerRow: flattened.subHeaderRows[0] ?? row(flattened.headerRow),
      columns,
      rows: rows.sort((a, b) => a.row - b.row),
    },
  }
}

// Each column of the flattened table stands for the source columns its cells came from. A source column that gave
// cells to several fields (a one-column page's lines give the refs, titles, owners and dates) is explained by the
// action's title when it gave the titles, else by the first field it gave, and its evidence names the other fields.
function movedColumns(
  inner: readonly ColumnExplanation[],
  flattened: FlattenedActionTables,
  moved: readonly (readonly (number | null)[])[],
  table: readonly (readonly string[])[],
): ColumnExplanation[] {
  const header = table[flattened.subHeaderRows[0]! - 1] ?? []
  const fieldsOf = new Map<number, ColumnExplanation[]>()
  for (const item of inner) {
    const seen = new Set<number>()
    for (let at = flattened.headerRow; at < moved.length; at++) {
      const source = moved[at]?.[item.column - 1]
      if (source === null || source === undefined || seen.has(source)) continue
      seen.add(source)
      const items = fieldsOf.get(source)
      if (items === undefined) fieldsOf.set(source, [item])
      else if (!items.some((other) => other.field === item.field)) items.push(item)
    }
  }
  const columns: ColumnExplanation[] = []
  for (const [source, items] of fieldsOf) {
    const main = items.find((item) => item.field === 'title') ?? items[0]!
    const others = items.filter((item) => item !== main).map((item) => item.field)
    const evidence = main.field === 'title' ? (flattened.titleEvidence ?? main.evidence) : main.evidence
    columns.push({
      ...main,
      column: source,
      header: collapseWhitespace(header[source - 1] ?? ''),
      evidence: others.length === 0 ? evidence : `${evidence}; its cells also give ${others.join(', ')}`,
    })
  }
  return columns.sort((a, b) => a.column - b.column)
}
