import { MONTHS } from '../dates/lexicon'
import { parseStatus } from '../status/parseStatus'
import { bracketAtEnd } from './bracketAtEnd'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { ownersInBrackets } from './ownersInBrackets'

/** The text before the round bracket a line ends with (its title) has at most this many characters: a longer line is a
 * paragraph, not an item. */
const maxTitle = 401
/** A full stop, question or exclamation mark between two sentences. */
const sentenceBreak = /[.?!] \S/
/** A capitalised word of a body's name in brackets: "Communication", "ICT", "Year-6". */
const capitalised = /^\p{Lu}[\p{L}&'’-]{0,30}$/u
/** A body's name in brackets has at most this many words ("(Communication Development Group)"). */
const maxBodyWords = 4
/** A heading has at most this many words and no full stop ("QUALITY OF EDUCATION", "2024/25 Priorities"). */
const maxHeadingWords = 8
/** At least this many lines must end in a bracket of initials or names for the page to be read so. */
const minOwnedLines = 3
/** "… have been classified", "63% of sites are notified": a finite "be" or "have", as a statement of fact has. */
const finiteBeOrHave = /\b(?:is|are|was|were|has|have|had)\b/i

/** A line of the page: an action with the owners its bracket names, an action naming none, or a heading. */
type Line =
  | {
      readonly kind: 'owned'
      readonly index: number
      readonly title: string
      readonly owners: string
      readonly strict: boolean
    }
  | { readonly kind: 'action' | 'heading'; readonly index: number; readonly title: string }

/**
 * Reads a one-column plan whose lines each end with their owners in brackets, as schools' development plans and
 * small teams' priority lists write them: "Improve reading at Key Stage 2 (JP)", "Review the homework policy
 * (AB/CD)", "Embed the new phonics scheme (English Leads Group)", under short headings ("QUALITY OF EDUCATION").
 * Each such line is an action titled by its text before the bracket, owned by the initials or names in it; a longer
 * line naming no one is an action without an owner; a short line without a full stop is the heading of the actions
 * below it (their section). The lines above the first heading over an item are the title rows. A bracket of a body's
 * name (up to four capitalised words) is read as owners only on a page where at least three lines end in a bracket of
 * initials or names, and the owned lines make at least half of the actions; a body named by its kind ("(Grading
 * Committee)") counts with the initials. Label rows of two cells above the list are read as lines of the page, and the
 * statements of fact closing a list of owned lines are left out (see {@link withoutClosingStatements}).
 *
 * @example
 * readLinesEndingInOwners([
 *   ['School plan 2031'], ['TEACHING'], ['Improve reading at Key Stage 2 (JP)'], ['Review the homework policy (AB/CD)'],
 *   ['Launch a maths club (KT)'],
 * ])?.rows.slice(1, 3) // [['Action', 'Owner', 'Section'], ['Improve reading at Key Stage 2', 'JP', 'TEACHING']]
 */
export function readLinesEndingInOwners(
  table: readonly (readonly string[])[],
  page: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (page === null) return null
  const lines: Line[] = page.map(({ index, text }) => readLine(index, text))
  const owned = lines.filter((line) => line.kind === 'owned')
  if (owned.filter((line) => line.strict).length < minOwnedLines) return null
  const firstItem = lines.findIndex((line) => line.kind === 'owned')
  const start = firstItem > 0 && lines[firstItem - 1]!.kind === 'heading' ? firstItem - 1 : firstItem
  const body = withoutClosingStatements(lines.slice(start))
  const actions = body.filter((line) => line.kind !== 'heading').length
  if (owned.length * 2 < actions) return null

  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  let section = ''
  for (const line of body) {
    if (line.kind === 'heading') {
      section = line.title
      sectionRows.push(line.index + 1)
    } else
      records.push({
        index: line.index,
        cells: [line.title, line.kind === 'owned' ? line.owners : '', section],
      })
  }
  const top = body[0]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Owner', 'Section'], records, {
    mergedRows: [],
    sectionRows,
    titleEvidence: 'each line ending in its owners in brackets ("… (AB/CD)"), titled by the text before them',
  })
}

function readLine(index: number, text: string): Line {
  const bracket = bracketAtEnd(text)
  // The page's lines are whitespace-collapsed: at most one space stands before the bracket.
  const title = bracket === null || bracket.shape !== '(' ? '' : text.slice(0, bracket.open).trimEnd()
  // "… This fails criterion 2.4.2 (Level A).": a bracket closing a paragraph of sentences cites, it names no owner.
  if (title !== '' && title.length <= maxTitle && !sentenceBreak.test(title)) {
    const inner = bracket!.inner.trim()
    const named = ownersInBrackets(`(${inner})`)
    if (named.length > 0) return { kind: 'owned', index, title, owners: named.join(', '), strict: true }
    // "(Habitat Grading Committee)": a body named by its kind is as sure an owner as initials.
    if (isBodyName(inner))
      return {
        kind: 'owned',
        index,
        title,
        owners: inner,
        strict: isRoleOrBodyWord(inner.slice(inner.lastIndexOf(' ') + 1)),
      }
  }
  const words = text.split(' ').length
  return {
    kind: words <= maxHeadingWords && !/[.;:,]$/.test(text) ? 'heading' : 'action',
    index,
    title: text,
  }
}

/** "Communication Development Group": a few capitalised words, none a month or a status. */
function isBodyName(inner: string): boolean {
  const words = inner.split(' ')
  return (
    words.length >= 2 &&
    words.length <= maxBodyWords &&
    words.every((word) => capitalised.test(word) && !MONTHS.has(word.toLowerCase())) &&
    parseStatus(inner).state === 'unknown'
  )
}

/**
 * The lines from the first owned line, less the statements after the last one: when every line among the owned ones
 * names its owner, the lines naming no one after them that state a fact ("Most of the sites are already protected",
 * "Two reserves have been extended") are the page's record of what is done, not actions of its plan.
 */
function withoutClosingStatements(body: readonly Line[]): readonly Line[] {
  let last = body.length - 1
  while (last >= 0 && body[last]!.kind !== 'owned') last--
  if (last < 0 || body.slice(0, last).some((line) => line.kind === 'action')) return body
  const after = body.slice(last + 1)
  if (after.length === 0 || !after.every((line) => line.kind !== 'owned' && finiteBeOrHave.test(line.title)))
    return body
  return body.slice(0, last + 1)
}
