import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import { hasText } from '../text/cleanCellText'

/** Owner cells are short: a longer cell is prose, whatever its layout. */
const maxLength = 400
const maxWords = 7

/**
 * True when a cell is two or more short names or roles, one a paragraph with blank lines between
 * ("Housing team⏎⏎All teams (led by the board)⏎⏎Policy team"): the leads of the items in the cell beside
 * it, typed as Word paragraphs instead of bullets. A paragraph that reads as a date or a status, or ends
 * like a sentence, is not a name.
 *
 * @example
 * isNameParagraphs('Housing team\n\nPolicy & Engagement team') // true
 * isNameParagraphs('April 2023\n\nMarch 2023') // false
 */
export function isNameParagraphs(cell: string): boolean {
  if (cell.length > maxLength) return false
  const paragraphs = cell.split(/\r?\n[ \t]*\r?\n/).filter(hasText)
  if (paragraphs.length < 2) return false
  return paragraphs.every((paragraph) => {
    const text = paragraph.trim()
    if (text.includes('\n') || text.split(/\s+/).length > maxWords || /[.!?;:]$/.test(text)) return false
    return parseTargetDate(text).kind === 'unknown' && parseStatus(text).state === 'unknown'
  })
}
