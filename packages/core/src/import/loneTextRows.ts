import type { LoneText } from './listsUnderLeadIns'

/**
 * The rows from `bodyStart` on whose lone text (the one filled cell of the row, as `loneTextOfEach` reads it) is at
 * most `maxLength` characters and passes `test`, as 0-based rows in order: the scan of the readers that pass over
 * lines alone on their rows (minutes' procedure, a status key, a page's stamp, an aside).
 *
 * @example
 * loneTextRows([['Plan'], ['Key: A | B'], ['a', 'b']], 0, ['Plan', 'Key: A | B', null], 50, (text) => text.startsWith('Key')) // [1]
 */
export function loneTextRows(
  table: readonly (readonly string[])[],
  bodyStart: number,
  lone: readonly LoneText[],
  maxLength: number,
  test: (text: string) => boolean,
): number[] {
  const rows: number[] = []
  for (let index = Math.max(0, bodyStart); index < table.length; index++) {
    const text = lone[index] ?? null
    if (text !== null && text.length <= maxLength && test(text)) rows.push(index)
  }
  return rows
}
