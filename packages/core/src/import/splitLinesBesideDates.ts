import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import { textLines } from '../text/cleanCellText'
import type { ActionDraft } from './buildAction'
import type { DraftCell } from './readDraftCells'

/** Fewer words than this make a line a label ("Skills map" over its explanation), not an action. */
const minLineWords = 3
/** A date cell's line is short: a date, a status word, "July 2031 and ongoing"; a sentence is a remark. */
const maxDateLineLength = 40
const maxDateLineWords = 5
/** Longer cells are prose, not lists typed one item a line. */
const maxCellLength = 4_000
/** A header naming the work done ("Action", "Steps", "Activities"): a description column that lists the work. */
const namesWork = /\b(?:actions?|steps|activit(?:y|ies)|tasks?|measures|responses?)\b/i
/** An item opens with a letter, a digit or a quote; "** This will …" is a note on the line above. */
const opensItem = /^["'“‘\p{L}\d]/u
/** "• ", "- ", "· " opening a line. Anchored and bounded. */
const bulletMark = /^[•·▪*–-][ \t]{1,12}/

/** A line of a date cell that times one item: a date read with some confidence, or a status word ("Ongoing"). */
function timesItem(line: string): boolean {
  if (line.length > maxDateLineLength || line.split(' ', maxDateLineWords + 1).length > maxDateLineWords)
    return false
  const date = parseTargetDate(line, {})
  // A date, a span, work begun ("July 2031 and ongoing"), done or ongoing: any reading of the line as a time.
  if (date.kind !== 'unknown' && date.confidence >= 0.5) return true
  // The whole line a status word: no remark left beside it.
  const status = parseStatus(line)
  return status.state !== 'unknown' && status.note === null
}

/**
 * Splits a row whose work cell holds two or more items one a line, beside a date cell holding exactly as many
 * lines, each a date or a status word ("Ongoing", "Complete", "July 2031"), as a response plan lists the steps it
 * takes on a recommendation and times each on the same line of the next column: "Meet the regional boards⏎Draft
 * the joint plan" beside "Ongoing⏎December 2031". Each line is an action dated by the line beside it, keeping
 * the row's ref and other cells. The work cell is the action cell when the row has no description (a description
 * naming the item, "Skills Mapping Project", makes the lines its steps), or, when the action cell is a single
 * paragraph and the description cell's lines are the ones that line up, the description: the action cell then
 * states the recommendation the steps answer, kept as each step's description. Each line is three words or more
 * ("Skills map" over its explanation is a label, not a step). A row whose lines do not line up, a
 * verbatim (canonical) draft, and a row with a single date come back as they were.
 *
 * @example
 * splitLinesBesideDates(draft).map((d) => d.cells.get('target')?.text) // ['Ongoing', 'December 2031']
 */
export function splitLinesBesideDates(draft: ActionDraft): ActionDraft[] {
  const target = draft.cells.get('target')
  const title = draft.cells.get('title')
  if (draft.verbatim || target === undefined || title === undefined) return [draft]
  if (target.text.length > maxCellLength || !target.text.includes('\n')) return [draft]
  const dates = textLines(target.text)
  if (dates.length < 2) return [draft]
  const description = draft.cells.get('description')
  // A description naming the item ("Skills Mapping Project") makes the action cell's lines its steps, one action.
  const work = linesOf(title, dates.length)
    ? description === undefined
      ? title
      : null
    : description !== undefined &&
        namesWork.test(description.header) &&
        !title.text.trim().includes('\n') &&
        linesOf(description, dates.length)
      ? description
      : null
  if (work === null || !dates.every(timesItem)) return [draft]
  const items = textLines(work.text).map((line) => line.replace(bulletMark, ''))
  // Names typed one a line beside them are paired too ("Policy team⏎Board"); a single name leads every line.
  const owners = draft.cells.get('owners')
  const ownerLines = owners === undefined ? [] : textLines(owners.text)
  const pairOwners = ownerLines.length === items.length
  // "3.1a Send the draft" beside "3.1a JW" and "3.1a May 2031": each line keyed by the same sub-number in every cell.
  const keys = sharedKeys([items, dates, ...(pairOwners ? [ownerLines] : [])])
  const ref = draft.cells.get('ref')
  return items.map((item, i) => {
    const cells = new Map(draft.cells)
    const key = keys?.[i]
    const unkeyed = (line: string) => (key === undefined ? line : line.slice(key.length).trim())
    cells.set('title', { ...title, text: unkeyed(item) })
    if (work !== title) cells.set('description', { ...work, text: title.text })
    cells.set('target', { ...target, text: unkeyed(dates[i]!) })
    if (pairOwners) cells.set('owners', { ...owners!, text: unkeyed(ownerLines[i]!) })
    if (key !== undefined) cells.set('ref', { ...(ref ?? { column: title.column, header: '' }), text: key })
    return { ...draft, cells, extra: draft.extra.map((cell) => ({ ...cell })) }
  })
}

/** Whether a cell holds exactly `count` items one a line, each of a few words. */
function linesOf(cell: DraftCell, count: number): boolean {
  if (cell.text.length > maxCellLength) return false
  const lines = textLines(cell.text)
  return (
    lines.length === count &&
    lines.every((line) => {
      const item = line.replace(bulletMark, '')
      return opensItem.test(item) && item.split(' ', minLineWords).length >= minLineWords
    })
  )
}

/** "3.1a ", "2.4 ", "12.1.3 ": a sub-item's number opening a line of a cell, then a space. Group 1 is the number. */
const subNumber = /^(\d{1,3}(?:\.\d{1,3}){1,3}[a-z]?)\s{1,3}(?=\S)/

/**
 * The sub-numbers keying the lines of a row's cells ("3.1a Send the draft" beside "3.1a JW" and "3.1a May 2031"), one
 * per line, when every line of every cell opens with one, the cells agree line by line and no number repeats; else
 * null.
 */
function sharedKeys(cells: readonly (readonly string[])[]): string[] | null {
  const keys: string[] = []
  for (const line of cells[0]!) {
    const key = subNumber.exec(line)?.[1]
    if (key === undefined) return null
    keys.push(key)
  }
  if (new Set(keys).size < keys.length) return null
  for (const lines of cells.slice(1))
    if (lines.some((line, i) => subNumber.exec(line)?.[1] !== keys[i])) return null
  return keys
}
