// What the documentation's code samples may take as given: a real plan (Oxford's, from examples/data), one of
// (The test copies this file into docs/.samples/ beside the samples, so paths are relative to that folder.)
// its actions, a date, the rows of its table, and stand-ins for the caller's own functions. Each sample runs as
// its own module after this one; a sample that declares its own `plan` shadows this one.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importCsvPlan, readCsvRows } from '@techcommit/adapter-csv'
import {
  type Action,
  defineTaxonomy,
  type Plan,
  type ProgressUpdate,
  parseStatus,
  type Taxonomy,
} from '@techcommit/core'

declare global {
  var plan: Plan
  var action: Action
  var asOf: string
  var referenceDate: string
  var rows: string[][]
  /** The cells of one target-date column. */
  var column: string[]
  var cells: string[]
  var legend: string
  var update: ProgressUpdate
  var myTaxonomy: Taxonomy
  var input: HTMLInputElement
  function render(...values: unknown[]): void
  function report(...values: unknown[]): void
  function saveActions(actions: readonly Action[]): Promise<void>
}

const file = join(import.meta.dirname, '..', '..', 'examples', 'data', 'oxford-2018-2020.csv')
const bytes = readFileSync(file)
globalThis.plan = (await importCsvPlan(bytes, { planId: 'oxford-2018-2020' })).plan
globalThis.action = plan.actions[0]!
globalThis.asOf = '2020-12-31'
globalThis.referenceDate = '2018-06-01'
globalThis.rows = (await readCsvRows(bytes)).rows
globalThis.column = ['Aug. 18', 'Dec. 18', 'June 19']
globalThis.cells = ['Q1', 'Q2', 'Q3']
globalThis.legend = 'Year 1 = 2019, Year 2 = 2020, Q1 = January-March'
globalThis.update = {
  at: '2026-11-23T10:00:00Z',
  by: 'SM',
  status: parseStatus('Complete (20/11/26)'),
  target: null,
  note: 'Webpage live',
}
globalThis.myTaxonomy = defineTaxonomy({
  id: 'my-framework',
  name: 'My framework',
  pillars: [{ code: 'A', name: 'Access' }],
})
globalThis.input = { files: null, addEventListener: () => {} } as unknown as HTMLInputElement
globalThis.render = () => {}
globalThis.report = () => {}
globalThis.saveActions = async () => {}
