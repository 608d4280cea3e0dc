import { hasText } from '../text/cleanCellText'
import { loneCell } from './loneCell'

/** ". Recruit two governors": a full stop, a space, then a capital, where a bullet was; "o Recruit two governors":
 * the small letter o that a word processor's hollow second-level bullet becomes as plain text. */
const fullStopMark = /^(\s{0,8})[.o]\s{1,4}(?=[A-Z])/

/** A run of at least this many such lines is a list; fewer may be a stray stop. */
const minRun = 3

/**
 * A list whose bullets were lost when a web page or PDF was copied, each left as a full stop (". Recruit additional
 * governors", ". Implement the policy review cycle", as a symbol-font bullet often becomes), or each left as a small
 * letter o ("o Hold a public forum", as a word processor's hollow bullet is saved in plain text): the mark is turned
 * into a "•", so every reader of bulleted lists reads the list. Only a run of three or more lines in a row (blank
 * rows aside), each a lone cell opening with the same mark, a space and a capital, is changed; every other row is
 * returned as it is. No English line opens with a lone small "o" before a capital word, and a line wrapped there
 * stands alone, never in a run of three.
 *
 * @example
 * bulletForFullStop([['We will:'], ['. Meet'], ['. Plan'], ['. Act']])[1] // ['• Meet']
 */
export function bulletForFullStop(rows: readonly (readonly string[])[]): (readonly string[])[] {
  const out: (readonly string[])[] = rows.slice()
  let run: number[] = []
  let runMark = ''
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
    const mark = at >= 0 ? fullStopMark.exec(row[at]!) : null
    const kind = mark === null ? '' : row[at]![mark[1]!.length]!
    if (kind !== '' && (run.length === 0 || kind === runMark)) {
      run.push(index)
      runMark = kind
    } else {
      close()
      if (kind !== '') {
        run.push(index)
        runMark = kind
      }
    }
  })
  close()
  return out
}
