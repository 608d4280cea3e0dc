import { escapeFormula } from './escapeFormula'

/** How `rowsToCsv` and `exportPlanCsv` write a file. */
export interface CsvWriteOptions {
  /** Field delimiter. Default `,`. */
  readonly delimiter?: string
  /** Start with a UTF-8 byte-order mark (U+FEFF) so Excel reads the file as UTF-8. Default false for strings. */
  readonly bom?: boolean
  /**
   * Write Excel's `sep=<delimiter>` hint as the first line, so Excel splits columns right whatever the
   * user's list separator. Excel then ignores the BOM, so use it for ASCII-only data. Default false.
   */
  readonly sepLine?: boolean
  /** Prefix `'` to cells a spreadsheet would run as formulas. Default true; turn off only for trusted consumers. */
  readonly escapeFormulas?: boolean
}

/**
 * Write rows as RFC 4180 CSV: every field quoted, `"` doubled, CRLF after every record, formula-leading cells
 * neutralised with a `'` prefix (which `readCsvRows` removes again).
 *
 * @example
 * rowsToCsv([['Title', 'Owner'], ['=1+1', 'Jo "JB" Bloggs']])
 * // '"Title","Owner"\r\n"\'=1+1","Jo ""JB"" Bloggs"\r\n'
 */
export function rowsToCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ','
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new TypeError(
      `The delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}.`,
    )
  }
  const guard = options.escapeFormulas ?? true
  const parts: string[] = []
  if (options.bom === true) parts.push('\uFEFF')
  if (options.sepLine === true) parts.push(`sep=${delimiter}\r\n`)
  for (const row of rows) {
    let line = ''
    for (let i = 0; i < row.length; i++) {
      const raw = row[i] ?? ''
      const cell = guard ? escapeFormula(raw) : raw
      line += `${i === 0 ? '' : delimiter}"${cell.indexOf('"') === -1 ? cell : cell.replaceAll('"', '""')}"`
    }
    parts.push(`${line}\r\n`)
  }
  return parts.join('')
}
