import { NUMBER_WORDS } from '../dates/lexicon'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { ITEM_NUMBER } from './itemMark'

/**
 * "Goal One: Create a welcoming campus", "Objective 2 – Widen access", "Theme B", "SECTION IV.": a group noun, the
 * group's number (digits, a number word, a letter or a roman numeral), then the group's name after a colon, dash or
 * full stop, or nothing.
 */
const groupLabel = /^([A-Z][A-Za-z]{1,19}) ([0-9]{1,2}|[A-Za-z]{1,6})(?:$|\s{0,3}[:.–—-](?:$|\s{0,8}(\S.*)$))/
/** "3. Review the curricula", "3) Review …": a numbered item, its number and its text. */
const numberedItem = new RegExp(`^(${ITEM_NUMBER})[.)] {1,8}(\\S.*)$`)
/** "I", "IV", "XII": a roman numeral of a group. */
const romanNumeral = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/
/** Nouns that name an action or a step, not a group of them: "Action 2:" over its steps is another layout. */
const itemNouns = new Set([
  'action',
  'actions',
  'step',
  'steps',
  'task',
  'tasks',
  'item',
  'items',
  'page',
  'year',
])
/** At least this many groups, each over its own list numbered from 1, make the layout. */
const minGroups = 2
/** At most this many lines (a group's aim or lead-in) stand between a group's name and its list. */
const maxLead = 3
/** At least this many numbered items in all. */
const minItems = 4

/** How a page numbers its groups: 1, 2 (or One, Two); A, B; I, II. */
type Numbering = 'number' | 'letter' | 'roman'

interface Group {
  /** The group's number as a ref part: "1" for "One", "B" for "B", "IV" for "iv". */
  readonly number: string
  /** Its place in its numbering (1 for "One", "A" or "I"), to see that the groups follow one another. */
  readonly position: number
  /** The group's label line, kept as the section of its items. */
  section: string
  /** The label has a name: on its own line ("Goal One: Create …") or on the line right below it. */
  named: boolean
  items: number
  /** Lines between the group's name and its first item. */
  lead: number
}

/**
 * A group label's number read in a numbering ("One" → 1, "B" → 2, "IV" → 4), or null when the token is not a
 * number of it. "I", "V" and "X" are letters or roman numerals: the page's first label decides which.
 */
function readGroupNumber(token: string, numbering: Numbering): { number: string; position: number } | null {
  if (numbering === 'number') {
    const value = /^\d+$/.test(token) ? Number(token) : NUMBER_WORDS.get(token.toLowerCase())
    return value === undefined || value === 0 ? null : { number: String(value), position: value }
  }
  if (numbering === 'letter') {
    return /^[A-Z]$/.test(token) ? { number: token, position: token.charCodeAt(0) - 64 } : null
  }
  const upper = token.toUpperCase()
  if (upper !== token && token !== token.toLowerCase()) return null
  return romanNumeral.test(upper) ? { number: upper, position: romanValue(upper) } : null
}

/** The numbering a first group label is written in: roman for "I" and "IV", letters for "A" (and "V" or "X"). */
function numberingOf(token: string): Numbering | null {
  if (readGroupNumber(token, 'number') !== null) return 'number'
  if (token === 'I' || (token.length > 1 && readGroupNumber(token, 'roman') !== null)) return 'roman'
  return readGroupNumber(token, 'letter') === null ? null : 'letter'
}

function romanValue(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 }
  let total = 0
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i]!]!
    const next = values[numeral[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/** A group label's noun (lower-cased) and its number token, or null when the line is not a group label. */
function peelGroupLabel(text: string): { noun: string; token: string; named: boolean } | null {
  const label = groupLabel.exec(text)
  if (label === null || itemNouns.has(label[1]!.toLowerCase())) return null
  // "Goal 1 Build …" with no colon or dash is as likely a sentence as a label: the regex only lets a label with no
  // separator stand alone on its line, so its name must be on the line below.
  return { noun: label[1]!.toLowerCase(), token: label[2]!, named: label[3] !== undefined }
}

/**
 * Reads a one-column page whose numbered groups ("Goal One: Create a welcoming campus", "Objective 2", "Theme B")
 * each stand over a list of actions numbered afresh from 1, as strategic plans, equality schemes and US diversity
 * plans set out their goals, objectives and themes. The page's numbers repeat ("1." under every goal), so a careful
 * reader cites each action by its group's number and its own ("1.3": item 3 under Goal One; "B.2" under Theme B),
 * which keeps every ref unique. The group's label line is each action's section; a bare label ("Theme B") takes
 * the line right below it as its name, and up to three lines before the group's first item (its aim, a lead-in)
 * are structure, not actions. The lines above the first group are the title rows; from the last item on,
 * any line that is not an item ends the list (a footer).
 *
 * Returns null unless the page is one column, with at least two groups of one kind whose numbers follow one
 * another (1, 2, 3 or A, B, C), each over a list numbered 1, 2, 3 … with nothing else between the items, and at
 * least four items in all. A page numbered as one list throughout, or with notes between its items, is another
 * reader's.
 *
 * @example
 * readListsRestartingUnderGroups([
 *   ['Diversity plan'], ['Goal One: Welcome'], ['1. Run a climate survey'], ['2. Fund two bursaries'],
 *   ['Goal Two: Retain'], ['1. Mentor new staff'], ['2. Review promotion panels'],
 * ])?.rows[6] // ['Review promotion panels', '2.2', 'Goal Two: Retain']
 */
export function readListsRestartingUnderGroups(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex((line) => {
    const label = peelGroupLabel(line.text)
    return label !== null && numberingOf(label.token) !== null
  })
  if (first < 0) return null
  const opening = peelGroupLabel(lines[first]!.text)!
  const numbering = numberingOf(opening.token)!
  const readGroupLabel = (text: string): Group | null => {
    const label = peelGroupLabel(text)
    const number =
      label === null || label.noun !== opening.noun ? null : readGroupNumber(label.token, numbering)
    return number === null ? null : { ...number, section: text, named: label!.named, items: 0, lead: 0 }
  }

  const groups: Group[] = []
  const items: { index: number; title: string; ref: string; group: Group }[] = []
  const labelRows = new Map<number, string>()
  let group: Group | null = null
  let last = 0
  for (const line of lines.slice(first)) {
    const label = readGroupLabel(line.text)
    const item = numberedItem.exec(line.text)
    if (label !== null && item === null) {
      const before = groups.at(-1)
      if (before !== undefined && (before.items === 0 || label.position !== before.position + 1)) return null
      group = label
      groups.push(group)
      labelRows.set(line.index, line.text)
      last = 0
    } else if (item !== null && group !== null && Number(item[1]) === last + 1) {
      last++
      group.items++
      items.push({ index: line.index, title: item[2]!, ref: `${group.number}.${last}`, group })
    } else if (group !== null && !group.named && group.items === 0) {
      // The line right below a bare label is the group's name.
      group.section = `${group.section} ${line.text}`
      group.named = true
      labelRows.set(line.index, line.text)
    } else if (
      group !== null &&
      group.items === 0 &&
      item === null &&
      label === null &&
      group.lead < maxLead
    ) {
      // A line between a group's name and its list says what the group is for ("We want every student to …").
      group.lead++
      labelRows.set(line.index, line.text)
    } else if (group !== null && group.items > 0 && item === null && label === null) {
      // Any other line after an item ends the list: the page's footer.
      break
    } else {
      return null
    }
  }
  if (groups.length < minGroups || groups.at(-1)!.items === 0 || items.length < minItems) return null

  const top = lines[first]!.index
  const byRow = new Map(items.map((item) => [item.index, item] as const))
  const records: OneColumnRecord[] = []
  const end = items.at(-1)!.index
  for (let index = top; index <= end; index++) {
    const item = byRow.get(index)
    const label = labelRows.get(index)
    if (item !== undefined) records.push({ index, cells: [item.title, item.ref, item.group.section] })
    // Label rows stay in place, alone in the section column: structure rows between the lists.
    else if (label !== undefined) records.push({ index, cells: ['', '', label] })
  }
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Ref', 'Section'], records, {
    mergedRows: [],
    skippedRows: lines.filter((line) => line.index > end).map((line) => line.index + 1),
    titleEvidence:
      'the numbered items under each numbered group ("Goal One:", "Objective 2"), numbered afresh under each, cited by the group number and their own',
  })
}
