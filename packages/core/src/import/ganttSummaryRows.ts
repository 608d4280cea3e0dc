import type { DateContext } from '../model/targetDate'
import { hasText } from '../text/cleanCellText'

/** The columns of a task list exported from a scheduling tool: the task's name, the day it starts and the day it ends. */
export interface GanttColumns {
  readonly title: number
  readonly start: number
  readonly end: number
  /** The column the outline numbers were read into, when they stand apart from the names. */
  readonly ref?: number
}

/** The rows of a Gantt export that are not tasks of their own, by 0-based row. */
export interface GanttSummaryRows {
  /** Summary rows: the whole project, or a phase over the numbered tasks below it. Read as section headings. */
  readonly summaries: ReadonlySet<number>
  /** Zero-length markers of the project's start or end ("Start", "Inicio", "End"): no work to do. */
  readonly markers: ReadonlySet<number>
}

/** "1.1 Draft the plan", "2.3.1 Publish": a task named after its dotted outline number, and the number's depth. */
const outlineNumber = /^\s{0,3}(\d{1,3}(?:\.\d{1,3}){1,5})\.?\s/
/** A milestone named only as the start or the end of the project, in English or Spanish. */
const startOrEnd =
  /^\s{0,3}(?:(?:project|proyecto)\s{1,3})?(?:start|begin|kick-?off|end|finish|inicio|comienzo|fin|final|t[eé]rmino)(?:\s{1,3}(?:of|del?)\s{1,3}(?:the\s{1,3})?(?:project|proyecto))?\s{0,3}\.?\s{0,3}$/i
/** How many task rows below a row are compared with it to see a summary: enough to show a phase, few enough to stay linear. */
const lookahead = 3

/** "12/11/18", "29.03.2019", "Mon 12/11/18": a numeric day as scheduling tools print it, with the weekday if any.
 * Anchored, bounded: linear. */
const numericDay = /^\s{0,3}(?:\p{L}{2,4}\.?\s{1,3})?(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\s{0,3}$/u
/** "2018-11-12": an ISO day. */
const isoDay = /^\s{0,3}(\d{4})-(\d{2})-(\d{2})\s{0,3}$/

/** A cell naming one day as a sortable "YYYY-MM-DD", read in the plan's order of numeric dates; else null. Read
 * here rather than by the full date parser: only single days count, and a long schedule has two per row. */
function dayOf(cell: string, monthFirst: boolean): string | null {
  if (cell.length > 40) return null
  const iso = isoDay.exec(cell)
  if (iso !== null) return `${iso[1]}-${iso[2]}-${iso[3]}`
  const match = numericDay.exec(cell)
  if (match === null) return null
  const first = Number(match[1])
  const second = Number(match[3])
  const [day, month] = monthFirst ? [second, first] : [first, second]
  if (day < 1 || day > 31 || month < 1 || month > 12) return null
  const written = match[4]!
  const year = written.length === 4 ? Number(written) : 2000 + Number(written)
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** A row's span as two sortable days, when both its start and its end cells name a single day. */
function daySpan(
  row: readonly string[],
  columns: GanttColumns,
  monthFirst: boolean,
): { start: string; end: string } | null {
  const start = dayOf(row[columns.start] ?? '', monthFirst)
  const end = start === null ? null : dayOf(row[columns.end] ?? '', monthFirst)
  return start !== null && end !== null && start <= end ? { start, end } : null
}

/** A dotted outline number alone in a ref cell ("1.2", "2.3.1."). */
const outlineRef = /^\s{0,3}(\d{1,3}(?:\.\d{1,3}){1,5})\.?\s{0,3}$/

/** The dotted outline number of a task ("1.2"), from its ref cell or the opening of its name, else null. */
function outlineOf(row: readonly string[], columns: GanttColumns): string | null {
  const ref = columns.ref === undefined ? '' : (row[columns.ref] ?? '')
  if (hasText(ref)) return outlineRef.exec(ref)?.[1] ?? null
  return outlineNumber.exec(row[columns.title] ?? '')?.[1] ?? null
}

/**
 * The summary rows and start or end markers of a task list exported from a scheduling tool (MS Project and its
 * kin: "Id | Task name | Duration | Start | Finish | Resource"), which prints every phase as a row of its own whose
 * dates span its tasks:
 * - the project's own row, first in the list, unnumbered, whose span holds the span of every other dated row,
 *   over tasks mostly named after dotted outline numbers;
 * - a phase over numbered tasks ("I. Governance" over "1.1 …", "1.2 …", or "1 Planning" over "1.1 …"): its span
 *   holds the spans of the next task rows, each of them named after a dotted outline number, and it bears no
 *   such number of the same depth or deeper itself (a task "1.3" whose dates happen to hold "1.4" stays a task);
 * - an unnumbered zero-length milestone that only marks where the project starts or ends ("Start", "Inicio", "End").
 * Each date must name a single day, written in numbers ("12/11/18", "2018-11-12"); a list whose rows give no such
 * start and end is left as it is. Linear: each row is
 * compared with a few rows below it, and the project row with every row once.
 *
 * @example
 * ganttSummaryRows([
 *   ['Task', 'Start', 'Finish'],
 *   ['Audit plan', '01/02/2031', '30/04/2031'],
 *   ['1.1 Draft the audit', '01/02/2031', '28/02/2031'],
 *   ['1.2 Agree the audit', '01/03/2031', '30/04/2031'],
 * ], 1, { title: 0, start: 1, end: 2 }).summaries // Set { 1 }
 */
export function ganttSummaryRows(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  columns: GanttColumns,
  context: DateContext = {},
): GanttSummaryRows {
  const summaries = new Set<number>()
  const markers = new Set<number>()
  const monthFirst = context.numericDates === 'month-first'
  const spans: ({ start: string; end: string } | null)[] = []
  let dated = 0
  for (let index = 0; index < rows.length; index++) {
    const span = index < bodyStart ? null : daySpan(rows[index]!, columns, monthFirst)
    spans.push(span)
    if (span !== null) dated++
  }
  if (dated < 3) return { summaries, markers }
  const holds = (outer: { start: string; end: string }, inner: { start: string; end: string }): boolean =>
    outer.start <= inner.start && inner.end <= outer.end
  const titleOf = (index: number): string => rows[index]?.[columns.title] ?? ''
  const numberOf = (index: number): string | null => outlineOf(rows[index] ?? [], columns)
  for (let index = bodyStart; index < rows.length; index++) {
    const span = spans[index]
    if (
      span !== null &&
      span !== undefined &&
      span.start === span.end &&
      startOrEnd.test(titleOf(index)) &&
      numberOf(index) === null
    )
      markers.add(index)
  }
  let numberedTasks = 0
  for (let index = bodyStart; index < rows.length; index++) {
    const span = spans[index]
    if (span === null || span === undefined || markers.has(index)) continue
    if (numberOf(index) !== null) numberedTasks++
    const own = numberOf(index)
    const below: number[] = []
    for (let next = index + 1; next < rows.length && below.length < lookahead; next++) {
      if (!rows[next]!.some(hasText)) continue
      const inner = spans[next]
      if (inner === null || inner === undefined || !holds(span, inner)) break
      if (summaries.has(next) || markers.has(next)) continue
      below.push(next)
    }
    if (below.length < 2) continue
    const numbered = below.map((row) => numberOf(row))
    const deeper = numbered.every(
      (number) =>
        number !== null &&
        (own === null || (number.startsWith(`${own}.`) && number.split('.').length > own.split('.').length)),
    )
    if (deeper) summaries.add(index)
  }
  // The project's own row: the first dated row, unnumbered, holding every other dated row's span, over a list
  // whose tasks are mostly named after outline numbers (an unnumbered list's first long task stays a task).
  const first = spans.findIndex((span, index) => index >= bodyStart && span !== null)
  if (
    first >= 0 &&
    !summaries.has(first) &&
    numberOf(first) === null &&
    numberedTasks * 2 >= dated - markers.size - 1
  ) {
    const whole = spans[first]!
    let all = true
    for (let index = first + 1; index < rows.length && all; index++) {
      const span = spans[index]
      if (span !== null && span !== undefined && !holds(whole, span)) all = false
    }
    if (all) summaries.add(first)
  }
  return { summaries, markers }
}
