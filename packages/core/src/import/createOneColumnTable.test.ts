import { describe, expect, it } from 'vitest'
import { createOneColumnTable } from './createOneColumnTable'

describe('createOneColumnTable: a one-column page flattened a record at a time', () => {
  it('puts the title rows, then the header, then one row per record, each cell from column 1', () => {
    const page = createOneColumnTable([['Estates plan'], ['2025 to 2027']], 3, ['Action', 'Ref'])
    page.add(3, ['Survey the roofs', '1.1'])
    page.add(6, ['Replace the boilers', '1.2'])
    expect(page.count).toBe(2)
    const table = page.finish({ mergedRows: [5, 8], titleEvidence: 'refs on their own lines' })
    expect(table).toEqual({
      rows: [
        ['Estates plan'],
        ['2025 to 2027'],
        ['Action', 'Ref'],
        ['Survey the roofs', '1.1'],
        ['Replace the boilers', '1.2'],
      ],
      headerRow: 3,
      sourceRows: [1, 2, 3, 4, 7],
      subHeaderRows: [],
      mergedRows: [5, 8],
      titleEvidence: 'refs on their own lines',
      sourceColumns: [[1], [1], [1, 1], [1, 1], [1, 1]],
    })
  })

  it('keeps a record’s cells as given, so a reader may fill a cell in after adding the record', () => {
    const page = createOneColumnTable([], 1, ['Action', 'Description'])
    const cells = ['Train the porters', '']
    page.add(1, cells)
    cells[1] = 'Two sessions a term'
    expect(page.finish({ mergedRows: [] }).rows[1]).toEqual(['Train the porters', 'Two sessions a term'])
  })

  it('reads a page of 20,000 records in order', () => {
    const page = createOneColumnTable([['Plan']], 2, ['Action'])
    for (let k = 0; k < 20_000; k++) page.add(2 + k, [`Item ${k}`])
    const { rows, sourceRows } = page.finish({ mergedRows: [] })
    expect(rows).toHaveLength(20_002)
    expect([rows[2], rows[20_001]]).toEqual([['Item 0'], ['Item 19999']])
    expect([sourceRows[2], sourceRows[20_001]]).toEqual([3, 20_002])
  })
})
