import { readFileSync } from 'node:fs'
import { ImportError, tableToPlan } from '@techcommit/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportPlanCsv } from './exportPlanCsv'
import { exportPlanCsvBytes } from './exportPlanCsvBytes'
import { importCsvPlan } from './importCsvPlan'
import { expectSeedGolden, readSeedGoldens, seedDataDir } from '../../../scripts/testing/seedGoldens'

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url)))
describe('importCsvPlan on the quirk fixtures', () => {
  it('dup_header: the second "Action" column is not overwritten and the duplicate is reported', async () => {
    const { plan, issues } = await importCsvPlan(fixture('dup_header.csv'))
    expect(plan.actions).toHaveLength(1)
    const action = plan.actions[0]!
    expect(action.title).toBe('Forum')
    expect(JSON.stringify(action)).toContain('Survey')
    expect(JSON.stringify(action)).toContain('Extra')
    expect(issues.some((issue) => issue.row === 1 && issue.column === 2)).toBe(true)
  })

  it('proto_header: hostile headers land in extra and pollute no prototype', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort()
    const { plan } = await importCsvPlan(fixture('proto_header.csv'))
    expect(plan.actions).toHaveLength(1)
    expect(plan.actions[0]!.title).toBe('Forum')
    expect(plan.actions[0]!.extra).toEqual([
      { column: '__proto__', value: '{"isAdmin":true}' },
      { column: 'constructor', value: '{"prototype":1}' },
    ])
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    expect(Object.getPrototypeOf(plan.actions[0]!.extra[0])).toBe(Object.prototype)
  })

  it('trailing_commas: empty header columns are ignored and blank rows make no action', async () => {
    const { plan } = await importCsvPlan(fixture('trailing_commas.csv'))
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([['Forum', ['Sam']]])
    expect(plan.actions[0]!.extra).toEqual([])
  })

  it('merged_blank: the blank under a merged pillar cell stays blank unless fillDown is asked for', async () => {
    const plain = await importCsvPlan(fixture('merged_blank.csv'))
    expect(plain.plan.actions.map((action) => action.pillars)).toEqual([['V'], [], ['R']])
    const filled = await importCsvPlan(fixture('merged_blank.csv'), { fillDown: true })
    expect(filled.plan.actions.map((action) => action.pillars)).toEqual([['V'], ['V'], ['R']])
  })

  it('html_cell: markup becomes text; the img/onerror never survives', async () => {
    const { plan } = await importCsvPlan(fixture('html_cell.csv'))
    const notes = plan.actions[0]!.notes ?? ''
    expect(notes).toContain('Tea & cake')
    expect(notes).not.toContain('<')
    expect(notes).not.toContain('onerror')
  })

  it('formula: formula text imports verbatim and survives export → import', async () => {
    const { plan } = await importCsvPlan(fixture('formula.csv'))
    expect(plan.actions.map((action) => action.title)).toEqual([
      '=HYPERLINK("http://example.invalid","go")',
      '-5+1',
      '＝1+1',
    ])
    const csv = exportPlanCsv(plan)
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""go"")"`)
    expect(csv).toContain(`"'-5+1"`)
    expect(csv).toContain(`"'＝1+1"`)
    expect((await importCsvPlan(csv)).plan).toEqual(plan)
  })

  it('unterminated: the file-level error comes first, with its row; strict mode throws ImportError', async () => {
    const { plan, issues } = await importCsvPlan(fixture('unterminated.csv'))
    expect(issues[0]).toMatchObject({ code: 'unterminated-quote', row: 2, column: 2, severity: 'error' })
    expect(plan.actions.map((action) => action.title)).toEqual(['Forum', 'Survey'])
    await expect(importCsvPlan(fixture('unterminated.csv'), { strict: true })).rejects.toBeInstanceOf(
      ImportError,
    )
  })

  it('every other fixture imports without an error-severity issue', async () => {
    for (const name of [
      'bom_utf8.csv',
      'cp1252.csv',
      'utf16le_tab.txt',
      'sep_line.csv',
      'excel_sep_bom.csv',
      'semicolon.csv',
      'excel_lf_in_crlf.csv',
      'stray_quote.csv',
    ]) {
      const { plan, issues } = await importCsvPlan(fixture(name))
      expect(
        issues.filter((issue) => issue.severity === 'error'),
        name,
      ).toEqual([])
      expect(plan.actions.length, name).toBeGreaterThan(0)
    }
  })

  it('cp1252: the windows-1252 title reads right after mapping', async () => {
    const { plan } = await importCsvPlan(fixture('cp1252.csv'))
    expect(plan.actions[0]!.title).toBe('Café budget – £200 or €230 “pilot”')
    expect(plan.actions[0]!.owners).toEqual(['Naïve Owen'])
  })

  it('an empty file and a file that is not a plan give issues, not exceptions', async () => {
    const empty = await importCsvPlan('')
    expect(empty.plan.actions).toEqual([])
    expect(empty.issues.map((issue) => issue.code)).toContain('empty-file')
    const weather = await importCsvPlan('Date,Temperature,Humidity\r\n2024-01-01,5,80\r\n')
    expect(weather.plan.actions).toEqual([])
    expect(weather.issues.some((issue) => issue.severity === 'error')).toBe(true)
    await expect(
      importCsvPlan('Date,Temperature\r\n2024-01-01,5\r\n', { strict: true }),
    ).rejects.toBeInstanceOf(ImportError)
    const junk = await importCsvPlan(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))
    expect(junk.plan.actions).toEqual([])
    expect(junk.issues[0]).toMatchObject({ code: 'not-csv', severity: 'error' })
  })
})

describe('importCsvPlan on examples/data', () => {
  const goldens = readSeedGoldens()

  it('has the five seed plans', () => {
    expect(goldens).toHaveLength(5)
  })

  it.each(goldens.map((golden) => [golden.file, golden] as const))(
    '%s matches its hand-written golden file',
    async (file, golden) => {
      const { plan } = await importCsvPlan(new Uint8Array(readFileSync(new URL(file, seedDataDir))))
      expectSeedGolden(plan, golden, file)
    },
  )
})

describe('export → import round trip', () => {
  // Cells that stress CSV and the formula guard: quotes, delimiters, line breaks, apostrophes, triggers.
  const nasty = fc.string({
    unit: fc.constantFrom(
      '"',
      ',',
      ';',
      '\r\n',
      '\n',
      "'",
      '=',
      '+',
      '-',
      '@',
      '＝',
      'é',
      '–',
      'a',
      'Z',
      ' ',
      '1',
    ),
    maxLength: 10,
  })
  const word = fc.constantFrom(
    'Forum',
    'Awards',
    "Techs' week",
    '=SUM(A1)',
    '-',
    '"Quoted"',
    'Zoë – lead',
    "'=x",
  )
  const title = fc.oneof(word, nasty).map((text) => `Do ${text}`)
  const actionRow = fc.tuple(
    title,
    fc.constantFrom('V', 'R, C', 'Visibility', 'C, S', ''),
    fc.constantFrom('Forum / SRM', 'Jo Bloggs', '', '=HR'),
    fc.constantFrom('Dec. 18', 'Q3 2020', 'Ongoing', '31/03/2021', '', 'Summer 2020'),
    fc.constantFrom('In progress', 'Complete', 'Not started', ''),
    fc.oneof(nasty, word),
  )
  const table = fc
    .array(actionRow, { minLength: 1, maxLength: 8 })
    .map((rows) => [
      ['No.', 'Action', 'Pillar', 'Responsible', 'Target date', 'Status', 'Notes'],
      ...rows.map((cells, i) => [String(i + 1), ...cells]),
    ])

  it('any plan tableToPlan produces comes back identical from exportPlanCsvBytes', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (rows) => {
        const { plan } = tableToPlan(rows)
        const back = await importCsvPlan(exportPlanCsvBytes(plan))
        expect(back.plan).toEqual(plan)
        expect(back.issues.filter((issue) => issue.severity === 'error')).toEqual([])
      }),
      { numRuns: 150 },
    )
    // 150 imports and exports take about 3 s on a quiet machine; the default 5 s is too near on a loaded one.
  }, 30_000)

  it('also through a semicolon export with a sep= line', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (rows) => {
        const { plan } = tableToPlan(rows)
        const back = await importCsvPlan(exportPlanCsv(plan, { delimiter: ';', sepLine: true }))
        expect(back.plan).toEqual(plan)
      }),
      { numRuns: 50 },
    )
  })
})
