import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Action } from '../model/action'
import { planToRows } from './planToRows'
import { tableToPlan } from './tableToPlan'

// The five real plans in examples/data, each checked field by field against the golden file written by hand
// from the original plan (never from this importer's output).

interface GoldenReading {
  text: string
  kind: string
  due: string | null
  column?: string
}
interface GoldenAction {
  ref: string | null
  title: string
  section: string | null
  pillars: string[]
  owners: string[]
  target: (GoldenReading & { parts?: GoldenReading[] }) | null
  status: { state: string; completedOn: string | null } | null
}
interface Golden {
  file: string
  actionCount: number
  actions: GoldenAction[]
}

const dataDir = fileURLToPath(new URL('../../../../examples/data/', import.meta.url))
const goldens: Golden[] = readdirSync(`${dataDir}golden`)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(`${dataDir}golden/${name}`, 'utf8')) as Golden)

function importFile(file: string) {
  // The files are Excel's "CSV UTF-8": a BOM, CRLF records, bare LF inside quoted cells.
  const text = readFileSync(`${dataDir}${file}`, 'utf8').replace(/^\ufeff/, '')
  const rows = Papa.parse<string[]>(text, { newline: '\r\n' }).data
  return tableToPlan(rows)
}

function reading(target: Action['target'] | Action['target']['parts'][number]) {
  return { text: target.text, kind: target.kind, due: target.due, column: target.column }
}

it('finds the five example plans', () => {
  expect(goldens.map((g) => g.file)).toEqual([
    'bradford-2019-2020.csv',
    'cardiff-2018-2020.csv',
    'glasgow-2018-2020.csv',
    'oxford-2018-2020.csv',
    'portsmouth-action-plan.csv',
  ])
})

describe.each(goldens)('$file', (golden) => {
  const { plan, issues } = importFile(golden.file)

  it('imports without errors and with the golden number of actions', () => {
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
    expect(plan.actions).toHaveLength(golden.actionCount)
  })

  it('gives every action a unique id', () => {
    expect(new Set(plan.actions.map((a) => a.id)).size).toBe(plan.actions.length)
  })

  describe.each(golden.actions.map((action, index) => ({ index, action })))(
    'action $index',
    ({ index, action }) => {
      const actual = () => {
        const found = plan.actions[index]
        if (!found) throw new Error(`action ${index} is missing`)
        return found
      }
      it('ref, title and section', () => {
        expect({ ref: actual().ref, title: actual().title, section: actual().section }).toEqual({
          ref: action.ref,
          title: action.title,
          section: action.section,
        })
      })
      it('pillars', () => expect(actual().pillars).toEqual(action.pillars))
      it('owners', () => expect(actual().owners).toEqual(action.owners))
      it('target', () => {
        const target = actual().target
        if (action.target === null) {
          expect(target.text).toBe('')
          return
        }
        const { parts, ...expected } = action.target
        expect(reading(target)).toEqual({ column: undefined, ...expected })
        if (parts) expect(target.parts.map(reading)).toEqual(parts.map((p) => ({ column: undefined, ...p })))
      })
      it('status', () => {
        const status = actual().status
        if (action.status === null) expect(status.text).toBe('')
        else expect({ state: status.state, completedOn: status.completedOn }).toEqual(action.status)
      })
    },
  )

  it('re-imports its canonical export to the same plan', () => {
    const again = tableToPlan(planToRows(plan))
    expect(again.issues.filter((issue) => issue.severity !== 'info')).toEqual([])
    expect(again.plan).toEqual(plan)
  })
})
