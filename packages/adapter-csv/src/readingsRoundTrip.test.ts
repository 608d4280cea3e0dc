// Owners and statuses that the import read further than their text ("Registry (lead)" is owner "Registry"; a
// status that reports what happened is complete) survive exportPlanCsv → importCsvPlan, through the canonical
// layout's "as read" columns, and those columns stay formula-safe.
import { type Plan, parseStatus, parseTargetDate } from '@techcommit/core'
import { describe, expect, it } from 'vitest'
import { exportPlanCsv } from './exportPlanCsv'
import { importCsvPlan } from './importCsvPlan'

const ordinaryCsv = [
  'Ref,Action,Lead,Deadline,Update',
  '1,Set up a technician forum,Registry (lead),March 2022,The first forum was held in May',
  '2,Publish a career map,0(I),June 2022,In progress',
  '3,Review pay bands,HR,December 2022,Not started',
].join('\r\n')

describe('owners and statuses read further than their text, through CSV', () => {
  it('come back as the first import read them', async () => {
    const { plan: first } = await importCsvPlan(ordinaryCsv)
    expect(first.actions.map((action) => action.owners)).toEqual([['Registry'], ['0'], ['HR']])
    expect(first.actions[0]!.status.state).toBe('complete')

    const { plan, issues } = await importCsvPlan(exportPlanCsv(first))
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
    expect(plan).toEqual(first)
  })

  it('keep formula-looking owners and status notes verbatim, and no cell of the file starts a formula', async () => {
    const hostile: Plan = {
      id: 'hostile',
      institution: null,
      title: null,
      period: { text: null, start: null, end: null },
      taxonomy: 'technician-commitment',
      dateContext: {},
      actions: [
        {
          id: 'h1',
          ref: null,
          title: 'Audit equipment',
          description: null,
          section: null,
          pillars: [],
          pillarsText: '',
          owners: ['=HYPERLINK("http://x")', '@SUM(1)'],
          ownersText: '=HYPERLINK("http://x") (lead), @SUM(1) (support)',
          target: parseTargetDate(''),
          successMeasures: [],
          status: { ...parseStatus('-1 left to audit'), state: 'in-progress', note: '+cmd|" /C calc"!A0' },
          notes: null,
          updates: [],
          extra: [],
        },
      ],
    }
    const csv = exportPlanCsv(hostile)
    expect(csv).toContain('Owners (as read)')
    expect(csv).toContain('Status (as read)')
    // Every field is quoted; none may open with a character a spreadsheet runs as a formula.
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m)
    const { plan } = await importCsvPlan(csv)
    expect(plan).toEqual(hostile)
  })
})
