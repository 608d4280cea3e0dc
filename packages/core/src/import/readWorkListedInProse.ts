import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'
import { peelRef } from './peelRef'
import { splitSentences } from './proseStep'
import { type WorkTense, workNamedInSentence } from './workNamedInSentence'

/** A line of at least this many words is a paragraph of prose, not a title or a heading. */
const proseWords = 12
/** A sentence that lists the plan names at least this many pieces of work. */
const minPieces = 2

const bulletOrNumber = new RegExp(`^\\s{0,8}[${BULLET_MARKS}]\\s`)

/**
 * Reads a page of prose whose plan is a sentence promising work and listing its pieces: "The People Team will
 * be doing some targeted work … including, improving our induction, publishing a guide and supporting new
 * staff." A careful reader takes each listed piece as an action, owned by the body the sentence names as its
 * subject, and the other paragraphs (what was done, why it matters) as context. Each piece opens with a verb in
 * -ing; the pieces are set apart by commas, the last by "and" before its own -ing verb, so "our induction and
 * onboarding support" stays one piece. Once one sentence names two pieces or more, every sentence of the prose
 * that promises or reports work gives its pieces too (`workNamedInSentence`: "We want to …, and …", "We have
 * overhauled …", "Other initiatives include …"); work reported done, and work a page of such reports lists, is
 * complete. Returns null unless the page is prose only (one text per line below its title lines, no bullet or
 * numbered line) and some sentence names two pieces or more. Each piece keeps the sentence it came from as its
 * description and its source row in `sourceRows`.
 *
 * @example
 * readWorkListedInProse([
 *   ['Our plan'],
 *   ['The Estates Team will start work this year, including fitting boilers, replacing the lifts and reviewing leases.'],
 * ])?.rows[2]
 * // ['fitting boilers', 'The Estates Team will start work this year, including …', 'Estates Team']
 */
export function readWorkListedInProse(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  let prose = false
  const found: { index: number; sentence: string; items: string[]; tense: WorkTense; owners: string[] }[] = []
  for (let index = 0; index < table.length; index++) {
    const cells = table[index]!.filter(hasText)
    if (cells.length === 0) continue
    // Above the first paragraph, a title or breadcrumb cut at a comma may fill two cells; below it, the page is
    // one text a line.
    if (cells.length > 1 && prose) return null
    const line = collapseWhitespace(cells.join(', '))
    if (bulletOrNumber.test(line) || peelRef(line) !== null) return null
    if (line.split(' ').length >= proseWords) prose = true
    // Title lines are not sentences of the page's prose.
    if (!prose) continue
    // The line's spaces are single (collapsed), so each split point is one space: linear on any line.
    for (const sentence of splitSentences(line)) {
      const work = workNamedInSentence(sentence)
      if (work !== null) found.push({ index, sentence, ...work, owners: ownersNamedAsSubject(sentence) })
    }
  }
  // A sentence naming two pieces of work or more shows the page states its plan in prose; then each sentence
  // that promises or reports work is read too. Without one, the page's promises are prose about other layouts
  // (headings over short lines, themes over paragraphs).
  if (!found.some(({ items }) => items.length >= minPieces)) return null
  // On a page that reports its work as done, work it lists without a promise ("Other initiatives include …")
  // is work done too.
  const reportsDone = found.some(({ tense }) => tense === 'done')
  const statusOf = (tense: WorkTense): string =>
    tense === 'done' || (tense === 'listed' && reportsDone) ? 'Complete' : ''
  const withStatus = found.some(({ tense }) => statusOf(tense) !== '')
  const top = found[0]!.index
  const rows: string[][] = table.slice(0, top).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  // Each piece keeps the sentence it was read from as its description: what the page says around the work.
  rows.push(['Action', 'Description', 'Lead', ...(withStatus ? ['Status'] : [])])
  sourceRows.push(top + 1)
  for (const { index, sentence, items, tense, owners } of found) {
    for (const item of items) {
      rows.push([item, sentence, owners.join(', '), ...(withStatus ? [statusOf(tense)] : [])])
      sourceRows.push(index + 1)
    }
  }
  const listed = new Set(found.map(({ index }) => index))
  const skippedRows: number[] = []
  for (let index = top; index < table.length; index++) {
    if (!listed.has(index) && table[index]!.some(hasText)) skippedRows.push(index + 1)
  }
  return {
    rows,
    headerRow: top + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows: [],
    skippedRows,
    titleEvidence:
      'the pieces of work the sentences of the prose promise or report ("… will … including a, b and c", "We want to a, and b", "We have …"), one action each',
  }
}
