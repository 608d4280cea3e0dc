import { parseTargetDate } from '../dates/parseTargetDate'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { ITEM_NUMBER, ITEM_REF, NOT_A_YEAR } from './itemMark'
import { oneColumnRecords } from './oneColumnRecords'
import { filledCellCount } from './filledCellCount'

/**
 * "Objective 2", "Priority 3:", "Aim 1." alone on its line: the label that opens a block. Not a year: "Objectives
 * 2030", "Goal 2030" heads the period the plan runs to.
 */
const blockLabel = new RegExp(
  String.raw`^(?:objective|priority|aim|goal|outcome)[ \t]{1,3}(${NOT_A_YEAR}${ITEM_NUMBER})[.:]?$`,
  'i',
)
/**
 * "2", "3.1": the number joinRefLabelRows moved out of a label such as "Objective 2" into a cell of its own. Not a
 * year of its own: a "2030" beside a line is its period.
 */
const joinedRef = new RegExp(`^${NOT_A_YEAR}${ITEM_REF}$`)
/** "Target groups:", "Monitoring and evidence:": a short label over the lines below it. */
const fieldLabel = /^[A-Z][^:]{0,60}:$/
/** A date line opens with its date: a month, a season, a term, a year or a day, or "by", "end of", "ongoing". */
const opensWithDate =
  /^(?:\d|(?:by|end|ongoing|spring|summer|autumn|fall|winter|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)/i
/** A date line is short; a longer line with a date in it is a step. */
const maxDateWords = 6
/** A block gives its target on a line or two; past this many, a line is read as a step without parsing it. */
const maxDateLines = 2
/** The objective's statement says what is to be done: a few words at least. */
const minStatementWords = 4
/** At least this many blocks make the layout. */
const minBlocks = 2

interface ObjectiveBlock {
  /** The label's row; the statement's own row when the label was joined to it. */
  readonly labelRow: number
  readonly ref: string
  readonly statementRow: number
  readonly statement: string
  readonly dates: string[]
  readonly details: string[]
  readonly detailRows: number[]
}

/**
 * Reads a one-column page of objective blocks, as a school's equality plan sets them out: a label line
 * "Objective 2", the objective's statement on the line below, then its own lines (labelled lists such as "Target
 * groups:" or "Monitoring and evidence:", unlabelled steps, and a date line alone: "March 2019", "Summer term
 * 2020 and ongoing"). A careful reader takes each block as one action: the statement is its title, the number
 * its ref, the date line its target and every other line its description. Lines above the first block are the
 * title rows; the last block runs to the end of the page. Returns null unless there are at least two blocks,
 * each with a statement and at least one line of its own, and every filled row is one cell.
 *
 * @example
 * readObjectiveBlocks([
 *   ['Technician plan'], ['Objective 1'], ['Make technicians visible on the web.'], ['Photograph each team'],
 *   ['June 2025'], ['Objective 2'], ['Grow the apprentice scheme each year.'], ['Hire two apprentices'],
 * ])?.rows[2] // ['1. Make technicians visible on the web.', 'June 2025', 'Photograph each team']
 */
export function readObjectiveBlocks(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  // A label joined to its statement by joinRefLabelRows is the statement with the number in a last cell.
  const width = table.reduce((max, row) => Math.max(max, row.length), 0)
  const lines: { index: number; text: string; ref: string | null }[] = []
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    const filled = filledCellCount(row)
    if (filled === 0) continue
    if (!hasText(row[0] ?? '')) return null
    const joined = filled === 2 && width > 1 && row.length === width && joinedRef.test(row[width - 1]!.trim())
    if (filled > 1 && !joined) return null
    lines.push({ index, text: collapseWhitespace(row[0]!), ref: joined ? row[width - 1]!.trim() : null })
  }
  const blocks: ObjectiveBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const label = line.ref === null ? blockLabel.exec(line.text) : null
    const statement = label === null ? line : lines[i + 1]
    if (line.ref !== null || label !== null) {
      if (statement === undefined || !isStatement(statement.text)) return null
      blocks.push({
        labelRow: line.index,
        ref: line.ref ?? label![1]!,
        statementRow: statement.index,
        statement: statement.text,
        dates: [],
        details: [],
        detailRows: [],
      })
      if (label !== null) i++
      continue
    }
    const block = blocks.at(-1)
    if (block === undefined) continue
    if (block.dates.length < maxDateLines && isDateLine(line.text)) block.dates.push(line.text)
    else block.details.push(line.text)
    block.detailRows.push(line.index)
  }
  if (blocks.length < minBlocks || blocks.some((block) => block.detailRows.length === 0)) return null

  const top = blocks[0]!.labelRow
  const mergedRows: number[] = []
  for (const block of blocks) {
    const rowsOfBlock =
      block.labelRow === block.statementRow ? block.detailRows : [block.labelRow, ...block.detailRows]
    for (const row of rowsOfBlock) mergedRows.push(row + 1)
  }
  // The number opens the action cell, to be peeled as any typed ref is.
  const records = blocks.map((block) => ({
    index: block.statementRow,
    cells: [`${block.ref}. ${block.statement}`, block.dates.join('\n'), block.details.join('\n')],
  }))
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Timescale', 'Steps'], records, {
    mergedRows,
    titleEvidence:
      'the statement below each "Objective N" label of a one-column page, its date line the target and its other lines the description',
  })
}

/** The objective's statement: a few words, not a label, a date or another block's label. */
function isStatement(text: string): boolean {
  return (
    text.split(' ').length >= minStatementWords &&
    !fieldLabel.test(text) &&
    !blockLabel.test(text) &&
    !isDateLine(text)
  )
}

/** "March 2018", "Summer term 2020 and ongoing", "By July 2021": a line that is only a date. */
function isDateLine(text: string): boolean {
  if (text.split(' ').length > maxDateWords || !opensWithDate.test(text)) return false
  return parseTargetDate(text.slice(0, 200), {}).kind !== 'unknown'
}
