import { collapseWhitespace } from '../text/cleanCellText'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { peelRef } from './peelRef'

/** A heading longer than this is a paragraph, not a report's or a group's title. */
const maxLength = 400
/** A body's name of more words than this is a phrase. */
const maxNameWords = 8
/** "of", "for", "and", "the", "&": the small words inside a body's name ("Board of Public Works"). */
const joiningWord = /^(?:of|for|and|the|on|&)$/
/** A name's word: capitalised, an acronym or a joining word. Never a sentence's lowercase word. */
const nameWord = /^[A-Z][A-Za-z'’&.-]{0,30}$/

/**
 * The body a group heading opens with, before a colon: "Transport Department: Repairs Fell Behind Schedule (2021-04)",
 * "Board of Public Works: Its Grants Lacked Oversight". An audit office's follow-up table groups the recommendations
 * it made under the title of each report, and each report title opens with the body audited; a careful reader gives
 * every recommendation under the heading that body as its owner and keeps the heading as the section. The name is
 * two to eight capitalised words and is a body's by its head noun: its last word ("Housing Agency"), or its first
 * when "of" or "for" follows ("Ministry of Health", "Department for Schools"), so "Executive Summary: …" or
 * "Phase Two: …" name no one. Null for any other line, for a numbered or bulleted line, and when nothing follows
 * the colon.
 *
 * @example
 * ownerOpeningHeading('Board of Public Works: Its Grants Lacked Oversight') // 'Board of Public Works'
 * ownerOpeningHeading('Executive Summary: what we found') // null
 */
export function ownerOpeningHeading(line: string): string | null {
  const text = collapseWhitespace(line.slice(0, maxLength + 1))
  if (text.length > maxLength || !/^[A-Z]/.test(text) || peelRef(text) !== null) return null
  const colon = text.indexOf(': ')
  if (colon < 0 || text.slice(colon + 2).trim() === '') return null
  const name = text.slice(0, colon)
  const words = name.split(' ')
  // "Lead: …", "Owner: …": a one-word label line, read by the owner-label readers.
  if (words.length < 2 || words.length > maxNameWords) return null
  for (const word of words) if (!nameWord.test(word) && !joiningWord.test(word)) return null
  if (joiningWord.test(words[words.length - 1]!)) return null
  const last = words[words.length - 1]!
  const headFirst = words.length > 2 && /^(?:of|for)$/.test(words[1]!) && isRoleOrBodyWord(words[0]!)
  return isRoleOrBodyWord(last) || headFirst ? name : null
}
