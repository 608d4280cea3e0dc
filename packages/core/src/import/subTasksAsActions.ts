import { hasText } from '../text/cleanCellText'

/** "Task", "Tasks": the header of the work column of a to-do list. */
const workHeader = /^\s{0,3}tasks?\s{0,3}$/i
/**
 * "Sub-tasks", "Subtask": the header of the column of the steps under each task. A plan's "Action | Sub-action"
 * columns are read otherwise: there the action is the objective its sub-actions serve, written once beside the first
 * of them, a heading rather than a piece of work of its own (`actionAsOwnSubAction`).
 */
const subHeader = /^\s{0,3}sub[\s-]?tasks?\s{0,3}$/i
/** Rows searched for the header. */
const headerRows = 50

/**
 * A to-do table headed "Task | Sub-tasks": each task on a row of its own, each sub-task on a row of its own below its
 * task with the task cell left empty, as a group's to-do list nests its work. Every sub-task is a piece of work to
 * track, so a careful reader lists it as an action of its own, not as a continuation of the task above. Each
 * sub-task is moved into the task column, the row keeping its own status, owners and dates; a row holding a task and
 * its first sub-task together gives two rows, the task with the row's other cells and the sub-task alone. The table
 * itself when it has no such header, or no sub-task.
 *
 * @example
 * subTasksAsActions([['Task', 'Sub-tasks', 'Who'], ['Paint the hall', '', 'Ana'], ['', 'Buy the paint', 'Tom']])[2]
 * // ['Buy the paint', '', 'Tom']
 */
export function subTasksAsActions(table: readonly (readonly string[])[]): readonly (readonly string[])[] {
  let header = -1
  let task = -1
  for (let index = 0; index < Math.min(table.length, headerRows) && header < 0; index++) {
    const row = table[index]!
    for (let c = 0; c + 1 < row.length; c++) {
      if (workHeader.test(row[c]!) && subHeader.test(row[c + 1]!)) {
        header = index
        task = c
        break
      }
    }
  }
  if (header < 0) return table
  const sub = task + 1
  if (!table.slice(header + 1).some((row) => hasText(row[sub] ?? ''))) return table
  const out: (readonly string[])[] = table.slice(0, header + 1)
  for (const row of table.slice(header + 1)) {
    const step = row[sub] ?? ''
    if (!hasText(step)) {
      out.push(row)
      continue
    }
    if (!hasText(row[task] ?? '')) {
      const moved = [...row]
      moved[task] = step
      moved[sub] = ''
      out.push(moved)
      continue
    }
    const own = [...row]
    own[sub] = ''
    out.push(own)
    const alone = row.map(() => '')
    alone[task] = step
    out.push(alone)
  }
  return out
}
