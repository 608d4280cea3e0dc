import type { FlattenedActionTables } from './flattenActionTables'
import { readActionItemsWithStatusLines } from './readActionItemsWithStatusLines'
import { readIntentImplementationImpact } from './readIntentImplementationImpact'
import { readLabelCellRecords } from './readLabelCellRecords'
import { readListsUnderLabels } from './readListsUnderLabels'

/**
 * The layout readers added in round 11 for actions the importer did not find, tried in order after every earlier reader
 * (so a table another reader takes keeps its reading): an Intent / Implementation / Impact grid ({@link
 * readIntentImplementationImpact}), meeting action items each closed by a status line ({@link
 * readActionItemsWithStatusLines}), records of label cells beside value cells ({@link readLabelCellRecords}) and
 * numbered actions each over labelled lists ({@link readListsUnderLabels}).
 *
 * @example
 * readRound11Layouts([['Intent', 'Implementation', 'Impact'], ['Aim', '1. Do a\n2. Do b', 'Seen']])?.rows.length // 3
 */
export function readRound11Layouts(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  return (
    readIntentImplementationImpact(table) ??
    readActionItemsWithStatusLines(table) ??
    readLabelCellRecords(table) ??
    readListsUnderLabels(table)
  )
}
