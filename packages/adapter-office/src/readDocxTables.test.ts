import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { rawZip } from '../test/craftZip'
import { docxParts, writeDocx } from '../test/writeOffice'
import { readDocxTables } from './readDocxTables'

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const document = (body: string) => {
  const parts = {
    ...docxParts([]),
    'word/document.xml': `<w:document xmlns:w="${w}"><w:body>${body}</w:body></w:document>`,
  }
  return rawZip(
    Object.entries(parts).map(([name, content]) => ({
      name,
      data: typeof content === 'string' ? strToU8(content) : content,
      method: 0 as const,
    })),
  )
}
const cell = (xml: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${xml}</w:tc>`
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`

describe('readDocxTables', () => {
  it('gives each paragraph of a cell its own line, with tabs, breaks and no trailing empty paragraphs', async () => {
    const bytes = document(
      `<w:tbl><w:tr>${cell(`${p('Visibility') + p('Recognition')}<w:p/>`)}${cell('<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>')}</w:tr></w:tbl>`,
    )
    expect((await readDocxTables(bytes)).tables[0]!.rows).toEqual([['Visibility\nRecognition', 'a\tb\nc']])
  })

  it('keeps gridSpan and vMerge regions, text in the first cell', async () => {
    const bytes = writeDocx([
      {
        table: [
          [{ text: 'Section heading', span: 3 }],
          [{ text: 'V', vMerge: 'restart' }, { text: 'Webpage' }, { text: 'Dec. 18' }],
          [{ text: '', vMerge: 'continue' }, { text: 'Forum' }, { text: 'Jan. 19' }],
          [{ text: 'R' }, { text: 'Awards' }, { text: '' }],
        ],
      },
    ])
    const { tables } = await readDocxTables(bytes)
    expect(tables[0]!.rows).toEqual([
      ['Section heading', '', ''],
      ['V', 'Webpage', 'Dec. 18'],
      ['', 'Forum', 'Jan. 19'],
      ['R', 'Awards', ''],
    ])
    expect(tables[0]!.merges).toEqual([
      { firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 2 },
      { firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 0 },
    ])
  })

  it('returns the paragraphs before each table and after the last; ignores deleted text and field codes', async () => {
    const bytes = document(
      p('University of Somewhere') +
        `<w:tbl><w:tr>${cell(p('one'))}</w:tr></w:tbl>` +
        '<w:p><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>Between</w:t></w:r></w:p>' +
        `<w:tbl><w:tr>${cell(p('two'))}</w:tr></w:tbl>` +
        p('Note: Year 1 = 2019'),
    )
    const { tables, after } = await readDocxTables(bytes)
    expect(tables.map((table) => [table.name, table.before, table.rows])).toEqual([
      ['Table 1', ['University of Somewhere'], [['one']]],
      ['Table 2', ['Between'], [['two']]],
    ])
    expect(after).toEqual(['Note: Year 1 = 2019'])
  })

  it('a table nested in a cell adds its text to that cell, not a table of its own', async () => {
    const inner = `<w:tbl><w:tr>${cell(p('inner a'))}${cell(p('inner b'))}</w:tr></w:tbl>`
    const bytes = document(
      `<w:tbl><w:tr>${cell(`${p('outer') + inner}<w:p/>`)}${cell(p('next'))}</w:tr></w:tbl>`,
    )
    const { tables } = await readDocxTables(bytes)
    expect(tables).toHaveLength(1)
    expect(tables[0]!.rows).toEqual([['outer\ninner a\ninner b', 'next']])
  })

  it('skips gridBefore columns so cells stay under their headers', async () => {
    const bytes = document(
      `<w:tbl><w:tr>${cell(p('A'))}${cell(p('B'))}</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell(p('b'))}</w:tr></w:tbl>`,
    )
    expect((await readDocxTables(bytes)).tables[0]!.rows).toEqual([
      ['A', 'B'],
      ['', 'b'],
    ])
  })

  it('tab-stop definitions, text boxes and mc:Fallback copies add no text', async () => {
    const paragraph =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Forum</w:t></w:r>' +
      '<w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r>' +
      '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14"><w:r><w:t>!</w:t></w:r></mc:Choice>' +
      '<mc:Fallback><w:r><w:t>!</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>'
    const bytes = document(`<w:tbl><w:tr>${cell(paragraph)}</w:tr></w:tbl>`)
    expect((await readDocxTables(bytes)).tables[0]!.rows).toEqual([['Forum!']])
  })
})
