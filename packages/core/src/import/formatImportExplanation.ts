import { stripControlCharacters } from './stripControlCharacters'
import type { ImportExplanation, ImportRowKind } from './explainImport'

const kindWords: Record<ImportRowKind, string> = {
  title: 'title',
  preamble: 'preamble (text above the table)',
  header: 'header',
  legend: 'date legend',
  section: 'section heading',
  continuation: 'continuation, merged into the action above',
  skipped: 'skipped',
  owner: 'owner line, names the owner of the actions below it',
  measure: "row of the action's own table of measures, merged into the action above",
}

/**
 * Formats an {@link ImportExplanation} as plain text for a terminal: the header row, one line per column,
 * then one line per run of structure rows ("rows 3–8: continuation, merged into the action above"). Cell
 * text is stripped of control characters first.
 *
 * @example
 * console.log(formatImportExplanation(explainImport(rows)))
 */
export function formatImportExplanation(explanation: ImportExplanation): string {
  const lines: string[] = [
    explanation.headerRow === null
      ? 'No header row: columns read from their cells alone.'
      : `Header: row ${explanation.headerRow}.`,
  ]
  for (const column of explanation.columns) {
    const name = column.header === '' ? '' : ` "${stripControlCharacters(column.header).slice(0, 60)}"`
    lines.push(
      `Column ${column.column}${name}: ${column.field} (${Math.round(column.confidence * 100)}%) — ${stripControlCharacters(column.evidence)}`,
    )
  }
  let start = 0
  const rows = explanation.rows
  for (let i = 1; i <= rows.length; i++) {
    const run = rows[start]!
    const next = rows[i]
    const last = rows[i - 1]!
    if (next !== undefined && next.kind === run.kind && next.row === last.row + 1) continue
    const where = run.row === last.row ? `Row ${run.row}` : `Rows ${run.row}–${last.row}`
    lines.push(`${where}: ${kindWords[run.kind]}`)
    start = i
  }
  for (const region of explanation.mergedRegions ?? []) {
    const rows =
      region.firstRow === region.lastRow
        ? `row ${region.firstRow}`
        : `rows ${region.firstRow}–${region.lastRow}`
    const columns =
      region.firstColumn === region.lastColumn
        ? `column ${region.firstColumn}`
        : `columns ${region.firstColumn}–${region.lastColumn}`
    lines.push(
      `Merged cell, ${columns}, ${rows}: "${stripControlCharacters(region.text).slice(0, 60)}" read on every row it spans`,
    )
  }
  lines.push(`${explanation.actionCount} action${explanation.actionCount === 1 ? '' : 's'} read.`)
  const plan = explanation.plan
  if (plan !== undefined) {
    const details = [
      plan.institution === null ? null : `institution "${plan.institution}"`,
      plan.period === null ? null : `period "${plan.period}"`,
      `taxonomy ${plan.taxonomy}`,
    ].filter((detail): detail is string => detail !== null)
    lines.push(
      `Plan: ${stripControlCharacters(details.join(', ')).slice(0, 300)} (${stripControlCharacters(plan.evidence.join('; '))}).`,
    )
  }
  return lines.join('\n')
}
