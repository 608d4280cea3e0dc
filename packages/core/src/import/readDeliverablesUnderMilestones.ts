import { parseStatus } from '../status/parseStatus'
import { BULLET_LEAD } from './bulletMarks'
import { commonestKey } from './commonestKey'
import type { FlattenedActionTables } from './flattenActionTables'
import { ITEM_NUMBER, NOT_A_YEAR } from './itemMark'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/**
 * "Milestone: Pre-launch", "Phase 2: Build the catalogue": a label of one to three words (and an item's number), a
 * colon, then the section's name. A year after the label ("Phase 2030: Net zero") names a period, not a milestone's
 * number, so such a line heads no milestone.
 */
const headLine = new RegExp(
  String.raw`^([A-Z][A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,2})(?: ${NOT_A_YEAR}${ITEM_NUMBER}[a-z]?)? ?: {1,3}(\S.{0,119})$`,
)
/** "Deliverables:", "Specific deliverables:", "Key outputs:": the label over a section's list of work. */
const workLabel =
  /^(?:[A-Za-z]{1,20} ){0,2}(?:deliverables|outputs|tasks|actions|work items|features|work packages)\s?:$/i
/** "Value delivered:", "Why it matters:": any other label of a section, alone on its line. */
const otherLabel = /^[A-Z][^:.!?]{0,60}:$/
/** "(80% ✅) Publish the form", "(in progress) Open the desk": a bracket opening an item, then the item. */
const openingBracket = /^\(([^()]{1,40})\)\s{1,3}(?=\S)/
/**
 * "design", "discovery / alpha": the phases a product's work passes through, each a sign the work has begun. These
 * are no status words `parseStatus` reads (the status words a bracket holds, "in progress" or "80% ✅", are read
 * through it): only in a bracket opening a deliverable does a phase say how far the work has come, while a cell
 * "Research" or "Design" elsewhere names a kind of work.
 */
const phaseWords = new Set([
  'design',
  'exploration',
  'discovery',
  'research',
  'prototyping',
  'prototype',
  'alpha',
  'beta',
  'testing',
  'build',
])
/** At least this many sections, each over its list of work, make the layout. */
const minSections = 2

interface Section {
  /** Index into the page's lines of its heading line. */
  readonly head: number
  readonly name: string
}

/**
 * Reads a one-column roadmap whose milestones are headings of the same label ("Milestone: Pre-launch", "Milestone:
 * Open the archive"), each over labelled parts: a "Value delivered:" or "Why:" label over its paragraph (and any
 * points it lists), then a "Deliverables:" ("Specific deliverables:", "Outputs:", "Tasks:") label over the
 * milestone's work, one item a line. Each item under the work label, up to the next label or milestone, is one
 * action, sectioned by its milestone's name; the other labels and what they stand over are left out. An item that
 * opens with a bracket saying how far it has come ("(80% ✅) Publish the form", "(in progress) …", "(design) …", a
 * product phase, which says the work has begun) takes it as its status and leaves its title; a bracket of anything
 * else stays in the title. Returns null unless the page is one column with at least two such milestones, the lines
 * above the first being its title, and every milestone has a work label over at least one item.
 *
 * @example
 * readDeliverablesUnderMilestones([
 *   ['Roadmap'], ['Milestone: Launch'], ['Value delivered:'], ['Readers can find us.'], ['Deliverables:'],
 *   ['(50% ✅) Publish the page'], ['Milestone: Grow'], ['Deliverables:'], ['Run a survey'],
 * ])?.rows.slice(1) // [['Action', 'Status', 'Section'], ['Publish the page', '50% ✅', 'Launch'], ['Run a survey', '', 'Grow']]
 */
export function readDeliverablesUnderMilestones(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  // The label the most heading lines share ("milestone"): the page's sections.
  const kinds = lines.map((line) => {
    if (workLabel.test(line.text)) return null
    const match = headLine.exec(line.text)
    if (match === null || /[.:;,]$/.test(match[2]!)) return null
    return { kind: match[1]!.toLowerCase(), name: match[2]!.trim() }
  })
  const { key: kind, count } = commonestKey(kinds.map((head) => head?.kind ?? null))
  if (count < minSections) return null
  const sections: Section[] = []
  for (let at = 0; at < lines.length; at++) {
    const head = kinds[at]
    if (head?.kind === kind) sections.push({ head: at, name: head.name })
  }

  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const mergedRows: number[] = []
  const skippedRows: number[] = []
  for (let s = 0; s < sections.length; s++) {
    const { head, name } = sections[s]!
    const end = s + 1 < sections.length ? sections[s + 1]!.head : lines.length
    sectionRows.push(lines[head]!.index + 1)
    let inWork = false
    let items = 0
    for (let at = head + 1; at < end; at++) {
      const line = lines[at]!
      if (workLabel.test(line.text)) {
        inWork = true
        mergedRows.push(line.index + 1)
      } else if (otherLabel.test(line.text)) {
        inWork = false
        mergedRows.push(line.index + 1)
      } else if (!inWork) {
        skippedRows.push(line.index + 1)
      } else {
        const { title, status } = itemOf(line.text.replace(BULLET_LEAD, ''))
        records.push({ index: line.index, cells: [title, status, name] })
        items++
      }
    }
    if (items === 0) return null
  }
  const top = lines[sections[0]!.head]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Status', 'Section'], records, {
    mergedRows,
    sectionRows: sectionRows.slice(1),
    skippedRows,
    titleEvidence:
      'each line under a milestone\'s "Deliverables:" label, the milestone heading ("Milestone: …") its section',
  })
}

/** An item's title and the status an opening bracket gives it ("(80% ✅) Publish" → "Publish", "80% ✅"). */
function itemOf(text: string): { title: string; status: string } {
  const match = openingBracket.exec(text)
  if (match === null) return { title: text, status: '' }
  const said = match[1]!.trim()
  const title = text.slice(match[0].length)
  if (parseStatus(said).state !== 'unknown') return { title, status: said }
  const words = said
    .toLowerCase()
    .split(/[\s/,&+-]+/)
    .filter((word) => word !== '' && word !== 'and')
  if (words.length > 0 && words.every((word) => phaseWords.has(word)))
    return { title, status: `${said} – In progress` }
  return { title: text, status: '' }
}
