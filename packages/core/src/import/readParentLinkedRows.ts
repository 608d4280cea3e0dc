import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { filledCellCount } from './filledCellCount'
import type { FlattenedActionTables } from './flattenActionTables'

/** "parent", "parent id", "parent_ref", "Übergeordnet": a header naming the row each row hangs under. */
const parentHeader = /^(?:parent(?:[ _-]?(?:id|ref|code|key))?|übergeordnet|bovenliggend)$/i
/** "id", "ref", "code", "key", "nr": a header naming the column of each row's own code. */
const idHeader = /^(?:id|ref|code|key|nr|no\.?|number)$/i
/** "title", "name", "Maßnahme", "action": a header naming the column of each row's title. */
const titleHeader = /^(?:title|titel|name|action|measure|maßnahme|massnahme|maatregel|actie)$/i
/** At least this share of the body's rows hang under another row of the table. */
const minLinkedShare = 0.5
/** A title repeated under at least this many different rows names a field of each, not an action. */
const minRepeats = 2
/** "Status 2015 / 2016" and "Status 2015/2016": a title as it is compared, in lower case without its spaces. */
function titleKey(title: string): string {
  return title.toLowerCase().replace(/\s/g, '')
}

/** At least this many actions. */
const minActions = 2

/**
 * Reads a plan exported as a flat tree: each row has its own code ("id") and the code of the row it hangs under
 * ("parent"), as an open-data portal or a status tracker exports a city's measures with their themes above them and
 * their yearly reports below them. A careful reader takes as notes of their row the rows below it whose title
 * repeats under several rows ("planned", "Status 2013", "Status 2015/2016": the same fields of every measure); the
 * rows whose own rows below are not such notes are the themes (sections) over them; every other row is an action,
 * its theme as its section and its notes joined in a notes column. Returns null unless the header names an id and a
 * parent column, at least half the rows hang under another row of the table, and some rows are notes.
 *
 * @example
 * readParentLinkedRows([
 *   ['id', 'title', 'parent'], ['T', 'Transport', ''], ['T1', 'More bus lanes', 'T'],
 *   ['T1-a', 'planned', 'T1'], ['T2', 'Bike parking', 'T'], ['T2-a', 'planned', 'T2'],
 * ])?.rows // [['id', 'title', 'Section', 'Notes'], ['T1', 'More bus lanes', 'Transport', 'planned'], ['T2', 'Bike parking', 'Transport', 'planned']]
 */
export function readParentLinkedRows(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const header = table.findIndex((row) => filledCellCount(row) >= 3)
  if (header < 0) return null
  const names = table[header]!.map((cell) => collapseWhitespace(cell))
  const parentColumn = names.findIndex((name) => parentHeader.test(name))
  const idColumn = names.findIndex((name) => idHeader.test(name))
  if (parentColumn < 0 || idColumn < 0) return null
  const namedTitle = names.findIndex((name) => titleHeader.test(name))
  const titleColumn = namedTitle >= 0 ? namedTitle : idColumn + 1
  if (titleColumn === parentColumn || titleColumn >= names.length) return null
  const cell = (index: number, column: number) => collapseWhitespace(table[index]![column] ?? '')
  const body: number[] = []
  const rowOf = new Map<string, number>()
  for (let index = header + 1; index < table.length; index++) {
    if (!table[index]!.some(hasText)) continue
    body.push(index)
    const id = cell(index, idColumn)
    if (id !== '' && !rowOf.has(id)) rowOf.set(id, index)
  }
  const parentOf = new Map<number, number>()
  for (const index of body) {
    const parent = rowOf.get(cell(index, parentColumn))
    if (parent !== undefined && parent !== index) parentOf.set(index, parent)
  }
  if (parentOf.size < body.length * minLinkedShare) return null
  const children = new Map<number, number[]>()
  for (const [child, parent] of parentOf) {
    const below = children.get(parent)
    if (below === undefined) children.set(parent, [child])
    else below.push(child)
  }
  // A title under several rows, each row with none below it: the same field of every measure.
  const parentsOfTitle = new Map<string, Set<number>>()
  for (const [child, parent] of parentOf) {
    if (children.has(child)) continue
    const title = titleKey(cell(child, titleColumn))
    parentsOfTitle.set(title, (parentsOfTitle.get(title) ?? new Set()).add(parent))
  }
  const isNote = (index: number) =>
    parentOf.has(index) &&
    !children.has(index) &&
    (parentsOfTitle.get(titleKey(cell(index, titleColumn)))?.size ?? 0) >= minRepeats
  if (!body.some(isNote)) return null
  // A row with a row below it that is no note heads a theme; read once per row, so a wide theme costs no more.
  const sections = new Set<number>()
  for (const [index, below] of children) if (below.some((child) => !isNote(child))) sections.add(index)
  const isSection = (index: number) => sections.has(index)
  // A note's text: the first column after the title that is neither the id nor the parent.
  const textColumn = names.findIndex((_, c) => c > titleColumn && c !== parentColumn && c !== idColumn)
  const kept = names.map((_, c) => c).filter((c) => c !== parentColumn)
  const rows: (readonly string[])[] = table.slice(0, header).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  rows.push([...kept.map((c) => table[header]![c] ?? ''), 'Section', 'Notes'])
  sourceRows.push(header + 1)
  const mergedRows: number[] = []
  const sectionRows: number[] = []
  for (const index of body) {
    if (isNote(index)) {
      mergedRows.push(index + 1)
      continue
    }
    if (isSection(index)) {
      sectionRows.push(index + 1)
      continue
    }
    const parent = parentOf.get(index)
    const section = parent !== undefined && isSection(parent) ? cell(parent, titleColumn) : ''
    const notes = (children.get(index) ?? []).filter(isNote).map((note) => {
      const text = textColumn < 0 ? '' : cell(note, textColumn)
      return text === '' ? cell(note, titleColumn) : `${cell(note, titleColumn)}: ${text}`
    })
    rows.push([...kept.map((c) => table[index]![c] ?? ''), section, notes.join('\n')])
    sourceRows.push(index + 1)
  }
  if (rows.length - header - 1 < minActions) return null
  return {
    rows,
    headerRow: header + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows,
    sectionRows,
    ordinaryTable: true,
    titleEvidence:
      'the rows of a flat tree (id and parent columns) that are neither themes over rows nor their notes',
  }
}
