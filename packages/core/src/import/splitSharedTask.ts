import { collapseWhitespace } from '../text/cleanCellText'
import type { ActionDraft } from './buildAction'

/** A task is everyone's when at least this many action cells are that task alone. */
const minSharing = 2
/** A cell longer than this is a paragraph, not a short task list: it is never split. */
const maxCell = 400

/** The way two cells are compared: case, spacing and a closing full stop aside. */
function key(text: string): string {
  return collapseWhitespace(text).replace(/\.$/, '').toLowerCase()
}

/**
 * The tasks a work list by person gives everyone: the action cells that stand alone, word for word, on at least two
 * rows ("Do their own user stories in the team Jira" on four members' rows), as keys for {@link splitSharedTask}.
 *
 * @example
 * sharedTasks(['Book the hall, update the wiki', 'Update the wiki', 'Update the wiki.']) // Set { 'update the wiki' }
 */
export function sharedTasks(cells: readonly string[]): ReadonlySet<string> {
  const counts = new Map<string, number>()
  for (const cell of cells) {
    if (cell.trim() === '' || cell.length > maxCell || cell.includes('\n')) continue
    const at = key(cell)
    counts.set(at, (counts.get(at) ?? 0) + 1)
  }
  return new Set([...counts].filter(([, count]) => count >= minSharing).map(([task]) => task))
}

/**
 * Splits an action cell that ends, after a comma, with a task the list gives everyone ("Need to add Josh in
 * Bitbucket, do their own user stories in the team Jira" beside rows reading "Do their own user stories in the team
 * Jira"): the person's own work and the shared task are two actions, sharing the row's other cells (its owner). A
 * cell whose text after its last comma is no shared task, or that is the shared task alone, comes back whole.
 *
 * @example
 * splitSharedTask(draft, new Set(['update the wiki'])).map((d) => d.cells.get('title')?.text)
 * // ['Book the hall', 'update the wiki']
 */
export function splitSharedTask(draft: ActionDraft, shared: ReadonlySet<string>): ActionDraft[] {
  const title = draft.cells.get('title')
  if (draft.verbatim || title === undefined || shared.size === 0) return [draft]
  const text = title.text.trim()
  if (text.length > maxCell || text.includes('\n')) return [draft]
  const comma = text.lastIndexOf(', ')
  if (comma <= 0) return [draft]
  const own = text.slice(0, comma).trim()
  const task = text.slice(comma + 2).trim()
  if (own === '' || !shared.has(key(task)) || shared.has(key(text))) return [draft]
  return [own, task].map((part) => {
    const cells = new Map(draft.cells)
    cells.set('title', { ...title, text: part })
    return { ...draft, cells }
  })
}
