import { hasText } from '../text/cleanCellText'
import { ITEM_NUMBER, NOT_A_YEAR } from './itemMark'

/** "a) Capture …", "(b) Publish …", "c. Review …", "b) - Update …": a lettered item opening the action cell. */
const letteredItem = /^\s{0,4}(\(?)([a-z])([).])\s{1,4}(?:[-–•]\s{1,4})?(?=[A-Z0-9"'‘“])/
/** "1) Capture …", "(2) Publish …", "3. Review …": a numbered item opening the action cell, 1 to 99. */
const numberedItem = /^\s{0,4}(\(?)([1-9]\d?)([).])\s{1,4}(?:[-–•]\s{1,4})?(?=[A-Z"'‘“])/
/**
 * A ref column's number: "1.1", "2", "3.2.1", "1200". Not a year of its own: lettered items beside a "2019" are that
 * year's, not "2019a", "2019b".
 */
const groupNumber = new RegExp(String.raw`^${NOT_A_YEAR}${ITEM_NUMBER}(?:\.\d{1,3}){0,3}\.?$`)

/** One row of lettered items: its new ref and the action text after the letter. */
export interface LetteredItemRow {
  readonly ref: string
  readonly title: string
}

/**
 * Lettered actions under a number written once in the ref column ("1.1" beside "a) Capture the board's ethnicity
 * data …", then an empty ref beside "b) Update the review guidance …", as an objective's cell merged over its
 * lettered actions is exported): each lettered cell is an action of its own, cited by the group's number and its
 * letter as a reader cites it (`1.1a`, `1.1b`; `2(c)` for "(c)"), never the continuation of the action above.
 * The letters must run a, b, c … from a row whose ref cell holds the number, each later letter on a row with an
 * empty ref. Actions numbered afresh under each objective ("1.1" beside "1) Map the data", then "2) Publish it")
 * are read the same way, cited by the group's number and theirs (`1.1.1`, `1.1.2`), the numbers running 1, 2, 3 ….
 * Returns the rows to rewrite, by 0-based index; empty when the table has no such group of two or more.
 *
 * @example
 * letteredItemsUnderRef([['1.1', 'a) Capture the data'], ['', 'b) Publish it']], 0, 0, 1)
 * // Map { 0 => { ref: '1.1a', title: 'Capture the data' }, 1 => { ref: '1.1b', title: 'Publish it' } }
 */
export function letteredItemsUnderRef(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  refColumn: number,
  titleColumn: number,
): ReadonlyMap<number, LetteredItemRow> {
  const found = new Map<number, LetteredItemRow>()
  let group: {
    number: string
    letter: number
    numbered: boolean
    rows: [number, LetteredItemRow][]
  } | null = null
  const close = (): void => {
    if (group !== null && group.rows.length >= 2)
      for (const [index, item] of group.rows) found.set(index, item)
    group = null
  }
  for (let index = bodyStart; index < rows.length; index++) {
    const row = rows[index]!
    const title = row[titleColumn] ?? ''
    const ref = (row[refColumn] ?? '').trim()
    if (!hasText(title) && !hasText(ref)) continue
    const lettered = letteredItem.exec(title)
    const item = lettered ?? numberedItem.exec(title)
    const numbered = lettered === null && item !== null
    // The item's place in its run: a is 0, b is 1; 1 is 0, 2 is 1.
    const letter = item === null ? -1 : numbered ? Number(item[2]) - 1 : item[2]!.charCodeAt(0) - 97
    const cite = (number: string): LetteredItemRow => {
      const group = number.replace(/\.$/, '')
      const mark = item![2]!
      return {
        ref: numbered ? `${group}.${mark}` : `${group}${item![1] === '(' ? `(${mark})` : mark}`,
        title: title.slice(item![0].length),
      }
    }
    if (item !== null && letter === 0 && groupNumber.test(ref)) {
      close()
      group = { number: ref, letter: 0, numbered, rows: [] }
      group.rows.push([index, cite(ref)])
      continue
    }
    if (
      group !== null &&
      item !== null &&
      ref === '' &&
      numbered === group.numbered &&
      letter === group.letter + 1
    ) {
      group.letter = letter
      group.rows.push([index, cite(group.number)])
      continue
    }
    close()
  }
  close()
  return found
}
