// The CLI reads Excel and Word plans by their content, explains how a table was read, and passes the date
// conventions a plan uses to the date reader.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { example, repoRoot, run, scratchDir } from './testSupport'

const scratch = scratchDir()
const office = (name: string) => join(repoRoot, 'packages/adapter-office/test/fixtures', name)

describe('Excel and Word plans', () => {
  it('imports a Word plan and a workbook into the store under the file name, with the actions of the CSV', async () => {
    const db = join(scratch, 'office.db')
    // Oxford holds 15 actions (12 open, 3 completed) in every format; Bradford 15 (refs 1–16 without 9).
    expect((await run(['import', office('oxford-2018-2020.docx'), '--db', db])).code).toBe(0)
    expect((await run(['import', office('bradford-2019-2020.xlsx'), '--db', db])).code).toBe(0)
    const { code, out } = await run(['list', '--db', db, '--format', 'json'])
    expect(code).toBe(0)
    const plans = JSON.parse(out) as { id: string; actionCount: number }[]
    expect(Object.fromEntries(plans.map((plan) => [plan.id, plan.actionCount]))).toEqual({
      'bradford-2019-2020': 15,
      'oxford-2018-2020': 15,
    })
  })

  it('a file named .csv that holds a workbook is read as a workbook (content, not extension)', async () => {
    const disguised = join(scratch, 'plan.csv')
    writeFileSync(disguised, readFileSync(office('cardiff-2018-2020.xlsx')))
    const { code, out } = await run(['validate', disguised, '--format', 'json'])
    expect(code).toBe(0)
    expect((JSON.parse(out) as { files: { actions: number }[] }).files[0]!.actions).toBe(18)
  })

  it('--table forces the sheet; a sheet that does not exist is an error naming the sheets', async () => {
    const forced = await run([
      'validate',
      office('bradford-2019-2020.xlsx'),
      '--table',
      'Cover',
      '--format',
      'json',
    ])
    expect(forced.code).toBe(1)
    const missing = await run(['validate', office('bradford-2019-2020.xlsx'), '--table', 'Nope'])
    expect(missing.code).toBe(1)
    expect(missing.out).toContain('Nope')
    const onCsv = await run(['validate', example('oxford-2018-2020.csv'), '--table', '1'])
    expect(onCsv.code).toBe(2)
    expect(onCsv.err).toMatch(/--table names a sheet or table of a workbook or Word document/)
  })

  it('an old binary .xls (OLE2 container) is input that cannot be read: exit 2 with what to do', async () => {
    const old = join(scratch, 'old.xls')
    writeFileSync(
      old,
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    )
    const { code, err } = await run(['import', old, '--db', join(scratch, 'old.db')])
    expect(code).toBe(2)
    expect(err).toMatch(/old binary Office file .* save it as \.xlsx\/\.docx/)
  })
})

describe('validate --explain', () => {
  it('prints the header row, each column with its field and confidence, and the structure rows', async () => {
    const { code, out } = await run(['validate', office('bradford-2019-2020.xlsx'), '--explain'])
    expect(code).toBe(0)
    const explained = out.slice(out.indexOf('How the table was read:'))
    // Bradford's plan sheet: a title row, a preamble line, then the header on row 3 with four pillar flag
    // columns; three rows continue the action above them.
    expect(explained).toContain('Header: row 3.')
    expect(explained).toMatch(/Column 4 "Target Date": target \(\d+%\)/)
    expect(explained).toMatch(/Column 8 "Sustainability": pillar-flag/)
    expect(explained).toContain('Row 9: continuation')
  })

  it('adds the explanation to --format json only when asked', async () => {
    const plain = await run(['validate', example('cardiff-2018-2020.csv'), '--format', 'json'])
    expect(JSON.parse(plain.out).files[0]).not.toHaveProperty('explanation')
    const explained = await run([
      'validate',
      example('cardiff-2018-2020.csv'),
      '--format',
      'json',
      '--explain',
    ])
    const file = JSON.parse(explained.out).files[0] as { explanation: { columns: { field: string }[] } }
    expect(file.explanation.columns.map((column) => column.field)).toContain('title')
  })
})

describe('dates: the conventions a plan uses', () => {
  it('--financial-year-start moves financial years and quarters', async () => {
    // A July–June year: FY2022 runs July 2021 – June 2022, so its third quarter is January–March 2022.
    const july = await run(['dates', 'Q3 FY2022', '--financial-year-start', '7', '--format', 'json'])
    expect(july.code).toBe(0)
    expect(JSON.parse(july.out)).toMatchObject({ start: '2022-01-01', due: '2022-03-31' })
    // The UK default, April–March: FY2022 is April 2021 – March 2022, its third quarter October–December 2021.
    const april = await run(['dates', 'Q3 FY2022', '--format', 'json'])
    expect(JSON.parse(april.out)).toMatchObject({ start: '2021-10-01', due: '2021-12-31' })
    const bad = await run(['dates', 'FY21', '--financial-year-start', '13'])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/month number 1-12/)
  })

  it('--month-first reads US numeric dates, and the day-first warning names the flag', async () => {
    // "9/25/2017" has no 25th month: read day first it is unknown, and the warning says how to read it month first.
    const dayFirst = await run(['dates', '9/25/2017'])
    expect(dayFirst.out).toMatch(/kind: +unknown/)
    expect(dayFirst.out).toMatch(/on the command line: .*--month-first/)
    const monthFirst = await run(['dates', '9/25/2017', '--month-first', '--format', 'json'])
    expect(JSON.parse(monthFirst.out)).toMatchObject({ kind: 'due', due: '2017-09-25' })
    // "5/1/2017" reads both ways: day first (the UK default) it is 5 January, month first 1 May.
    const uk = await run(['dates', '5/1/2017', '--format', 'json'])
    expect(JSON.parse(uk.out)).toMatchObject({ due: '2017-01-05' })
    const us = await run(['dates', '5/1/2017', '--month-first', '--format', 'json'])
    expect(JSON.parse(us.out)).toMatchObject({ due: '2017-05-01' })
  })

  it('--plan-start anchors plan years, and a warning names the flag to set', async () => {
    const unanchored = await run(['dates', 'Year 2'])
    expect(unanchored.out).toMatch(/on the command line: .*--plan-start/)
    const anchored = await run(['dates', 'Year 2', '--plan-start', '2021-09-01', '--format', 'json'])
    expect(JSON.parse(anchored.out)).toMatchObject({ start: '2022-09-01' })
  })

  it('does not point to a flag the command line already gives', async () => {
    // A July financial year still warns how "FY2023" was read, but --financial-year-start is already set.
    const unset = await run(['dates', 'Q1 FY2023'])
    expect(unset.out).toMatch(/on the command line: --financial-year-start/)
    expect(unset.out).toContain('April 2022 – March 2023 (set financialYearStartMonth for another start)')
    const set = await run(['dates', 'Q1 FY2023', '--financial-year-start', '7'])
    expect(set.out).toMatch(/^warning: +FY2023/m)
    // The warning says which start month the flag gave, not to set it.
    expect(set.out).toContain('July 2022 – June 2023 (financialYearStartMonth is 7)')
    expect(set.out).not.toContain('on the command line')
  })

  it('--academic-years reads "2021-2022" as one academic year', async () => {
    const academic = await run(['dates', '2021-2022', '--academic-years', '--format', 'json'])
    expect(JSON.parse(academic.out)).toMatchObject({ start: '2021-08-01', end: '2022-07-31' })
  })
})
