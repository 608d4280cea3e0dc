import { hasText } from '../text/cleanCellText'
import { loneCell } from './loneCell'

/** ". Recruit two governors": a full stop, a space, then a capital, where a bullet was. */
const fullStopMark = /^(\s{0,8})\.\s{1,4}(?=[A-Z])/

/** A run of at least this many such lines is a list; fewer may be a stray stop. */
const minRun = 3

/**
 * A list whose bullets were lost when a web page or PDF was copied, each left as a full stop (". Recruit additional
 * governors", ". Implement the policy review cycle", as a symbol-font bullet often becomes): the stop is turned into a
 * "•", so every reader of bulleted lists reads the list. Only a run of three or more lines in a row (blank rows aside),
 * each a lone cell opening with a full stop, a space and a capital, is changed; every other row is returned as it is.
 *
 * @example
 * bulletForFullStop([['We will:'], ['. Meet'], ['. Plan'], ['. Act']])[1] // ['• Meet']
 */
export function bulletForFullStop(rows: readonly (readonly string[])[]): (readonly string[])[] {
  const out: (readonly string[])[] = rows.slice()
  let run: number[] = []
  const close = () => {
    if (run.length >= minRun) {
      for (const index of run) {
        const row = rows[index]!
        const at = loneCell(row)
        out[index] = row.map((cell, i) => (i === at ? cell.replace(fullStopMark, '$1• ') : cell))
      }
    }
    run = []
  }
  rows.forEach((row, index) => {
    if (!row.some(hasText)) return
    const at = loneCell(row)
    if (at >= 0 && fullStopMark.test(row[at]!)) run.push(index)
    else close()
  })
  close()
  return out
}
