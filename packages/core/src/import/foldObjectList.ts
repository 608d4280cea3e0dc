import { BULLET_MARKS } from './bulletMarks'
import { isUnfinishedLead } from './isUnfinishedLead'
import { foldListOntoLead, type ListOntoLead } from './foldListOntoLead'
import { NUMBER_MARK } from './itemMark'

/** "… priorities to encourage:", "… a fund to support:": a verb after "to", then the colon: the list below is its
 * object. Anchored at the end, bounded: linear on any line. */
const verbWantsObject = /\bto\s{1,3}[a-z]{2,20}\s{0,3}:$/i
/** A bullet and the spaces after it, with the indent before it (group 1). */
const bulletAt = new RegExp(`^(\\s{0,12})[${BULLET_MARKS}]\\s{1,8}`)
/** A number and the spaces after it ("1. ", "2) "), with the indent before it (group 1). */
const numberAt = new RegExp(`^(\\s{0,12})${NUMBER_MARK}\\s{1,8}`)
/** "… an annual report that:", "… a curriculum which:": a relative clause, which the items below finish. */
const relativeClause = /\b(?:that|which|who)\s{0,3}:$/i
/** A line longer than this is not read as a lead-in. */
const maxLeadLength = 400

/**
 * A line whose sentence the list below it finishes ("• Introduce new food priorities to encourage:" over "- sourcing
 * from local suppliers", "- a reduction in meat by August 2023") is one action: its items are the object of its
 * last verb (or of its last preposition: "a framework of:"), not actions of their own. Its items are joined onto it,
 * separated by semicolons ("… to encourage: sourcing from local suppliers; a reduction in meat by August 2023"),
 * so the action keeps every word and the dates its items name; their rows are left empty. Only a lone cell ending
 * so, over two or more lone bulleted cells indented deeper than it, each opening in lower case, is read so: items in
 * capitals ("- Follow up with every applicant") are actions, as are the items of "We will work with partners to:".
 * An item (bulleted or numbered) ending in a relative clause ("1. Each body should keep a register that:", "• Build a
 * scheme which:") is such a line too, and its clauses may be numbered lines indented under it ("    1. names an
 * owner"), as inquest recommendations and strategy bullets write what the thing they ask for must do. Every other
 * row is returned as it is.
 *
 * @example
 * foldObjectList([['• Fund work to encourage:'], ['  - local suppliers'], ['  - fewer cars by 2026']])[0]
 * // ['• Fund work to encourage: local suppliers; fewer cars by 2026']
 */
export function foldObjectList(rows: readonly (readonly string[])[]): readonly (readonly string[])[] {
  return foldListOntoLead(rows, objectList)
}

/** The lead-in's bullet indent (-1 with none): its items are bulleted deeper. */
const objectList: ListOntoLead<number> = {
  maxLeadLength,
  lead: (text) => {
    const plain = text.replace(bulletAt, '')
    // An item (bulleted or numbered) ending in a relative clause is an action whose items say what it makes.
    const item = plain !== text || numberAt.test(text)
    if (!verbWantsObject.test(plain) && !isUnfinishedLead(plain) && !(item && relativeClause.test(plain)))
      return null
    return bulletAt.exec(text)?.[1]?.length ?? -1
  },
  item: (cell, depth) => {
    const bullet = bulletAt.exec(cell)
    if (bullet !== null) return bullet[1]!.length <= depth ? null : cell.slice(bullet[0].length)
    // Numbered sub-items indented under the line ("    1. indicates …").
    const number = numberAt.exec(cell)
    return number === null || number[1]!.length <= Math.max(depth, 0) ? null : cell.slice(number[0].length)
  },
}
