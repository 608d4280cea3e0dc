import { readdirSync, readFileSync } from 'node:fs'
import { importCsvPlan } from '@techcommit/adapter-csv'
import { describe, expect, it } from 'vitest'
import { importDocxPlan } from '../src/importDocxPlan'
import { importOfficePlan } from '../src/importOfficePlan'
import { importXlsxPlan } from '../src/importXlsxPlan'
import { readXlsxTables } from '../src/readXlsxTables'
import { buildFixtures } from './fixtures/generate'
import { writeDocx, writeXlsx } from './writeOffice'
import { expectSeedGolden, readSeedGoldens, seedDataDir } from '../../../scripts/testing/seedGoldens'

// The five example plans as Excel and Word files (test/fixtures/generate.ts), each checked field by field
// against the golden file written by hand from the original plan — the same goldens the CSV import meets.

const dataDir = seedDataDir
const fixtureDir = new URL('./fixtures/', import.meta.url)
const goldens = readSeedGoldens()
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, fixtureDir)))
const expectGolden = expectSeedGolden

it('the committed fixtures are exactly what the generator writes', () => {
  const built = buildFixtures()
  expect(Object.keys(built).sort()).toEqual(
    readdirSync(fixtureDir)
      .filter((name) => /\.(xlsx|docx)$/.test(name))
      .sort(),
  )
  for (const [name, bytes] of Object.entries(built)) expect(fixture(name), name).toEqual(bytes)
})

describe.each(goldens)('$file', (golden) => {
  const base = golden.file.replace(/\.csv$/, '')

  it('the .xlsx imports to the golden, with no error issue', async () => {
    const { plan, issues } = await importXlsxPlan(fixture(`${base}.xlsx`))
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
    expectGolden(plan, golden, `${base}.xlsx`)
  })

  it('the .docx imports to the golden, with no error issue', async () => {
    const { plan, issues } = await importDocxPlan(fixture(`${base}.docx`))
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
    expectGolden(plan, golden, `${base}.docx`)
  })

  it('all three formats give the same actions', async () => {
    const csv = await importCsvPlan(new Uint8Array(readFileSync(new URL(golden.file, dataDir))))
    const xlsx = await importOfficePlan(fixture(`${base}.xlsx`))
    const docx = await importOfficePlan(fixture(`${base}.docx`))
    // Every action field by field, ids included; only the plan-level title, institution and period differ.
    expect(xlsx.plan.actions).toEqual(csv.plan.actions)
    expect(docx.plan.actions).toEqual(csv.plan.actions)
  })
})

describe('what the layouts add beyond the CSV', () => {
  it('cover sheets and legend tables are skipped with an info issue naming them', async () => {
    const { issues } = await importXlsxPlan(fixture('bradford-2019-2020.xlsx'))
    const skipped = issues.filter((issue) => issue.code === 'table-skipped')
    expect(skipped.map((issue) => issue.severity)).toEqual(['info', 'info'])
    expect(skipped[0]!.message).toContain('"Cover"')
    expect(skipped[1]!.message).toContain('"The 4 Indicators"')
    const word = await importDocxPlan(fixture('oxford-2018-2020.docx'))
    expect(
      word.issues.filter((issue) => issue.code === 'table-skipped').map((issue) => issue.message),
    ).toEqual([expect.stringContaining('"Table 1"')])
  })

  it('title rows, title paragraphs and cover sheets give the title, institution and period', async () => {
    const xlsx = await importXlsxPlan(fixture('bradford-2019-2020.xlsx'))
    expect(xlsx.plan.title).toBe('Technician Commitment Action Plan 2019–2020')
    expect(xlsx.plan.institution).toBe('University of Bradford')
    expect(xlsx.plan.period).toEqual({ text: '2019–2020', start: '2019-01-01', end: '2020-12-31' })
    const glasgow = await importDocxPlan(fixture('glasgow-2018-2020.docx'))
    expect(glasgow.plan.title).toBe('The Technician Commitment: Action Plan November 2018-20')
    expect(glasgow.plan.institution).toBe('University of Glasgow')
    expect(glasgow.plan.period).toEqual({ text: 'November 2018-20', start: '2018-11-01', end: '2020-12-31' })
    const cardiff = await importXlsxPlan(fixture('cardiff-2018-2020.xlsx'))
    expect(cardiff.plan.title).toBe('Action plan – Technician Commitment')
    // The document-control sheet comes after the plan, so it is not the plan's heading.
    expect(cardiff.plan.institution).toBeNull()
    const oxford = await importDocxPlan(fixture('oxford-2018-2020.docx'))
    expect([oxford.plan.title, oxford.plan.institution]).toEqual([
      'Technician Commitment Action Plan 2018–2020',
      'University of Oxford',
    ])
  })

  it('options.title and options.institution win over what the file says', async () => {
    const { plan } = await importXlsxPlan(fixture('bradford-2019-2020.xlsx'), {
      title: 'Our plan',
      institution: null,
    })
    expect([plan.title, plan.institution]).toEqual(['Our plan', null])
  })

  it('date cells read as ISO dates in both date systems; other numbers as displayed', async () => {
    const bradford = await readXlsxTables(fixture('bradford-2019-2020.xlsx'))
    expect(bradford.tables[0]!.rows.slice(4)).toEqual([
      ['Approved', '2019-06-12'],
      ['Review', '2020-01-31'],
    ])
    const cardiff = await readXlsxTables(fixture('cardiff-2018-2020.xlsx')) // 1904 date system
    expect(cardiff.tables[1]!.rows.slice(1, 3)).toEqual([
      ['Version', '1.2'],
      ['Approved', '2018-03-12'],
    ])
    const oxford = await readXlsxTables(fixture('oxford-2018-2020.xlsx'))
    expect(oxford.tables[1]!.rows).toEqual([
      ['Last updated', '2019-03'],
      ['Share of actions complete', '25.0%'],
    ])
  })

  it('date cells in a target column import as dates: a day format to the day, a month format to its end', async () => {
    const bytes = writeXlsx(
      [
        {
          name: 'Plan',
          rows: [
            ['Action', 'Owner', 'Target date'],
            ['Webpage', 'Forum', { date: '2019-12-31', format: 'dd/mm/yyyy' }],
            ['Survey', 'SM', { date: '2020-03-01', format: 'mmm-yy' }],
          ],
        },
      ],
      { date1904: true },
    )
    const { plan } = await importXlsxPlan(bytes)
    expect(plan.actions.map((action) => [action.target.text, action.target.due])).toEqual([
      ['2019-12-31', '2019-12-31'],
      ['2020-03', '2020-03-31'],
    ])
  })

  it('a file with no plan in it says so: no tables, or tables that are none of them a plan', async () => {
    const prose = await importDocxPlan(writeDocx([{ paragraph: 'Our commitment to technicians' }]))
    expect(prose.plan.actions).toEqual([])
    expect(prose.issues.map((issue) => [issue.code, issue.severity])).toEqual([['no-tables', 'error']])
    const covers = await importXlsxPlan(
      writeXlsx([
        { name: 'Cover', rows: [['University of Nowhere']] },
        {
          name: 'Contacts',
          rows: [
            ['Name', 'Email'],
            ['Sam', 'sam@example.ac.uk'],
          ],
        },
      ]),
    )
    expect(covers.plan.actions).toEqual([])
    expect(covers.issues.map((issue) => issue.code)).toEqual([
      'table-skipped',
      'table-skipped',
      'header-not-found',
      'no-plan-table',
    ])
    await expect(
      importXlsxPlan(writeXlsx([{ name: 'Cover', rows: [['x']] }]), { strict: true }),
    ).rejects.toThrow(/could not be imported cleanly/)
  })

  it('of two sheets that read as plans, the better is imported and the other named in an info issue', async () => {
    const header = ['Action', 'Owner', 'Target date']
    const bytes = writeXlsx([
      { name: '2019 plan', rows: [header, ['Webpage', 'Forum', 'Dec. 18']] },
      {
        name: '2020 plan',
        rows: [
          header,
          ['Awards', 'HR', 'June 20'],
          ['Survey', 'SM', 'Oct. 20'],
          ['Network', 'Forum', 'Dec. 20'],
        ],
      },
    ])
    const { plan, issues } = await importXlsxPlan(bytes)
    expect(plan.actions.map((action) => action.title)).toEqual(['Awards', 'Survey', 'Network'])
    expect(issues.filter((issue) => issue.code === 'table-not-chosen')).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringContaining('"2019 plan"') }),
    ])
    const forced = await importXlsxPlan(bytes, { table: 1 })
    expect(forced.plan.actions.map((action) => action.title)).toEqual(['Webpage'])
  })

  it('options.table forces a sheet or table, by name or number; a missing one is an error naming the others', async () => {
    const forced = await importXlsxPlan(fixture('bradford-2019-2020.xlsx'), { table: 'cover' })
    expect(forced.plan.actions).toEqual([])
    const byNumber = await importDocxPlan(fixture('oxford-2018-2020.docx'), { table: 3 })
    expect(byNumber.plan.actions.every((action) => action.section === 'Completed Actions')).toBe(false)
    expect(byNumber.plan.actions).toHaveLength(3)
    const missing = await importXlsxPlan(fixture('bradford-2019-2020.xlsx'), { table: 'Plan 2030' })
    expect(missing.issues).toEqual([
      expect.objectContaining({
        code: 'table-not-found',
        severity: 'error',
        message: expect.stringContaining('"Cover"'),
      }),
    ])
  })
})
