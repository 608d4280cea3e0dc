import type { ColumnField } from './columnSynonyms'

/** One source cell of a draft: its text, 0-based column and header. */
export interface DraftCell {
  readonly text: string
  readonly column: number
  readonly header: string
}

/** Where each field's cell sits in a row; one per header row, shared by every draft read under it. */
export interface DraftLayout {
  /** The mapped fields, in the order they were given. */
  readonly fields: readonly ColumnField[]
  /** Per field slot (see `slotOf`): the 0-based column, or -1 when the field is not mapped. */
  readonly columns: readonly number[]
  /** Per field slot: the column's header. */
  readonly headers: readonly string[]
}

// Fixed slots, so a lookup is an array index rather than a hash. Internal constant keys, never cell text.
const slotOf: Readonly<Record<ColumnField, number>> = {
  id: 0,
  ref: 1,
  title: 2,
  description: 3,
  section: 4,
  pillars: 5,
  owners: 6,
  target: 7,
  targetColumn: 8,
  successMeasures: 9,
  status: 10,
  notes: 11,
}
const slotCount = 12

/**
 * Describes where a header row puts each field: `[field, column, header]` entries, a field at most once.
 *
 * @example
 * createDraftLayout([['title', 1, 'Action']]).columns // [-1, -1, 1, -1, …]
 */
export function createDraftLayout(
  entries: Iterable<readonly [field: ColumnField, column: number, header: string]>,
): DraftLayout {
  const fields: ColumnField[] = []
  const columns: number[] = new Array<number>(slotCount).fill(-1)
  const headers: string[] = new Array<string>(slotCount).fill('')
  for (const [field, column, header] of entries) {
    const slot = slotOf[field]
    if (columns[slot] === -1) fields.push(field)
    columns[slot] = column
    headers[slot] = header
  }
  return { fields, columns, headers }
}

/**
 * The mapped cells of one action's draft. A draft read from a row points at the row itself and copies its
 * texts only when a continuation row or fill-down changes one, so reading a table makes no per-cell objects:
 * on a large table that is most of the work of gathering drafts.
 *
 * @example
 * const cells = new DraftCells(createDraftLayout([['title', 1, 'Action']]), ['1', 'Launch a webpage'])
 * cells.text('title') // 'Launch a webpage'
 */
export class DraftCells {
  private readonly layout: DraftLayout
  private readonly row: readonly string[]
  /** The texts by slot, once one has been changed; null while they are the row's own. */
  private texts: string[] | null = null

  constructor(layout: DraftLayout, row: readonly string[]) {
    this.layout = layout
    this.row = row
  }

  /**
   * Cells whose texts are given by slot order of `layout.fields` rather than read from a row.
   *
   * @example
   * DraftCells.of(createDraftLayout([['title', 3, 'Visibility']]), ['Launch a webpage']).text('title')
   */
  static of(layout: DraftLayout, texts: readonly string[]): DraftCells {
    const cells = new DraftCells(layout, [])
    const own = new Array<string>(slotCount).fill('')
    layout.fields.forEach((field, i) => {
      own[slotOf[field]] = texts[i] ?? ''
    })
    cells.texts = own
    return cells
  }

  /** The fields this draft has a column for. */
  fields(): readonly ColumnField[] {
    return this.layout.fields
  }

  has(field: ColumnField): boolean {
    return this.layout.columns[slotOf[field]]! >= 0
  }

  /** The field's text; '' when the field has no column or the row is short. */
  text(field: ColumnField): string {
    const slot = slotOf[field]
    if (this.texts !== null) return this.texts[slot]!
    const column = this.layout.columns[slot]!
    return column < 0 ? '' : (this.row[column] ?? '')
  }

  /** The field's cell with its position, for an issue; undefined when the field has no column. */
  cell(field: ColumnField): DraftCell | undefined {
    const slot = slotOf[field]
    const column = this.layout.columns[slot]!
    if (column < 0) return undefined
    return { text: this.text(field), column, header: this.layout.headers[slot]! }
  }

  /** Replaces a mapped field's text (a continuation appended, a blank filled down); ignored when unmapped. */
  setText(field: ColumnField, text: string): void {
    if (!this.has(field)) return
    if (this.texts === null) {
      const own = new Array<string>(slotCount).fill('')
      for (const mapped of this.layout.fields) own[slotOf[mapped]] = this.text(mapped)
      this.texts = own
    }
    this.texts[slotOf[field]] = text
  }
}
