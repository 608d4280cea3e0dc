import { parseTargetDate } from '../dates/parseTargetDate'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { MAX_HEADING_LENGTH } from './maxHeadingLength'

/** The plural nouns a heading over a list of named milestones ends with: "North star milestones", "Additional epics". */
const listNouns: ReadonlySet<string> = new Set([
  'milestones',
  'epics',
  'deliverables',
  'workstreams',
  'releases',
])

/** A milestone's short name, as a tracker names it: one word of letters and digits joined by hyphens, dots or
 * underscores ("GET-Opportunities", "Search-UI", "i18n", "Plan-Grants-as-a-Platform"). */
const shortName = /^[A-Za-z][A-Za-z0-9]{0,30}(?:[-_.][A-Za-z0-9]{1,30}){0,8}$/

/** A heading over named milestones: a few words, no sentence, ending in a list noun. */
function isListHeading(line: string): boolean {
  if (line.length > MAX_HEADING_LENGTH || line.endsWith('.')) return false
  const words = line.toLowerCase().split(' ')
  return words.length >= 2 && listNouns.has(words[words.length - 1]!)
}

/** The first sentence of a lead-in paragraph that names a date ("…essential to finish before March 2024."), else null. */
function datedSentence(line: string): string | null {
  if (!line.includes(' ') || line.split(' ').length < 6) return null
  const end = line.indexOf('. ')
  const sentence = end < 0 ? line : line.slice(0, end + 1)
  const target = parseTargetDate(sentence)
  return target.kind === 'due' && target.due !== null ? sentence : null
}

/**
 * Reads a milestones plan that lists each milestone by its short name under headings, as project teams on GitHub
 * write their roadmaps: "North star milestones", a lead-in paragraph giving the date ("The following milestones
 * are essential to finish before March 2024."), sub-headings ending in the same noun ("Backend-related north star
 * milestones") and the names one per line ("GET-Opportunities", "Search-UI"). Each name is one action; the
 * heading above it is its section, and the dated sentence of the nearest lead-in above is its target. Headings end
 * in "milestones", "epics", "deliverables", "workstreams" or "releases"; a name is one word joined by hyphens, dots or
 * underscores. Returns null unless a one-column page has such a heading, a dated lead-in and three names, and every
 * line after the first heading is one of them.
 *
 * @example
 * readNamedMilestoneLists([
 *   ['Roadmap'], ['Core milestones'], ['These milestones are due to finish by June 2025.'],
 *   ['Open-Lab'], ['Booking-UI'], ['Safety-Induction'],
 * ])?.rows.slice(1, 3) // [['Action', 'Section', 'Target date'], ['Open-Lab', 'Core milestones', 'These milestones are due to finish by June 2025.']]
 */
export function readNamedMilestoneLists(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex((line) => isListHeading(line.text))
  if (first < 0) return null
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const leadIns: number[] = []
  let section = ''
  let due = ''
  for (const line of lines.slice(first)) {
    if (isListHeading(line.text)) {
      section = line.text
      sectionRows.push(line.index + 1)
    } else if (shortName.test(line.text)) {
      records.push({ index: line.index, cells: [line.text, section, due] })
    } else {
      const sentence = datedSentence(line.text)
      if (sentence === null) return null
      due = sentence
      leadIns.push(line.index + 1)
    }
  }
  if (records.length < 3 || leadIns.length === 0) return null
  const headingIndex = lines[first]!.index
  return oneColumnRecords(
    table.slice(0, headingIndex),
    headingIndex + 1,
    ['Action', 'Section', 'Target date'],
    records,
    {
      mergedRows: leadIns,
      sectionRows: sectionRows.slice(1),
      titleEvidence:
        'each milestone named on its own line under a milestones heading, dated by the lead-in above it',
    },
  )
}
