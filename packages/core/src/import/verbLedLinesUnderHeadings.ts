import { hasText } from '../text/cleanCellText'
import { opensWithVerb } from './itemsBesideCommitments'
import { instructionVerbs } from './ownersNamedAsSubject'
import { notVerbs } from './isInstruction'
import { FUNCTION_WORDS } from './functionWords'

/** "Tourism Strategy: ": a short capitalised name and a colon before the instruction it heads. Bounded runs. */
const nameLabel = /^[A-Z][A-Za-z&'’-]{0,30}(?: [A-Za-z&'’-]{1,30}){0,6}: (?=[A-Z])/
/** Endings of adjectives and nouns that a bare verb opening an item never has ("Economic", "Financial"). */
const notVerbEnding = /(?:al|ic|ous|ful|ary|ory|ity|ness|ment|ion|ance|ence|ship|ism|ist|ty|cy)$/
/** The second word of a line opening with a bare verb: lower case, as sentence case writes the verb's object. */
const lowerWord = /^[a-z][a-z'’-]{0,30}$/
/** Words that open a heading or a clause, never an instruction ("Beyond the lab", "Across the region"). */
const notOpeningVerbs: ReadonlySet<string> = new Set([...notVerbs, ...FUNCTION_WORDS])
/** A line this short is a heading or a name, not an item. */
const minWords = 3
/** At least this many lines so written make a list of instructions. */
const minLines = 3

/** How a line opens: with an instruction's verb ("Review …"), with a capitalised word that may be a bare verb
 * ("Designate heritage …", read as one only beside others), or neither. */
type Opening = 'verb' | 'maybe' | null

/**
 * "Review the zoning by-law", "Designate heritage properties", "Tourism Strategy: Finalize the strategy": whether a
 * line opens with a verb in its bare form (a verb an instruction opens with; or maybe, a capitalised word that is no
 * noun or adjective followed by a word in lower case), after a short name and a colon.
 */
export function openingOf(text: string): Opening {
  const line = text.replace(nameLabel, '')
  if (line.endsWith(':')) return null
  const words = line.split(' ', minWords + 1)
  if (words.length < minWords) return null
  const first = words[0]!
  if (notOpeningVerbs.has(first.toLowerCase()) || !/^[A-Z]/.test(first)) return null
  if (instructionVerbs.has(first.toLowerCase())) return 'verb'
  if (!opensWithVerb(first) || notVerbEnding.test(first.toLowerCase()) || !lowerWord.test(words[1]!))
    return null
  // "Attract and retain …": two verbs joined are an instruction whatever the first one is; "Stock and Shelving",
  // two capitalised nouns, is a heading.
  if (words[1] === 'and') return lowerWord.test(words[2]!) ? 'verb' : null
  return 'maybe'
}

/** Whether the next filled line below `index` ends in a colon: a lead-in ("Actions:") under an objective, which
 * heads the lines below it however it opens. */
function aboveLeadIn(rows: readonly (readonly string[])[], index: number, titleColumn: number): boolean {
  for (let next = index + 1; next < rows.length; next++) {
    const text = (rows[next]![titleColumn] ?? '').trim()
    if (hasText(text)) return text.endsWith(':')
  }
  return false
}

/**
 * The lines of a one-column page with no numbers or bullets that open with a verb in its bare form, when such lines
 * are most of the page's lines (those already read as items included): a dashboard's or a plan's groups of short instructions under
 * noun-phrase headings ("Housing and Growth" over "Review the local plan", "Adopt design guidance", "Parking
 * Strategy: Consult on charges"). A heading names a theme ("Planning for Growth", "Economic Development") and does
 * not open with an instruction's verb; a lead-in ending in a colon is never taken, nor a line right above one (an
 * objective over its "Actions:"). Returns the rows' 0-based
 * indexes of the lines not read as items yet, none when fewer than three lines or only half the lines are so written.
 *
 * @example
 * verbLedLinesUnderHeadings([['Housing'], ['Review the local plan'], ['Adopt design guidance'], ['Publish land data']], 0, 0, new Set())
 * // [1, 2, 3]
 */
export function verbLedLinesUnderHeadings(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
  listRows: ReadonlySet<number>,
): number[] {
  const found: number[] = []
  const maybe: number[] = []
  let lines = 0
  let verbLines = 0
  for (let index = bodyStart; index < rows.length; index++) {
    const text = (rows[index]![titleColumn] ?? '').trim()
    if (!hasText(text)) continue
    lines++
    const opening = openingOf(text.slice(0, 300))
    if (opening === null) continue
    verbLines++
    if (listRows.has(index) || aboveLeadIn(rows, index, titleColumn)) continue
    if (opening === 'verb') found.push(index)
    else maybe.push(index)
  }
  // A word that may be a verb opens an item only beside another so written ("Designate …", "Boost …"); alone, it
  // is as likely a title's noun ("Race equality action plan").
  if (maybe.length >= 2) found.push(...maybe)
  else verbLines -= maybe.length
  found.sort((a, b) => a - b)
  return verbLines >= minLines && verbLines * 2 > lines ? found : []
}
