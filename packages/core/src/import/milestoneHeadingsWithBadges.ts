import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { countWords } from './countWords'
import { filledCellCount } from './filledCellCount'
import { lastSpacedDash } from './lastSpacedDash'

/** A page of milestones names at least this many. */
const minMilestones = 3
/** A milestone heading is a short line. */
const maxHeadingLength = 200
/** A phase's name over its period is a few words. */
const maxPhaseWords = 6

/** One milestone heading: "Name - Month Year [status]". */
interface Milestone {
  readonly name: string
  readonly when: string
  readonly status: string
}

/**
 * "Web pages live - March 2031 [complete]": a milestone's name, a spaced dash, when it is due (any words: "TBD"
 * too), and its status badge in square brackets, as a project's milestone page writes each heading with the badge's
 * text kept. Null for any other line, or when the bracket names no status. Read with `lastIndexOf`: linear.
 */
function milestoneHeading(line: string): Milestone | null {
  if (line.length > maxHeadingLength || !line.endsWith(']')) return null
  const open = line.lastIndexOf('[')
  if (open <= 0) return null
  const status = line.slice(open + 1, -1).trim()
  if (status === '' || parseStatus(status).state === 'unknown') return null
  const rest = line.slice(0, open).trimEnd()
  const dash = lastSpacedDash(rest)
  if (dash <= 0) return null
  // Each spaced dash is three characters long.
  const name = rest.slice(0, dash).trim()
  const when = rest.slice(dash + 3).trim()
  return name === '' || when === '' ? null : { name, when, status }
}

/**
 * A one-column page of milestones (a project's milestone page): each milestone a heading "Name - Month Year
 * [status]" ({@link milestoneHeading}) with the lines describing it below, the milestones grouped under phase
 * headings, each a short name on the line above its period ("Build", "January 2031 - June 2031"). A careful reader
 * takes each milestone as an action: its name the title, the date its due date, the badge its status, the lines under
 * it its description, the phase its section. The page is rewritten as that table ("Phase | Milestone | Due | Status |
 * Description") under the lines above the first phase or milestone. Needs three milestone headings or more, every
 * row one cell; the table itself otherwise.
 *
 * @example
 * milestoneHeadingsWithBadges([['Plan'], ['Site live - May 2031 [complete]'], ['Build the site.'], …])
 */
export function milestoneHeadingsWithBadges(
  table: readonly (readonly string[])[],
): readonly (readonly string[])[] {
  if (table.some((row) => filledCellCount(row) > 1)) return table
  const lines = table.map((row) => collapseWhitespace(row.find(hasText) ?? ''))
  const headings = lines.map(milestoneHeading)
  if (headings.filter((heading) => heading !== null).length < minMilestones) return table
  const isPeriod = (line: string) => {
    const target = parseTargetDate(line, {})
    return target.due !== null && countWords(line) <= maxPhaseWords + 2 && !/[.!?]$/.test(line)
  }
  // A phase: a short line with no stop, over a line that is a period alone.
  const phaseAt = (index: number) =>
    headings[index] === null &&
    lines[index] !== '' &&
    countWords(lines[index]!) <= maxPhaseWords &&
    !/[.!?:]$/.test(lines[index]!) &&
    index + 1 < lines.length &&
    headings[index + 1] === null &&
    isPeriod(lines[index + 1]!)
  let start = headings.findIndex((heading) => heading !== null)
  for (let index = 0; index < start; index++) {
    if (phaseAt(index)) {
      start = index
      break
    }
  }
  const out: string[][] = table.slice(0, start).map((row) => [...row])
  out.push(['Phase', 'Milestone', 'Due', 'Status', 'Description'])
  let phase = ''
  let current: string[] | null = null
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!
    const heading = headings[index]!
    if (heading !== null) {
      current = [phase, heading.name, heading.when, heading.status, '']
      out.push(current)
      continue
    }
    if (line === '') continue
    if (phaseAt(index)) {
      phase = line
      current = null
      index++
      continue
    }
    if (current === null) {
      out.push([line])
      continue
    }
    current[4] = current[4] === '' ? line : `${current[4]}\n${line}`
  }
  return out
}
