import { hasText } from '../text/cleanCellText'
import type { ColumnField } from './columnSynonyms'
import type { ColumnMap } from './mapColumns'
import { filledCellCount } from './filledCellCount'

/**
 * A pillar column written once per group of actions (a merged cell in the source: "VISIBILITY" beside the first of
 * eight actions, then blanks): filled on the first action row and on at most half the action rows, never on a
 * row of several cells without an action. Its empty cells then take the pillar above.
 */
function isMergedPillarColumn(
  rows: readonly (readonly string[])[],
  headerIndex: number,
  map: ColumnMap,
): boolean {
  const pillarIndex = map.fields.get('pillars')
  const titleIndex = map.fields.get('title')
  if (pillarIndex === undefined || titleIndex === undefined || map.flags.length > 0) return false
  let actionRows = 0
  let pillarRows = 0
  let firstActionHasPillar: boolean | null = null
  for (const row of rows.slice(headerIndex + 1)) {
    const hasPillar = hasText(row[pillarIndex] ?? '')
    if (!hasText(row[titleIndex] ?? '')) {
      // A caption or heading alone on its row is not part of the column; a pillar beside other cells but no
      // action is.
      if (hasPillar && filledCellCount(row) > 1) return false
      continue
    }
    actionRows++
    if (hasPillar) pillarRows++
    firstActionHasPillar ??= hasPillar
  }
  return firstActionHasPillar === true && pillarRows >= 2 && pillarRows * 2 <= actionRows
}

/**
 * The fields whose empty cells take the value above, read from the table itself: merged cells that the export
 * wrote as blanks (a pillar written once per group of actions, an owner written once beside its group label).
 * `tableToPlan` fills them down when the caller does not say which fields to fill (`fillDown`).
 *
 * @example
 * ```ts
 * mergedColumns(rows, 0, map) // Set { 'pillars' } for "VISIBILITY" beside the first of eight actions, then blanks
 * ```
 */
export function mergedColumns(
  rows: readonly (readonly string[])[],
  headerIndex: number,
  map: ColumnMap,
): Set<ColumnField> {
  const fields = new Set<ColumnField>()
  if (isMergedPillarColumn(rows, headerIndex, map)) fields.add('pillars')
  if (isOwnerMergedWithGroup(rows, headerIndex, map)) fields.add('owners')
  if (isMergedDateColumn(rows, headerIndex, map)) fields.add('target')
  return fields
}

/**
 * An owner written once per group, beside its group label (an objective over several actions, both merged cells in
 * the source): the owners column is filled only on rows that start a group, and at least two action rows below a
 * group's first have neither. Those rows share the group's owner.
 */
function isOwnerMergedWithGroup(
  rows: readonly (readonly string[])[],
  headerIndex: number,
  map: ColumnMap,
): boolean {
  const ownersIndex = map.fields.get('owners')
  // A group opens with its label, or, with no group column, with its number: "1" beside a recommendation and its
  // first action, then blanks beside the recommendation's other actions.
  const groupIndex = map.fields.get('section') ?? map.fields.get('ref')
  const titleIndex = map.fields.get('title')
  if (ownersIndex === undefined || groupIndex === undefined || titleIndex === undefined) return false
  let ownerRows = 0
  let underGroup = 0
  for (const row of rows.slice(headerIndex + 1)) {
    const hasOwner = hasText(row[ownersIndex] ?? '')
    const startsGroup = hasText(row[groupIndex] ?? '')
    if (hasOwner && !startsGroup) return false
    if (hasOwner) ownerRows++
    if (!startsGroup && !hasOwner && hasText(row[titleIndex] ?? '')) underGroup++
  }
  return ownerRows >= 1 && underGroup >= 2
}

/**
 * A timeline's date column, left of what happens, written once for the events of the same date (a merged cell in the
 * source: "March 2031 | Survey sent out" over " | Survey results read"): the first event has its date, most events
 * have one, and an event with none sits right below a dated one or another such event. Those events share the date
 * above.
 */
function isMergedDateColumn(
  rows: readonly (readonly string[])[],
  headerIndex: number,
  map: ColumnMap,
): boolean {
  const targetIndex = map.fields.get('target')
  const titleIndex = map.fields.get('title')
  if (targetIndex === undefined || titleIndex === undefined || targetIndex > titleIndex) return false
  if (map.flags.length > 0 || map.blocks.length > 0) return false
  let dated = 0
  let undated = 0
  let firstHasDate: boolean | null = null
  for (const row of rows.slice(headerIndex + 1)) {
    if (!hasText(row[titleIndex] ?? '')) {
      // A date alone on its row heads the events below it: the column is not written once per group.
      if (hasText(row[targetIndex] ?? '')) return false
      continue
    }
    const hasDate = hasText(row[targetIndex] ?? '')
    firstHasDate ??= hasDate
    if (hasDate) dated++
    else undated++
  }
  return firstHasDate === true && undated >= 1 && dated >= 2 && dated >= undated * 2
}
