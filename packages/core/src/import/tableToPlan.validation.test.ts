import { describe, expect, it, vi } from 'vitest'
import { Plan } from '../model/plan'
import { planToRows } from './planToRows'
import { tableToPlan } from './tableToPlan'

// tableToPlan validates a large plan without a whole-plan `Plan.safeParse` (see validatePlan): these tests pin
// that the result is still exactly what zod would accept and return, and that invalid output is still caught.

// A status parser that, for one marker text, returns a percentage the model forbids (0–100).
vi.mock('../status/parseStatus', async (importOriginal) => {
  const original = await importOriginal<typeof import('../status/parseStatus')>()
  return {
    ...original,
    parseStatus: (text: string) =>
      text === 'BROKEN STATUS'
        ? { ...original.parseStatus('In progress'), text, percent: 250 }
        : original.parseStatus(text),
  }
})

const header = ['no.', 'Action', 'Aim', 'Responsible', 'Timescale', 'Current Status', 'Comments']
const rows = [
  header,
  ['1', 'Launch a technician webpage', 'V, C', 'Forum / SRM', 'Dec. 2019', 'In progress', 'Hosted by HR'],
  ['2', 'Hold a technician forum', 'V, C', 'Forum / SRM', 'Dec. 2019', 'In progress', ''],
  ['3', 'Publish case studies', 'R', 'HR', 'June 20', 'Complete (16/04/18)', ''],
]

describe('validation of the imported plan', () => {
  it('returns a plan that zod accepts and copies unchanged', () => {
    const { plan, issues } = tableToPlan(rows)
    expect(issues.filter((issue) => issue.code === 'invalid-plan')).toEqual([])
    expect(Plan.parse(plan)).toEqual(plan)
  })

  it('returns a canonical re-import that zod accepts and copies unchanged', () => {
    const first = tableToPlan(rows).plan
    const again = tableToPlan(planToRows(first)).plan
    expect(Plan.parse(again)).toEqual(again)
    expect(again).toEqual(first)
  })

  it('gives every action its own objects, even for cells with the same text', () => {
    const [a, b] = tableToPlan(rows).plan.actions
    // Rows 1 and 2 share their pillar, owner, target and status texts, so the parsers' results are cached.
    expect(a!.target).toEqual(b!.target)
    expect(a!.target).not.toBe(b!.target)
    expect(a!.target.warnings).not.toBe(b!.target.warnings)
    expect(a!.target.parts).not.toBe(b!.target.parts)
    expect(a!.status).not.toBe(b!.status)
    expect(a!.owners).not.toBe(b!.owners)
    expect(a!.pillars).not.toBe(b!.pillars)
    b!.owners.push('Someone else')
    expect(a!.owners).toEqual(['Forum', 'SRM'])
  })

  it('does not hand back the caller’s option objects inside the plan', () => {
    const dateContext = { referenceDate: '2019-01-01' }
    const period = { text: '2019–2022', start: '2019-01-01', end: '2022-12-31' }
    const { plan } = tableToPlan(rows, { dateContext, period })
    expect(plan.dateContext).toEqual(dateContext)
    expect(plan.dateContext).not.toBe(dateContext)
    expect(plan.period).not.toBe(period)
  })

  it('still rejects a parser result the model forbids, naming the action and the path', () => {
    const broken = [...rows, ['4', 'Review the plan', 'S', 'SRM', 'Dec. 2020', 'BROKEN STATUS', '']]
    const { issues } = tableToPlan(broken)
    const invalid = issues.filter((issue) => issue.code === 'invalid-plan')
    expect(invalid).toHaveLength(1)
    expect(invalid[0]!.severity).toBe('error')
    expect(invalid[0]!.message).toContain('actions.3.status.percent')
    expect(invalid[0]!.message).toContain('action "4"')
    expect(() => tableToPlan(broken, { strict: true })).toThrow(/status\.percent/)
  })

  it('still rejects an empty plan id given in the options', () => {
    const { issues } = tableToPlan(rows, { planId: '' })
    expect(issues.some((issue) => issue.code === 'invalid-plan' && issue.message.includes('at id'))).toBe(
      true,
    )
  })
})

describe('many issues', () => {
  it('lists the first 1,000 and counts the rest', () => {
    // 1,200 actions, numbered 1–1200 without gaps, each with a target no reader can date: 1,200 warnings.
    const table = [header]
    for (let i = 1; i <= 1200; i++)
      table.push([String(i), `Action ${i}`, 'V', 'SRM', 'zzz', 'In progress', ''])
    const { plan, issues } = tableToPlan(table)
    expect(plan.actions).toHaveLength(1200)
    expect(issues).toHaveLength(1001)
    expect(issues.slice(0, 1000).every((issue) => issue.code === 'unreadable-date')).toBe(true)
    expect(issues[999]!.row).toBe(1001)
    expect(issues[1000]!.code).toBe('too-many-issues')
    expect(issues[1000]!.message).toMatch(/^200 more issues/)
  })
})
