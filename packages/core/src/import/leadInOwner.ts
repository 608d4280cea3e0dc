import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { BULLET_MARK, NUMBER_MARK } from './itemMark'

/** A list item: a bullet ("- ", "• ") or a number ("1. ", "2) ") and then its text. */
const listItem = new RegExp(`^\\s*(?:${BULLET_MARK}\\s|${NUMBER_MARK}\\s)`)
/**
 * "The superintendent will develop", "The Head of Technical Services will": "The", one to five words, "will" and
 * a verb. Bounded, no nested quantifiers.
 */
const subjectWill = /(?:^|[.:;]\s{1,3})The\s((?:[A-Za-z&’'-]{1,30}\s){1,5})will\s([a-z]{2,20})\b/
/**
 * "Line Offices are requested to meet", "All departments are required to submit", "The Estates team is asked to":
 * one to four words, each capitalised but for "and" and "of" (after an optional "The" or "All"), then "is" or "are",
 * a word of request and "to" and a verb, opening the lead-in's sentence. Bounded, no nested quantifiers.
 */
const subjectRequested =
  /(?:^|[.:;]\s{1,3})(?:(?:The|All)\s)?((?:(?:[A-Z][A-Za-z&’'-]{0,30}|and|of)\s){1,4})(?:is|are)\s(?:requested|asked|required|expected|invited)\sto\s([a-z]{2,20})\b/
/** "need to:", "needs to:", "must:", "should:", "has to:" closing a lead-in: the list says what is needed. */
const needsEnding = /\s(?:needs?\sto|must|should|ha(?:s|ve)\sto)\s?:$/
/** At most this many words name the one who needs to act ("the Estates and Facilities team"). */
const maxSubjectWords = 5

/**
 * "In short, the Web team need to:", "The Registry must:": the words after the last "the" before the ending that
 * says the list is what they need to do; null when the lead-in ends otherwise or names no one after "the". Found
 * with one bounded pattern and a search for the last "the", so it stays linear.
 */
function subjectNeeds(text: string): string[] | null {
  const ending = needsEnding.exec(text)
  if (ending === null) return null
  const before = text.slice(0, ending.index)
  const lower = before.toLowerCase()
  const the = lower.startsWith('the ') ? 0 : -1
  const last = lower.lastIndexOf(' the ')
  const start = last >= 0 ? last + 5 : the === 0 ? 4 : -1
  if (start < 0) return null
  const words = before.slice(start).trim().split(' ')
  if (
    words.length === 0 ||
    words.length > maxSubjectWords ||
    !words.every((word) => /^[A-Za-z&’'-]{1,30}$/.test(word))
  )
    return null
  return words
}

/** Words that make "The … will" about the document or its work, not about who does it. */
const notAnActor =
  /^(?:plan|strategy|policy|programme|program|project|objectives?|goals?|aims?|actions?|deliverables?|work|review|framework|report|document|statement|following|list|outcomes?|measures?|results?|data|survey|process|approach|purpose|scope|charter|commitment)$/i

/** A lead-in that gives its list an owner, and the row it was read from. */
export interface LeadInOwner {
  readonly owner: string
  /** 0-based row of the lead-in. */
  readonly row: number
}

/**
 * The owner a list's lead-in names: the one-cell row right above a page's first list item, ending with a colon
 * ("Specific deliverables include:", "The Technical Manager will:"), whose sentence says "The <someone> will
 * <do>" ("The superintendent will develop the necessary training …"), or that someone "is/are requested (asked,
 * required, expected, invited) to <do>" ("Line Offices are requested to meet the following milestones:"), gives that someone as the owner of every
 * item, which is written as an instruction to them ("- Oversee …", "- Report …"). Null when there is no such
 * lead-in, its subject is the plan or its work ("The plan will …", "The objectives will …"), or the verb is
 * passive ("will be").
 *
 * @example
 * leadInOwner([
 *   ['Aims: The Lab Manager will see that the labs:'], ['- Fit timers to ovens'], ['- Share chemicals'],
 * ])?.owner // 'Lab Manager'
 * leadInOwner([['Line Offices are requested to meet these milestones:'], ['- Report by May']])?.owner // 'Line Offices'
 */
export function leadInOwner(table: readonly (readonly string[])[]): LeadInOwner | null {
  const first = table.findIndex((row) => {
    const filled = row.filter(hasText)
    return filled.length === 1 && listItem.test(filled[0]!)
  })
  return first <= 0 ? null : leadInOwnerAbove(table, first)
}

/**
 * The owner the lead-in right above row `below` names, read as {@link leadInOwner} reads the lead-in above a page's
 * first list item: the lead-in over a table's header row ("The Registry must:" over "Ref | Action") too.
 *
 * @example
 * leadInOwnerAbove([['The Registry must:'], ['Ref', 'Action'], ['1', 'Fix it']], 1)?.owner // 'Registry'
 */
export function leadInOwnerAbove(table: readonly (readonly string[])[], below: number): LeadInOwner | null {
  let row = below - 1
  while (row >= 0 && !table[row]!.some(hasText)) row--
  if (row < 0) return null
  const filled = table[row]!.filter(hasText)
  if (filled.length !== 1) return null
  const text = collapseWhitespace(filled[0]!).slice(0, 1_000)
  if (!text.endsWith(':')) return null
  const match = subjectWill.exec(text) ?? subjectRequested.exec(text)
  const needs = match === null ? subjectNeeds(text) : null
  if (needs !== null)
    return needs.some((word) => notAnActor.test(word)) ? null : { owner: needs.join(' '), row }
  if (match === null || match[2] === 'be' || match[2] === 'have') return null
  const words = match[1]!.trim().split(' ')
  if (words.some((word) => notAnActor.test(word))) return null
  return { owner: words.join(' '), row }
}
