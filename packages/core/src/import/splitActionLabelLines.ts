import { textLines } from '../text/cleanCellText'
import type { ActionDraft } from './buildAction'
import { readsAsOwnerList } from './readsAsOwnerList'

/** Longer cells are prose, not minutes typed one a line. */
const maxCellLength = 4_000
/** At most this many lines of a cell are read. */
const maxLines = 60
/** Longer lines are paragraphs: not read for a label. */
const maxLine = 1_000

/**
 * "Action KT & JB to find …", "ACTION: Ana, Tom to check …": the label opening a line or a sentence of it, then who
 * is given the work (names or initials joined by ",", "&", "and" or "/", at most 60 characters), then "to" and a
 * lower-case word. Bounded: the owners part is one lazy run of at most 60 characters, ended by " to ".
 */
const labelledLine =
  /(?:^|(?<=[.!?])\s{1,3})(?:ACTION|Action|action)\s{0,2}:?\s{1,3}(\p{Lu}[^\n]{0,60}?) to ([a-z]{2,20})\b/u

/** After "to", a determiner or pronoun makes "to" a preposition ("Action: write to the Dean"), not an infinitive. */
const notVerb: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'all',
  'any',
  'each',
  'our',
  'their',
  'them',
  'us',
])

/** One line of a cell read as an action given to someone: the work (label dropped) and who it is given to. */
interface LabelledWork {
  readonly title: string
  readonly owners: string
}

/**
 * The work an "Action" line gives to people ("Action KT, JB & RL to paint the stand" → title "KT, JB & RL to paint
 * the stand", owners "KT, JB & RL"), else null: the owners must read as names, roles or initials. The label may
 * open a later sentence of the line ("The urn leaks. Action RL to buy one."): the work is the rest of the line.
 *
 * @example
 * labelledWork('Action JB to write to the council') // { title: 'JB to write to the council', owners: 'JB' }
 * labelledWork('Action plan to be agreed next time') // null
 */
export function labelledWork(line: string): LabelledWork | null {
  if (line.length > maxLine) return null
  const match = labelledLine.exec(line)
  if (match === null || notVerb.has(match[2]!) || match[2] === 'be') return null
  const owners = match[1]!.trim()
  if (readsAsOwnerList(owners) === null) return null
  // The title starts at the names: the label before them is dropped.
  const label = match[0].length - match[1]!.length - ` to ${match[2]}`.length
  return { title: line.slice(match.index + label).trim(), owners }
}

/**
 * Splits an action cell of several lines, some of them labelled "Action" and naming who does the work ("Pitch
 * booking⏎Fees rise next season⏎Action JB & KT to write to the council⏎Action RL to pay the deposit"), as a
 * club's minutes table writes each item's discussion and then its actions in one cell: each labelled line is an
 * action (the label dropped, the names kept as written) owned by the people it names, and the topic and discussion
 * lines around them are not actions. The split drafts keep the row's other cells (its ref, its dates). A cell with
 * no labelled line, one line, or a verbatim (canonical) draft comes back as it was.
 *
 * @example
 * splitActionLabelLines(draft).map((d) => d.cells.get('owners')?.text) // ['JB & KT', 'RL']
 */
export function splitActionLabelLines(draft: ActionDraft): ActionDraft[] {
  const title = draft.cells.get('title')
  if (draft.verbatim || title === undefined || !title.text.includes('\n')) return [draft]
  if (title.text.length > maxCellLength) return [draft]
  const lines = textLines(title.text).slice(0, maxLines)
  if (lines.length < 2) return [draft]
  const works = lines.flatMap((line) => {
    const work = labelledWork(line)
    return work === null ? [] : [work]
  })
  if (works.length === 0) return [draft]
  const owners = draft.cells.get('owners')
  return works.map((work) => {
    const cells = new Map(draft.cells)
    cells.set('title', { ...title, text: work.title })
    cells.set('owners', {
      text: work.owners,
      column: owners?.column ?? title.column,
      header: owners?.header ?? '',
    })
    return { ...draft, cells, extra: draft.extra.map((cell) => ({ ...cell })) }
  })
}
