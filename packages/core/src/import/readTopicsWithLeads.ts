import type { FlattenedActionTables } from './flattenActionTables'
import { MAX_HEADING_LENGTH } from './maxHeadingLength'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { bestField } from './readLabelledRecords'
import { readsAsOwnerList } from './readsAsOwnerList'

/** At least this many topic lines make the layout. */
const minItems = 3
/** A topic is named in a few words: "Open Space and Farm Land", "Communication". */
const maxTopicWords = 8
/** Labels that head a meeting's attendance, not a piece of work ("Present: Jane Smith and Tom Jones"). */
const attendance: ReadonlySet<string> = new Set([
  'present',
  'apologies',
  'absent',
  'attendees',
  'attending',
  'in attendance',
  'also present',
  'minutes',
  'members',
])

/** A topic line: its words before the colon and the people named after it. */
interface TopicLine {
  readonly topic: string
  readonly leads: string
}

/**
 * Reads one line as a topic and its leads ("Housing: Priya Shah and Tom Okafor"), or null. The topic opens with a
 * capital, is a few words with no full stop or digit, and is neither a role ("Chair: …") nor an attendance label
 * ("Present: …") nor a field label ("Lead: …"); the text after the colon reads as people's names or roles.
 */
function readTopicLine(text: string): TopicLine | null {
  const colon = text.indexOf(': ')
  if (colon <= 0 || colon > MAX_HEADING_LENGTH) return null
  const topic = text.slice(0, colon).trim()
  const leads = text.slice(colon + 2).trim()
  if (!/^\p{Lu}/u.test(topic) || /[.\d:;!?]/.test(topic) || topic.split(' ').length > maxTopicWords)
    return null
  if (attendance.has(topic.toLowerCase()) || bestField(topic) === 'owners') return null
  if (!topic.includes(' ') && readsAsOwnerList(topic) === 'role') return null
  const reading = readsAsOwnerList(leads)
  return reading === 'name' || reading === 'role' ? { topic, leads } : null
}

/** A short line with no colon or full stop at its end: the heading of the topics below it. */
function isHeading(text: string): boolean {
  return text.length <= MAX_HEADING_LENGTH && !text.includes(':') && !/[.!?]$/.test(text)
}

/**
 * Reads a one-column page that lists its goals or work areas as topics, each followed on the same line by a colon
 * and the people who lead it, as a council's or a board's goals page names a member "champion" for each area:
 *
 * ```text
 * Board priorities 2031
 * Each priority has one or two members leading it:
 * Allotments: Priya Shah and Tom Okafor
 * Parking Review: Lena Ward
 * Youth Provision: Sam Reid, Ada Brown
 * ```
 *
 * Each topic line is one action titled by its topic, owned by the names after the colon. A short line between them
 * with no colon heads the topics below it (their `section`), and so does one right above the first topic when the
 * page has such headings; lines above are the title rows. Returns
 * null unless the page is one column, at least three lines read so, their topics all differ (a label repeated down
 * the page is a record's field, not a topic), and every line from the first topic on is a topic or such a heading:
 * a meeting's "Present: …" and "Apologies: …" lines above its minutes, or a page of officers ("Chair: …"), are not
 * read so.
 *
 * @example
 * readTopicsWithLeads([
 *   ['Priorities'], ['Allotments: Priya Shah and Tom Okafor'], ['Parking Review: Lena Ward'],
 *   ['Youth Provision: Sam Reid'],
 * ])?.rows.slice(1, 3) // [['Action', 'Owner', 'Section'], ['Allotments', 'Priya Shah and Tom Okafor', '']]
 */
export function readTopicsWithLeads(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex((line) => readTopicLine(line.text) !== null)
  if (first < 0) return null
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const topics = new Set<string>()
  let section = ''
  for (let at = first; at < lines.length; at++) {
    const line = lines[at]!
    const read = readTopicLine(line.text)
    if (read === null) {
      if (!isHeading(line.text)) return null
      section = line.text
      sectionRows.push(line.index + 1)
      continue
    }
    const key = read.topic.toLowerCase()
    if (topics.has(key)) return null
    topics.add(key)
    records.push({ index: line.index, cells: [read.topic, read.leads, section] })
  }
  if (records.length < minItems) return null
  // A heading right above the first topic heads it, when the page groups its topics under headings.
  const headed = sectionRows.length > 0 && first > 0 && isHeading(lines[first - 1]!.text)
  if (headed) {
    sectionRows.unshift(lines[first - 1]!.index + 1)
    const heading = lines[first - 1]!.text
    for (let at = 0; at < records.length && records[at]!.cells[2] === ''; at++) {
      records[at] = {
        index: records[at]!.index,
        cells: [records[at]!.cells[0]!, records[at]!.cells[1]!, heading],
      }
    }
  }
  const top = lines[headed ? first - 1 : first]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Owner', 'Section'], records, {
    mergedRows: [],
    sectionRows,
    titleEvidence: 'the topic before the colon of each line, led by the people named after it',
  })
}
