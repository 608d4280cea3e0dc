import { parseTargetDate } from '../dates/parseTargetDate'
import { BULLET_LEAD } from './bulletMarks'
import { createOneColumnTable } from './createOneColumnTable'
import type { FlattenedActionTables } from './flattenActionTables'
import { type PageLine, pageLines } from './oneColumnRecords'

/** At least this many requirement headings with their deadline in brackets make the layout. */
const minHeadings = 2
/** A requirement heading names one piece of work: at most this many characters before its bracket. */
const maxTitleLength = 160

/**
 * The words of a bracket that ends a heading, when they open with a deadline word: "by November 30, 2013",
 * "ongoing after 30 June 2021", "due 31 March 2022". Anchored at both ends and bounded: linear on any text.
 */
const deadlineWords =
  /^(?:by|due|before|no later than|not later than|ongoing|on-going|until|deadline:?)\s[^()]{3,60}$/i

/** A line that ends a sentence or opens a list: never a heading. */
const sentenceEnd = /[.:;!?]$/

interface Requirement {
  readonly index: number
  readonly title: string
  readonly target: string
  readonly section: string
  readonly details: string[]
}

/**
 * Reads a one-column page of requirements, each a heading that ends with its deadline in brackets over the bullets
 * that say what it takes, as policy implementation guidance, compliance checklists and grant conditions list what
 * must be done: "Develop and submit an inventory schedule (by November 30, 2013)" over "* Describe how …" lines,
 * "Maintain the inventory (ongoing after November 30, 2013)". Each such heading is one action, its title the text
 * before the bracket and its target the bracket's words; the bullets and sentences below it, up to the next
 * requirement or heading, are its description, never actions of their own (a requirement printed inside a bullet
 * stays part of that bullet). Lines that neither end a sentence nor start a list ("B. Publish a data listing",
 * "Minimum requirements to …") are the headings the requirements sit under (their section); a line straight under
 * such a heading that ends with its deadline unbracketed ("Report the contacts via the portal by November 30,
 * 2013") is a requirement too. Returns null unless at least two lines end with a bracketed deadline, each with a
 * bullet under it.
 *
 * @example
 * readDeadlineHeadedRequirements([
 *   ['Data policy guidance'], ['Publish the inventory (by 30 June 2031)'], ['* List every dataset.'],
 *   ['Keep the inventory current (ongoing after 30 June 2031)'], ['* Update it each quarter.'],
 * ])?.rows.at(-1) // ['Keep the inventory current', 'ongoing after 30 June 2031', '* Update it each quarter.', '']
 */
export function readDeadlineHeadedRequirements(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  // A page repeats its few deadlines ("by November 30, 2013"): each is read once.
  const dates = new Map<string, boolean>()
  const isDate = (text: string): boolean => {
    let dated = dates.get(text)
    if (dated === undefined) {
      dated = parseTargetDate(text).kind !== 'unknown'
      dates.set(text, dated)
    }
    return dated
  }
  const requirements: Requirement[] = []
  const sectionRows: number[] = []
  const mergedRows: number[] = []
  let section = ''
  /** The line above was a heading: a line ending with its deadline right under it is a requirement. */
  let underHeading = false
  let listed = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const bullet = BULLET_LEAD.test(line.text)
    const bracketed = bullet ? null : deadlineHeading(line, isDate)
    const unbracketed = bracketed === null && !bullet && underHeading ? trailingDeadline(line, isDate) : null
    const requirement = bracketed ?? unbracketed
    if (requirement !== null) {
      requirements.push({ index: line.index, ...requirement, section, details: [] })
      if (bracketed !== null && BULLET_LEAD.test(lines[i + 1]?.text ?? '')) listed++
      underHeading = false
      continue
    }
    const current = requirements.at(-1)
    if (!bullet && !sentenceEnd.test(line.text)) {
      // A heading: the requirements below it are its own.
      section = line.text
      if (current !== undefined) sectionRows.push(line.index + 1)
      underHeading = true
      continue
    }
    underHeading = false
    if (current === undefined) continue
    current.details.push(line.text)
    mergedRows.push(line.index + 1)
  }
  if (listed < minHeadings) return null

  const top = requirements[0]!.index
  const page = createOneColumnTable(table.slice(0, top), top + 1, [
    'Action',
    'Target date',
    'Description',
    'Section',
  ])
  for (const requirement of requirements) {
    page.add(requirement.index, [
      requirement.title,
      requirement.target,
      requirement.details.join('\n'),
      requirement.section,
    ])
  }
  return page.finish({
    mergedRows,
    sectionRows,
    titleEvidence:
      'each heading that ends with its deadline in brackets ("(by …)", "(ongoing after …)"), over the bullets that are its description',
  })
}

/** A heading's title and the deadline its closing bracket gives, or null. */
function deadlineHeading(
  line: PageLine,
  isDate: (text: string) => boolean,
): { title: string; target: string } | null {
  const text = line.text
  if (!text.endsWith(')')) return null
  // Only the last bracket is looked at: one test per line, however many brackets it holds.
  const open = text.lastIndexOf(' (')
  if (open < 1 || open > maxTitleLength) return null
  const words = text.slice(open + 2, -1)
  if (!deadlineWords.test(words) || !isDate(words)) return null
  return { title: text.slice(0, open).trim(), target: words }
}

/** A line that ends with "by" and a date: the text before it and the deadline; null otherwise. */
function trailingDeadline(
  line: PageLine,
  isDate: (text: string) => boolean,
): { title: string; target: string } | null {
  const text = line.text
  const at = text.lastIndexOf(' by ')
  if (at < 1 || at > maxTitleLength) return null
  const date = text.slice(at + 4)
  if (date.length < 3 || date.length > 40 || date.includes('(') || date.includes(')')) return null
  return isDate(date) ? { title: text.slice(0, at).trim(), target: `by ${date}` } : null
}
