import { BULLET_MARKS } from './bulletMarks'
import { isUnfinishedLead } from './isUnfinishedLead'
import { foldListOntoLead, type ListOntoLead } from './foldListOntoLead'

/** "… priorities to encourage:", "… a fund to support:": a verb after "to", then the colon: the list below is its
 * object. Anchored at the end, bounded: linear on any line. */
const verbWantsObject = /\bto\s{1,3}[a-z]{2,20}\s{0,3}:$/i
/** A bullet and the spaces after it, with the indent before it (group 1). */
const bulletAt = new RegExp(`^(\\s{0,12})[${BULLET_MARKS}]\\s{1,8}`)
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
 * Every other row is returned as it is.
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
    if (!verbWantsObject.test(plain) && !isUnfinishedLead(plain)) return null
    return bulletAt.exec(text)?.[1]?.length ?? -1
  },
  item: (cell, depth) => {
    const bullet = bulletAt.exec(cell)
    return bullet === null || bullet[1]!.length <= depth ? null : cell.slice(bullet[0].length)
  },
}
