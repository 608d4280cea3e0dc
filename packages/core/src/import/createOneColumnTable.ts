import { createChunkedList } from './createChunkedList'
import type { FlattenedActionTables } from './flattenActionTables'

/** The flattened table of a one-column page, built one record at a time. */
export interface OneColumnTable {
  /** Adds a record: the 0-based source row it starts on, and its cells, kept as given (not copied). */
  add(index: number, cells: string[]): void
  /** Records added so far. */
  readonly count: number
  /** The table: its rows, source rows and source columns made once each, at their exact sizes. */
  finish(
    rest: Pick<FlattenedActionTables, 'mergedRows' | 'sectionRows' | 'skippedRows' | 'titleEvidence'>,
  ): FlattenedActionTables
}

/**
 * Start the flattened table of a one-column page: the title rows as they stand, then a header naming each
 * record's cells (standing for source row `headerRow`, 1-based); each record added is one row under it, and every
 * cell comes from the page's one column. For a reader that meets its records one by one on a long page: no array
 * of the records is made besides the table's own rows.
 *
 * @example
 * const page = createOneColumnTable([['Plan']], 2, ['Action', 'Ref'])
 * page.add(1, ['Open a lab', '1.1'])
 * page.finish({ mergedRows: [] }).rows // [['Plan'], ['Action', 'Ref'], ['Open a lab', '1.1']]
 */
export function createOneColumnTable(
  titleRows: readonly (readonly string[])[],
  headerRow: number,
  header: readonly string[],
): OneColumnTable {
  return new OneColumnTableRows(titleRows, headerRow, header)
}

// A class, not an object of closures: a reader makes a table on every call, and V8 throws away optimised code that
// calls a closure it has not seen before ("wrong call target"), so the reader would run unoptimised.
class OneColumnTableRows implements OneColumnTable {
  private readonly rows = createChunkedList<string[]>()
  private readonly sourceRows = createChunkedList<number>()
  private readonly top: number

  constructor(titleRows: readonly (readonly string[])[], headerRow: number, header: readonly string[]) {
    for (const row of titleRows) {
      this.rows.push([...row])
      this.sourceRows.push(this.rows.length)
    }
    this.rows.push([...header])
    this.sourceRows.push(headerRow)
    this.top = this.rows.length
  }

  add(index: number, cells: string[]): void {
    this.rows.push(cells)
    this.sourceRows.push(index + 1)
  }

  get count(): number {
    return this.rows.length - this.top
  }

  finish(
    rest: Pick<FlattenedActionTables, 'mergedRows' | 'sectionRows' | 'skippedRows' | 'titleEvidence'>,
  ): FlattenedActionTables {
    const rows = this.rows.toArray()
    const ones: (readonly number[])[] = []
    return {
      rows,
      headerRow: this.top,
      sourceRows: this.sourceRows.toArray(),
      subHeaderRows: [],
      ...rest,
      // Every cell comes from the page's one column: one frozen row of 1s per width, shared by the rows that wide.
      sourceColumns: rows.map((row) => (ones[row.length] ??= Object.freeze(row.map(() => 1)))),
    }
  }
}
