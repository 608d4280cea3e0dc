import { hasText } from '../text/cleanCellText'
import type { ColumnField } from './columnSynonyms'

/** Fields a column of actions could have been read as: prose about the action, not its date, lead or state. */
const proseFields: readonly ColumnField[] = ['successMeasures', 'description', 'notes']
/** A column of actions averages at least this many words a cell. */
const minActionWords = 4

/** Where {@link actionsUnderGroupLabel} found the actions, and the field that column was read as before. */
export interface ActionsUnderGroupLabel {
  /** 0-based column holding the actions. */
  readonly actions: number
  /** The field the actions column had been given ("successMeasures" for "Deliverable"). */
  readonly was: ColumnField
  /** How many rows below a group's first row carry an action with its own date or lead. */
  readonly underGroup: number
}

/**
 * The column named as the action holds a statement written once over several rows (a merged cell in the
 * source), while a prose column right of it ("Deliverable", "Steps") is filled on every row, and the rows
 * where the named column is empty still carry their own date or lead. A reader reads each of those rows as an
 * action and the statement as its group label. Returns the actions column, or null when the named column is
 * filled on as many rows as not, or the rows under it carry no date or lead of their own.
 *
 * @example
 * actionsUnderGroupLabel(new Map([['title', 0], ['successMeasures', 1], ['target', 2]]), [
 *   ['Grow skills', 'Map the training needs of every team', 'May 2023'],
 *   ['', 'Fund two courses for each team', 'June 2024'],
 *   ['', 'Report uptake to the forum each term', 'July 2024'],
 * ]) // { actions: 1, was: 'successMeasures', underGroup: 2 }
 */
export function actionsUnderGroupLabel(
  fields: ReadonlyMap<ColumnField, number>,
  body: readonly (readonly string[])[],
): ActionsUnderGroupLabel | null {
  const title = fields.get('title')
  if (title === undefined || fields.has('section')) return null
  const dated = ['target', 'owners'].flatMap((field) => {
    const column = fields.get(field as ColumnField)
    return column === undefined ? [] : [column]
  })
  if (dated.length === 0) return null
  for (const was of proseFields) {
    const actions = fields.get(was)
    if (actions === undefined || actions < title) continue
    let groups = 0
    let underGroup = 0
    let words = 0
    let filled = 0
    for (const row of body) {
      const action = row[actions] ?? ''
      if (!hasText(action)) continue
      filled++
      words += action.trim().split(/\s+/).length
      if (hasText(row[title] ?? '')) groups++
      else if (dated.some((column) => hasText(row[column] ?? ''))) underGroup++
    }
    if (groups === 0 || underGroup < 2 || underGroup <= groups) continue
    if (underGroup + groups < filled || words < filled * minActionWords) continue
    return { actions, was, underGroup }
  }
  return null
}
