import { BULLET_MARKS } from './bulletMarks'
import { foldListOntoLead, type ListOntoLead } from './foldListOntoLead'
import { headingPeriod } from './headingPeriod'
import { isInstruction } from './isInstruction'
import { loneCell } from './loneCell'

/** "… a plan which may include:", "It should include:", "… such as:": the list below names the parts of one thing.
 * Anchored at the end, bounded: linear on any line. */
const partsLead = /\b(?:include|includes|including|such as|for example|e\.g\.)\s{0,3}:$/i
/** "… gather feedback via:", "Ongoing engagement, including:": a task naming the means or the parts it works
 * through, as a line of its own. A caption's verb ("Actions include:") is not one. Anchored at the end, bounded. */
const workThroughLead = /\b(?:via|including|such as)\s{0,3}:$/i
/** A part written on a line of its own is a short name: at most this many words ("Outreach to partner schools"). */
const maxPartWords = 6
/** A bullet and the spaces after it, with the indent before it (group 1). */
const bulletAt = new RegExp(`^(\\s{0,12})[${BULLET_MARKS}]\\s{1,8}`)
/** The first word of an item, after its bullet. */
const firstWord = /^[A-Za-z]{1,30}/
/** A line longer than this is not read as a lead-in. */
const maxLeadLength = 600

/**
 * A bulleted action ending in a word that introduces its parts ("- Write a guide for new staff which may include:")
 * over bullets at the same depth that name those parts in capitals ("- Pay and leave", "- Who to ask for help"): the
 * parts belong to the action, not actions of their own. They are joined onto it, separated by semicolons ("… which
 * may include: Pay and leave; Who to ask for help"), and their rows left empty. The parts run while a bullet is not
 * an instruction ("Book a room …") and does not open with one of the list's own verbs, a word two or more bullets of
 * the page open with ("- Review …", "- Review …"): that bullet is the list's next action. Two parts at least; every
 * other row is returned as it is.
 *
 * @example
 * foldIncludedParts([['- Write a guide which may include:'], ['- Pay and leave'], ['- Who to ask'], ['- Book a room']])[0]
 * // ['- Write a guide which may include: Pay and leave; Who to ask']
 */
export function foldIncludedParts(rows: readonly (readonly string[])[]): readonly (readonly string[])[] {
  const openers = new Map<string, number>()
  for (const row of rows) {
    const column = loneCell(row)
    if (column < 0) continue
    const word = openingWord(row[column]!)
    if (word !== null) openers.set(word, (openers.get(word) ?? 0) + 1)
  }
  const isListVerb = (text: string): boolean => {
    const word = firstWord.exec(text)?.[0]?.toLowerCase()
    return word !== undefined && (openers.get(word) ?? 0) >= 2
  }
  const parts: ListOntoLead<number> = {
    maxLeadLength,
    lead: (text) => {
      const bullet = bulletAt.exec(text)
      if (bullet === null || !partsLead.test(text.slice(-40))) return null
      return bullet[1]!.length
    },
    item: (cell, depth) => {
      const bullet = bulletAt.exec(cell)
      return bullet === null || bullet[1]!.length < depth ? null : cell.slice(bullet[0].length)
    },
    part: (text) =>
      /^[A-Z]/.test(text) && !text.trimEnd().endsWith(':') && !isInstruction(text) && !isListVerb(text),
  }
  // The same list with its bullets lost in the copy: a task line ending "via:" or "including:" over lines that
  // each name a part ("Student union", "Board of governors"), up to the next task, period heading or sentence.
  const bare: ListOntoLead<true> = {
    maxLeadLength,
    lead: (text) => (bulletAt.test(text) || !workThroughLead.test(text.slice(-40)) ? null : true),
    item: (cell) => (bulletAt.test(cell) ? null : cell.trim()),
    part: (text) =>
      /^[A-Z]/.test(text) &&
      !/[.:;!?]$/.test(text) &&
      text.split(/\s+/, maxPartWords + 1).length <= maxPartWords &&
      !isInstruction(text) &&
      headingPeriod(text, {}) === null,
  }
  return foldListOntoLead(foldListOntoLead(rows, parts), bare)
}

/** The first word of a bulleted cell, in lower case, or null when the cell is no bullet. */
function openingWord(cell: string): string | null {
  const bullet = bulletAt.exec(cell)
  if (bullet === null) return null
  return firstWord.exec(cell.slice(bullet[0].length))?.[0]?.toLowerCase() ?? null
}
