import { tableToPlan } from '@techcommit/core'
import { describe, expect, it } from 'vitest'
import { exportPlanCsv } from './exportPlanCsv'
import { exportPlanCsvBytes } from './exportPlanCsvBytes'

const { plan } = tableToPlan([
  ['No.', 'Action', 'Responsible'],
  ['1', 'Café – forum', '=HR'],
])

describe('exportPlanCsvBytes', () => {
  it('is UTF-8 with a BOM by default, so Excel reads the accents', () => {
    const bytes = exportPlanCsvBytes(plan)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    expect(text).toBe(exportPlanCsv(plan))
    expect(text).toContain('"Café – forum"')
  })

  it('leaves the BOM out on request', () => {
    expect(exportPlanCsvBytes(plan, { bom: false })[0]).toBe(0x22)
  })
})

describe('exportPlanCsv', () => {
  it('quotes every field, ends records with CRLF and guards formulas', () => {
    const csv = exportPlanCsv(plan)
    const lines = csv.split('\r\n')
    expect(lines[lines.length - 1]).toBe('')
    for (const line of lines.slice(0, -1)) expect(line.startsWith('"')).toBe(true)
    expect(csv).toContain(`"'=HR"`)
    expect(csv).not.toMatch(/(^|,)"=/m)
  })
})
