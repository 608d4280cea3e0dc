import type { ActionDraft } from './buildAction'
import { cellText } from './readDraftCells'
import { ownerAtStart } from './ownerAtStart'

/**
 * Whether a lone action cell is one more owner-led task like the action right above it, not a heading: both open
 * with who does the work ("Allison to review …" over "Allison to send …", "Bert will follow up …"), as a committee's
 * list of outstanding tasks writes every item, its status margin left blank on follow-on tasks. A heading never
 * opens with a name before "to" or "will".
 *
 * @example
 * // `above` is the draft of the row above, whose title cell reads "Allison to review the draft."
 * ownerLedLikeAbove('Allison to send the note once she hears back.', above) // true
 * ownerLedLikeAbove('Completed tasks', above) // false
 */
export function ownerLedLikeAbove(text: string, above: ActionDraft): boolean {
  return (
    ownerAtStart(text, 'name-first') !== null &&
    ownerAtStart(cellText(above.cells, 'title'), 'name-first') !== null
  )
}
