import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { taskLineOf } from './readTaskListItems'
import type { OtherCell } from './statusInOtherColumn'

/** A line that heads a checklist of stages: "## Status", "Status:", "Progress". Anchored and bounded. */
const stagesHeading =
  /^\s{0,3}(?:#{1,6}\s{0,3})?(?:current\s{1,3})?(?:status|progress|stage)\s{0,3}:?\s{0,3}$/i

/** A checklist of stages offers at least two boxes. */
const minBoxes = 2
/** A cell is read only up to this many lines: a templated task body, not a document. */
const maxLines = 200

/**
 * With no status column, a cell (a task's body, as an issue tracker's export writes it) holding a checklist of
 * stages under a line naming the status ("## Status" over "- [ ] Started", "- [x] Under review", "- [ ] Awaiting
 * feedback"): the ticked stage is the action's status (the last ticked one, when several are); with no box ticked,
 * no stage has been reached and the work is not started. At least two boxes, and at least one of them a status
 * word, so a list of sub-tasks ("## Status" over "- [ ] Book the room") is never read as stages. A ticked box
 * whose words name no state says nothing. Returns the status and its cell, or null.
 *
 * @example
 * statusChecklistInCell([{ text: '## Status\n- [x] In progress\n- [ ] Done', column: 4, header: 'body' }])?.status.state
 * // 'in-progress'
 */
export function statusChecklistInCell(
  cells: readonly OtherCell[],
): { readonly status: Status; readonly cell: OtherCell } | null {
  for (const cell of cells) {
    if (!cell.text.includes('[')) continue
    const boxes = checklistUnderHeading(cell.text)
    if (boxes === null || boxes.length < minBoxes) continue
    const stages = boxes.map((box) => ({ ...box, status: parseStatus(box.text) }))
    if (!stages.some((stage) => stage.status.state !== 'unknown')) continue
    const ticked = stages.filter((stage) => stage.ticked)
    if (ticked.length === 0) {
      const status: Status = {
        text: 'No stage ticked',
        state: 'not-started',
        completedOn: null,
        percent: null,
        reportedRag: null,
        note: null,
      }
      return { status, cell }
    }
    const last = ticked[ticked.length - 1]!
    if (last.status.state === 'unknown') continue
    return { status: { ...last.status }, cell }
  }
  return null
}

/** The boxes listed right under the cell's first line naming the status, blank lines aside; null without one. */
function checklistUnderHeading(text: string): { ticked: boolean; text: string }[] | null {
  const lines = text.split('\n', maxLines)
  const heading = lines.findIndex((line) => line.length <= 40 && stagesHeading.test(line))
  if (heading < 0) return null
  const boxes: { ticked: boolean; text: string }[] = []
  for (const line of lines.slice(heading + 1)) {
    if (line.trim() === '') {
      if (boxes.length > 0) break
      continue
    }
    const box = taskLineOf(line.trim())
    if (box === null) break
    boxes.push(box)
  }
  return boxes
}
