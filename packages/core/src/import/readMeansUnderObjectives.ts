import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** "Why:", "Success looks like:", "Fall Update:": a label line, a few words closing with a colon. Bounded. */
const labelLine = /^[^:.!?]{1,40}:$/
/** A label has at most this many words. */
const maxLabelWords = 5
/** "How:", "Actions:", "Steps:", "What we will do:": the label over the work done towards the objective. */
const meansLabel = /^(?:how|actions?|steps|activities|tasks|what we will do)(?: we will do it)?:$/i
/** "Fall Update:", "Progress:", "Spring update:", "Status:": the label over what was done so far. */
const updateLabel = /\b(?:update|updates|progress|status)\b/i
/** At least this many objectives, each over its labels. */
const minBlocks = 2

function isLabel(text: string): boolean {
  return labelLine.test(text) && text.split(' ').length <= maxLabelWords
}

/**
 * Reads a one-column page of objectives each followed by the same labelled parts, as teams write their yearly
 * objectives: "Improve how readers find our pages" over "Why:" and its reason, "How:" over the work to do one a
 * line, "Success looks like:" over the aim, then "Fall Update:" and "Spring Update:" over what was done. The lines
 * under the label naming the means ("How:", "Actions:", "Steps:", "Activities:", "Tasks:") are the actions, each
 * with the objective above the block's first label as its section; an objective worked on by one action alone
 * gives it the lines under its update labels as notes (several actions share them, so none takes them). The
 * reasons, aims and other labelled lines are not actions; the lines above the first objective are the title rows.
 * Returns null unless the page is one column with at least two objectives, each opening with the same label, and
 * each with a means label over at least one line.
 *
 * @example
 * readMeansUnderObjectives([
 *   ['Team goals'], ['Faster pages'], ['Why:'], ['Readers leave slow pages'], ['How:'], ['Shrink the images'],
 *   ['Safer forms'], ['Why:'], ['Spam reaches us'], ['How:'], ['Add a check box'],
 * ])?.rows.slice(1, 3) // [['Action', 'Section', 'Notes'], ['Shrink the images', 'Faster pages', '']]
 */
export function readMeansUnderObjectives(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null || lines.length < 6) return null
  // The label opening each block is the first label the page writes twice, with an objective line above it.
  const seen = new Set<string>()
  let opening = ''
  for (let at = 1; at < lines.length && opening === ''; at++) {
    const text = lines[at]!.text
    if (!isLabel(text)) continue
    const key = text.toLowerCase()
    if (seen.has(key) && !isLabel(lines[at - 1]!.text)) opening = key
    seen.add(key)
  }
  if (opening === '') return null
  const starts: number[] = []
  for (let at = 1; at < lines.length; at++)
    if (lines[at]!.text.toLowerCase() === opening && !isLabel(lines[at - 1]!.text)) starts.push(at - 1)
  if (starts.length < minBlocks) return null

  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  for (let block = 0; block < starts.length; block++) {
    const start = starts[block]!
    const end = block + 1 < starts.length ? starts[block + 1]! : lines.length
    const objective = lines[start]!.text
    sectionRows.push(lines[start]!.index + 1)
    const means: PageLine[] = []
    const updates: string[] = []
    let label = ''
    for (let at = start + 1; at < end; at++) {
      const line = lines[at]!
      if (isLabel(line.text)) {
        label = line.text
        skippedRows.push(line.index + 1)
      } else if (meansLabel.test(label)) means.push(line)
      else {
        if (updateLabel.test(label))
          updates.push(`${lines[at - 1]!.text === label ? `${label} ` : ''}${line.text}`)
        skippedRows.push(line.index + 1)
      }
    }
    if (means.length === 0) return null
    const notes = means.length === 1 ? updates.join('\n') : ''
    for (const line of means) records.push({ index: line.index, cells: [line.text, objective, notes] })
  }
  const top = lines[starts[0]!]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Section', 'Notes'], records, {
    mergedRows: [],
    sectionRows,
    skippedRows,
    titleEvidence:
      'each line under the "How:" label of an objective whose labelled parts repeat from one to the next',
  })
}
