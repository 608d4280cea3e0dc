// The five example plans, imported from examples/data as a user would (CSV → rows → tableToPlan), with the
// id and period a careful reader gives each. Not exported from the package.
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { tableToPlan } from '../import/tableToPlan'
import type { Plan } from '../model/plan'

const dataDir = new URL('../../../../examples/data/', import.meta.url)

export function examplePlan(
  file: string,
  period: { text: string | null; start: string | null; end: string | null },
): Plan {
  // Excel's "CSV UTF-8": a BOM, CRLF records, bare LF inside quoted cells.
  const text = readFileSync(new URL(file, dataDir), 'utf8').replace(/^\ufeff/, '')
  const rows = Papa.parse<string[]>(text, { newline: '\r\n' }).data
  const { plan } = tableToPlan(rows)
  return { ...plan, id: file.replace(/\.csv$/, ''), period }
}

/** Oxford's stage-1 plan: 2018–2020 (its file name and its "Oct. 20" targets), signed in 2017. */
export const oxford = (): Plan => ({
  ...examplePlan('oxford-2018-2020.csv', { text: '2018–2020', start: '2018-01-01', end: '2020-12-31' }),
  stage: 1,
  signedOn: '2017-09-13',
})
export const cardiff = (): Plan =>
  examplePlan('cardiff-2018-2020.csv', { text: '2018 - 2020', start: '2018-01-01', end: '2020-12-31' })
export const bradford = (): Plan =>
  examplePlan('bradford-2019-2020.csv', { text: '2019–2020', start: '2019-01-01', end: '2020-12-31' })
export const glasgow = (): Plan =>
  examplePlan('glasgow-2018-2020.csv', {
    text: 'November 2018-20',
    start: '2018-11-01',
    end: '2020-12-31',
  })
export const portsmouth = (): Plan =>
  examplePlan('portsmouth-action-plan.csv', { text: null, start: null, end: null })

/** The next period every test drafts into: a 36-month Stage 2 plan. */
export const nextPeriod = { text: '2021–2023', start: '2021-01-01', end: '2023-12-31' } as const
