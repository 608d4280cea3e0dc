import type { ActionDraft } from './buildAction'
import type { DraftCells } from './readDraftCells'
import { labelledBulletLines } from './labelledBulletLines'
import { aimOverBulletLines } from './aimOverBulletLines'
import { splitDatedLines } from './splitDatedLines'
import { BULLET_MARKS } from './bulletMarks'
import { restartedNumberLines } from './restartedNumberLines'

/** "- Review the survey", "• Run a forum", "·⇥Identify …" (Word's symbol bullet, padded with spaces or a tab): one
 * bulleted line. Anchored and bounded, so it cannot backtrack. */
const bulletLine = new RegExp(`^[ \\t]{0,8}[${BULLET_MARKS}][ \\t]{1,12}(?=\\S)`)

/**
 * Splits an action cell that is only a bulleted list ("- Review the survey⏎- Run a forum", two or more lines,
 * every one a bullet), or three or more one-line paragraphs set apart by blank lines (a list typed without
 * bullets), into one draft per item: each is an action of its own, sharing the row's other cells (its lead,
 * its dates). An action cell of several action lines beside a cell with as many lines is split line by line. A numbered row ("Action 1") is one action whose bullets are its steps; it, any
 * other draft and every verbatim (canonical) draft come back alone.
 *
 * @example
 * splitBulletedAction(draft).map((d) => d.cells.get('title')?.text) // ['Review the survey', 'Run a forum']
 */
export function splitBulletedAction(draft: ActionDraft): ActionDraft[] {
  const cell = draft.cells.get('title')
  if (draft.verbatim || cell === undefined) return [draft]
  // A numbered action ("Action 1") is one action, its bullets its steps; only lines each with a date of their
  // own are actions of their own.
  if ((draft.cells.get('ref')?.text.trim() ?? '') !== '') return splitDatedLines(draft) ?? [draft]
  const labelled = labelledBulletLinesOrAim(cell.text)
  const lines =
    bulletedLines(cell.text) ??
    labelled?.items ??
    restartedNumberLines(cell.text) ??
    paragraphItems(cell.text)
  if (lines === null) {
    // A group's name over its tasks, the cells beside lined up with them under a blank first line; else lines
    // beside a cell of as many lines split line by line; failing that, lines each with their own date.
    const grouped = splitGroupOverAlignedLines(draft)
    if (grouped !== null) return grouped
    const parallel = splitParallelLines(draft)
    return parallel.length > 1 ? parallel : (splitDatedLines(draft) ?? parallel)
  }
  // A list's label ("Policy:") heads its items, as a section row would.
  const section = labelled === null ? draft.section : (draft.section ?? labelled.label)
  const extra =
    labelled === null || section === labelled.label
      ? draft.extra
      : [...draft.extra, { name: cell.header || 'Label', value: labelled.label, column: cell.column }]
  // A cell beside the list with one line per item ("Mar 2026⏎June 2026⏎ongoing", "Finance⏎HR⏎Estates") says
  // each item's date or lead in the same order: each item takes its own line.
  const paired = lines.length >= 2 ? lineByLine(draft, lines.length) : null
  return lines.map((line, i) => {
    const own = paired === null ? null : paired(i)
    const cells = new Map(own?.cells ?? draft.cells)
    cells.set('title', { ...cell, text: line.replace(bulletLine, '').trim() })
    return { ...draft, section, cells, extra: own?.extra ?? extra.map((item) => ({ ...item })) }
  })
}

/** A label over its list ("Policy:"), or an aim sentence over items of its own: the label or aim heads the items. */
function labelledBulletLinesOrAim(text: string): { label: string; items: string[] } | null {
  const labelled = labelledBulletLines(text)
  if (labelled !== null) return labelled
  const led = aimOverBulletLines(text)
  return led === null ? null : { label: led.aim, items: led.items }
}

/**
 * The lines of a cell that is only a bulleted list (two or more lines, every one a bullet), else null.
 *
 * @example
 * bulletedLines('- Review the survey\n- Run a forum')?.length // 2
 * bulletedLines('Review the survey\n- Run a forum') // null
 */
export function bulletedLines(text: string): string[] | null {
  if (!text.includes('\n')) return null
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  return lines.length >= 2 && lines.every((line) => bulletLine.test(line)) ? lines : null
}

/** Fewer paragraphs than this are an action and its explanation, not a list. */
const minParagraphItems = 3

/**
 * The paragraphs of a cell written as three or more one-line paragraphs with a blank line between each, else
 * null: a list typed without bullets. A paragraph of several lines is prose, so the cell is not such a list.
 *
 * @example
 * paragraphItems('Run a survey.\n\nHold a forum.\n\nPublish the results.')?.length // 3
 * paragraphItems('Run a survey.\n\nIt goes to every technician.') // null
 */
export function paragraphItems(text: string): string[] | null {
  const paragraphs = text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
  if (paragraphs.length < minParagraphItems || paragraphs.some((p) => /\n/.test(p))) return null
  return paragraphs
}

/** Fewer words than this make a line a title or a label, not an action of its own. */
const minActionLineWords = 6

function nonEmptyLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '')
}

/**
 * An action cell of two or more lines, each an action of six words or more opening with a capital, beside a cell
 * of the row with exactly as many lines ("Head of Personnel⏎Head of Personnel", "All⏎All"): one action a line,
 * each taking the line of the same place from every cell with as many lines, and the whole of every other cell.
 * A row with a description (one named item, its lines the steps) and any other draft come back alone.
 */
function splitParallelLines(draft: ActionDraft): ActionDraft[] {
  const cell = draft.cells.get('title')!
  // A row whose description names one item ("Race Awareness Training") is that item: its lines are its steps.
  if ((draft.cells.get('description')?.text.trim() ?? '') !== '') return [draft]
  const lines = nonEmptyLines(cell.text).map((line) => line.trim())
  if (lines.length < 2) return [draft]
  const actionLike = (line: string) => /^[A-Z]/.test(line) && line.split(/\s+/).length >= minActionLineWords
  if (!lines.every(actionLike)) return [draft]
  const paired = lineByLine(draft, lines.length)
  if (paired === null) return [draft]
  return lines.map((line, i) => {
    const { cells, extra } = paired(i)
    cells.set('title', { ...cell, text: line })
    return { ...draft, cells, extra }
  })
}

/** A group's name: a short line of at most this many words over its tasks. */
const maxGroupNameWords = 4
/** A group over fewer tasks than this is a title over its explanation. */
const minGroupTasks = 2

/** The lines of a cell as written, each trimmed, blank ones kept (they hold a place), the trailing blanks cut. */
function placedLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim())
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

/**
 * An action cell naming a group on its first line over its tasks one a line ("Rooms⏎Book the hall⏎Order the
 * chairs"), beside cells that line their values up with the lines of the action cell, each opening with a blank
 * line that faces the group's name ("⏎3 May 2031⏎10 May 2031", "⏎Estates⏎Bursar"), as a team's schedule exported
 * from a wiki lays out several tasks to a row: one action a task, the group's name its section, each taking the
 * line in its place from every lined-up cell (nothing when that cell stops short: a status written only for the
 * first tasks) and the whole of every other cell. Needs two tasks or more, a name of at most four words, and one
 * lined-up cell with a value for every task. Null otherwise.
 */
function splitGroupOverAlignedLines(draft: ActionDraft): ActionDraft[] | null {
  const cell = draft.cells.get('title')!
  const lines = placedLines(cell.text)
  const tasks = lines.slice(1)
  const name = lines[0] ?? ''
  if (tasks.length < minGroupTasks || tasks.some((line) => line === '')) return null
  if (name === '' || name.split(/\s+/).length > maxGroupNameWords) return null
  // A cell lined up with the action's lines opens with the blank line facing the group's name.
  const linedUp = (text: string): string[] | null => {
    const placed = placedLines(text)
    return placed.length >= 2 && placed.length <= lines.length && placed[0] === '' ? placed : null
  }
  const others = [...draft.cells]
    .filter(([field]) => field !== 'title' && field !== 'ref')
    .map(([field, other]) => ({ field, other, lines: linedUp(other.text) }))
  const extras = draft.extra.map((item) => ({ item, lines: linedUp(item.value) }))
  const full = (placed: string[] | null) =>
    placed !== null && placed.length === lines.length && placed.slice(1).every((line) => line !== '')
  if (!others.some((o) => full(o.lines)) && !extras.some((e) => full(e.lines))) return null
  const section = draft.section ?? name
  const label = section === name ? [] : [{ name: cell.header || 'Group', value: name, column: cell.column }]
  return tasks.map((task, i) => {
    const cells = new Map(draft.cells)
    for (const { field, other, lines: placed } of others)
      if (placed !== null) cells.set(field, { ...other, text: placed[i + 1] ?? '' })
    cells.set('title', { ...cell, text: task })
    const extra = extras.map(({ item, lines: placed }) =>
      placed === null ? { ...item } : { ...item, value: placed[i + 1] ?? '' },
    )
    return { ...draft, section, cells, extra: [...extra, ...label] }
  })
}

/**
 * For a row split into `count` items: the cells and extras of item `i`, each cell of the row (other than the action
 * and its ref) with exactly `count` lines giving the item its line of the same place, every other cell whole.
 * Null when no cell has as many lines.
 */
function lineByLine(
  draft: ActionDraft,
  count: number,
): ((i: number) => { cells: DraftCells; extra: ActionDraft['extra'] }) | null {
  const linesOf = (text: string) => {
    const lines = nonEmptyLines(text)
    return lines.length === count ? lines : null
  }
  const others = [...draft.cells]
    .filter(([field]) => field !== 'title' && field !== 'ref')
    .map(([field, other]) => ({ field, other, lines: linesOf(other.text) }))
  const extras = draft.extra.map((item) => ({ item, lines: linesOf(item.value) }))
  if (!others.some((o) => o.lines !== null) && !extras.some((e) => e.lines !== null)) return null
  return (i) => {
    const cells = new Map(draft.cells)
    for (const { field, other, lines } of others)
      if (lines !== null) cells.set(field, { ...other, text: lines[i]!.trim() })
    const extra = extras.map(({ item, lines }) =>
      lines === null ? { ...item } : { ...item, value: lines[i]!.trim() },
    )
    return { cells, extra }
  }
}
