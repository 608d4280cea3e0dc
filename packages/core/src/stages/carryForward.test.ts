// Table tests on the five example plans, closed as of 2020-11-15 (the last quarter of each dated plan) and
// carried into a Stage 2 plan for 2021–2023. Every expected list below was written by reading the CSVs in
// examples/data, not from the code's output:
//  - Oxford has a "Current Status" column: actions 1–12 of the first table are "In progress", "To start" or
//    "Not started"; the "Completed Actions" table (1–3) is "Complete". A careful reader carries 1–12.
//  - Cardiff, Bradford, Glasgow and Portsmouth have no status column: nothing is reported complete or
//    cancelled, so every action is carried — each flagged "status never reported" so a person checks it.
//  - Every Oxford, Cardiff and Bradford target is a month in 2018–2020, so before the new period: review.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors'
import { parseStatus } from '../status/parseStatus'
import { applyProgressUpdate } from '../store/applyProgressUpdate'
import { evaluatePlan } from '../scoring/evaluatePlan'
import type { Plan } from '../model/plan'
import { carryForward } from './carryForward'
import { bradford, cardiff, glasgow, nextPeriod, oxford, portsmouth } from './testSupport'

const asOf = '2020-11-15'
const carry = (plan: Plan, extra: Partial<Parameters<typeof carryForward>[1]> = {}) =>
  carryForward(plan, { asOf, newPlanId: `${plan.id}-stage-2`, period: nextPeriod, ...extra })

describe('Oxford: a status column and a "Completed Actions" table', () => {
  const previous = oxford()
  const result = carry(previous)

  it('carries actions 1–12 of the first table and leaves the three completed ones', () => {
    expect(result.carried.map((c) => c.ref)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ])
    expect(result.carried.map((c) => c.title)).toContain(
      'To deliver the Technician Commitment beyond MPLS / MedSci to the full University',
    )
    expect(result.left.map((l) => [l.title, l.reason])).toEqual([
      ['Establish Technician Commitment Forum', 'complete'],
      ['Official launch of UoO Technician Commitment', 'complete'],
      ['Exemption of Apprenticeships from UoO headcount cap', 'complete'],
    ])
  })

  it('keeps the status each action had: "To start" (7) and "Not started" (12), the rest in progress', () => {
    const states = Object.fromEntries(result.carried.map((c) => [c.ref, c.previousState]))
    expect(states['7']).toBe('not-started')
    expect(states['12']).toBe('not-started')
    for (const ref of ['1', '2', '3', '4', '5', '6', '8', '9', '10', '11'])
      expect(states[ref]).toBe('in-progress')
    expect(result.carried.every((c) => !c.statusUnreported)).toBe(true)
    // Every target (Aug. 18 … Oct. 20) has passed by 2020-11-15.
    expect(result.carried.every((c) => c.previousRating === 'overdue')).toBe(true)
  })

  it('links each carried action to its original and accounts for every action once', () => {
    for (const action of result.plan.actions) {
      expect(action.continues).toEqual({ planId: 'oxford-2018-2020', actionId: action.id })
      const original = previous.actions.find((a) => a.id === action.id)!
      expect(action.title).toBe(original.title)
      expect(action.successMeasures).toEqual(original.successMeasures)
      expect(action.pillars).toEqual(original.pillars)
    }
    const accounted = [
      ...result.carried.map((c) => c.from.actionId),
      ...result.left.map((l) => l.from.actionId),
    ]
    expect(accounted.sort()).toEqual(previous.actions.map((a) => a.id).sort())
  })

  it('resets the status and keeps the old one as history', () => {
    const five = result.plan.actions.find((a) => a.ref === '5')!
    expect(five.status.state).toBe('not-started')
    const [evidence, reset] = five.updates
    // The cell reads "In progress \nSome departmental …" (the importer trims the space before the line break).
    expect(evidence?.status?.state).toBe('in-progress')
    expect(evidence?.status?.text).toMatch(
      /^In progress ?\nSome departmental Management Boards have already agreed/,
    )
    expect(evidence?.note).toContain('oxford-2018-2020')
    expect(reset?.status?.state).toBe('not-started')
    expect(five.updates).toHaveLength(2)
  })

  it('marks every target for review: all of them fall before 2021', () => {
    const five = result.carried.find((c) => c.ref === '5')!
    expect(five.target).toMatchObject({
      outcome: 'review',
      previousText: 'Sept. 20',
      previousDue: '2020-09-30',
      due: null,
    })
    expect(result.carried.every((c) => c.target.outcome === 'review' && c.target.due === null)).toBe(true)
    expect(
      result.plan.actions.every((a) => a.target.kind === 'unknown' && a.target.warnings.length === 1),
    ).toBe(true)
  })

  it('fills in the plan-stage fields', () => {
    expect(result.plan).toMatchObject({
      id: 'oxford-2018-2020-stage-2',
      previousPlanId: 'oxford-2018-2020',
      stage: 2,
      signedOn: '2017-09-13',
      period: { text: '2021–2023', start: '2021-01-01', end: '2023-12-31' },
    })
  })

  it('returns frozen plain data and leaves the previous plan alone', () => {
    const before = structuredClone(previous)
    const again = carry(previous)
    expect(previous).toEqual(before)
    expect(Object.isFrozen(again.plan.actions[0]!.pillars)).toBe(true)
    expect(Object.isFrozen(previous.actions[0]!.pillars)).toBe(false)
    expect(structuredClone(again)).toEqual(again)
  })

  it('lets the caller pick: a list of ids, every other action left with its reason', () => {
    const picked = carry(previous, { include: ['5', '12', 'completed-actions-1'] })
    expect(picked.carried.map((c) => [c.actionId, c.why])).toEqual([
      ['5', 'picked'],
      ['12', 'picked'],
      ['completed-actions-1', 'picked'],
    ])
    expect(picked.carried[2]!.message).toMatch(/although it is complete/)
    const reasons = Object.fromEntries(picked.left.map((l) => [l.from.actionId, l.reason]))
    expect(reasons['1']).toBe('not-picked')
    expect(reasons['completed-actions-2']).toBe('complete')
    expect(picked.left).toHaveLength(12)
  })

  it('refuses unusable options, naming each', () => {
    const attempt = () =>
      carryForward(previous, {
        asOf: '15/11/2020',
        newPlanId: 'oxford-2018-2020',
        period: { start: '2023-12-31', end: '2021-01-01' },
        include: ['99'],
      })
    expect(attempt).toThrow(ValidationError)
    try {
      attempt()
    } catch (error) {
      expect((error as ValidationError).problems.map((p) => p.path)).toEqual([
        'asOf',
        'period.end',
        'newPlanId',
        'include.0',
      ])
    }
  })
})

describe('Cardiff: no status column, deadlines in words', () => {
  const result = carry(cardiff())
  it('carries all 18 actions, each flagged as never reported', () => {
    expect(result.carried).toHaveLength(18)
    expect(result.left).toEqual([])
    expect(result.carried.map((c) => c.title).slice(0, 3)).toEqual([
      'Deliver an Action Plan for approval by PSB',
      'Meet the requirements of the Technician Commitment',
      'Develop and agree an action plan for 2018 - 2020',
    ])
    expect(result.carried.at(-1)?.title).toBe('Apprenticeships/training programmes')
    expect(result.carried.every((c) => c.statusUnreported && c.message.includes('never reported'))).toBe(true)
  })
  it('asks for a new target for every deadline (March 2018 … June 2020)', () => {
    expect(result.carried.every((c) => c.target.outcome === 'review' && c.target.due === null)).toBe(true)
    expect(result.carried[1]!.target.previousDue).toBe('2020-05-31') // "By May 2020"
  })
})

describe('Bradford: Y-flag pillars, on-going and started targets', () => {
  const result = carry(bradford())
  it('carries all 15 actions (refs 1–8, 10–16)', () => {
    expect(result.carried.map((c) => c.ref)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
    ])
  })
  it('keeps the open-ended targets (2 and 8 "On-going", 3 "Started June 2019…") and reviews the rest', () => {
    const outcome = Object.fromEntries(result.carried.map((c) => [c.ref, c.target.outcome]))
    expect(
      Object.entries(outcome)
        .filter(([, o]) => o === 'kept')
        .map(([ref]) => ref),
    ).toEqual(['2', '3', '8'])
    expect(result.plan.actions.find((a) => a.ref === '2')!.target.text).toBe('On-going')
    // 16's cell lists August 2020 twice and On-going: due 2020-08-31, before the new period.
    expect(result.carried.find((c) => c.ref === '16')!.target).toMatchObject({
      outcome: 'review',
      previousDue: '2020-08-31',
    })
  })
})

describe('Glasgow: quarters under "Year 1" / "Year 2"', () => {
  const previous = glasgow()
  const result = carry(previous)
  it('carries all 55 actions, the Evaluating Impact page included', () => {
    expect(result.carried).toHaveLength(55)
    expect(result.plan.actions.filter((a) => a.pillars.includes('E'))).toHaveLength(11)
  })
  it('moves the year labels with the plan (Year 1 = 2021) and proposes each quarter for review', () => {
    expect(result.plan.dateContext.yearLabels).toEqual({ 'Year 1': 2021, 'Year 2': 2022 })
    // "Promote awareness …": Q2 under Year 1 → 2021-06-30; "University Technicians' Conference …": Q1 under
    // Year 2 → 2022-03-31; "Hold Scottish event …": Q4 under Year 2 → 2022-12-31.
    const by = (start: string) => result.carried.find((c) => c.title.startsWith(start))!.target
    expect(by('Promote awareness')).toMatchObject({
      outcome: 'review',
      previousDue: '2019-06-30',
      due: '2021-06-30',
    })
    expect(by("University Technicians' Conference")).toMatchObject({
      due: '2022-03-31',
      previousDue: '2020-03-31',
    })
    expect(by('Hold Scottish event')).toMatchObject({ due: '2022-12-31', previousDue: '2020-12-31' })
    expect(result.carried.every((c) => c.target.outcome === 'review')).toBe(true)
  })
  it('leaves actions the history says are complete or cancelled', () => {
    // A year on, the team records that the launch event happened and that the budget action was dropped.
    const at = '2019-07-01T09:00:00Z'
    const updated: Plan = {
      ...previous,
      actions: previous.actions.map((action) =>
        action.title.startsWith("Hold 'launch' event")
          ? applyProgressUpdate(action, {
              at,
              by: 'PSG',
              status: parseStatus('Complete (28/06/19)'),
              target: null,
              note: null,
            })
          : action.title === 'Establish Technician Commitment budget'
            ? applyProgressUpdate(action, {
                at,
                by: 'PSG',
                status: parseStatus('Cancelled'),
                target: null,
                note: 'Funded centrally',
              })
            : action,
      ),
    }
    const next = carry(updated)
    expect(next.carried).toHaveLength(53)
    expect(next.left.map((l) => [l.title, l.reason])).toEqual([
      ["Hold 'launch' event celebrating Action Plan approval", 'complete'],
      ['Establish Technician Commitment budget', 'cancelled'],
    ])
  })
})

describe('Portsmouth: no dates and no period at all', () => {
  const result = carry(portsmouth())
  it('carries all 21 actions and asks for a target for each', () => {
    expect(result.carried.map((c) => c.ref)).toEqual(Array.from({ length: 21 }, (_, i) => String(i + 1)))
    expect(
      result.carried.every((c) => c.target.outcome === 'review' && /gives no date/.test(c.target.message)),
    ).toBe(true)
    expect(result.plan.stage).toBeUndefined() // the previous plan named no stage
  })
})

describe('the draft plan as the scoring rules see it', () => {
  it('scores every carried action as not started in the new period', () => {
    const draft = carry(oxford()).plan
    const assessment = evaluatePlan(draft, { asOf: '2021-02-01' })
    // Every target was set aside for review, so every action is undated.
    expect(assessment.ratingCounts['not-dated']).toBe(12)
    expect(assessment.stateCounts['not-started']).toBe(12)
  })
  it('keeps history before the close date and does not copy later entries', () => {
    const previous = oxford()
    const first = previous.actions[0]!
    const withHistory: Plan = {
      ...previous,
      actions: [
        applyProgressUpdate(
          applyProgressUpdate(first, {
            at: '2019-05-01T10:00:00Z',
            by: 'SRM',
            status: null,
            target: null,
            note: 'Draft to Forum',
          }),
          { at: '2021-01-10T10:00:00Z', by: 'SRM', status: null, target: null, note: 'After the close' },
        ),
        ...previous.actions.slice(1),
      ],
    }
    const result = carry(withHistory)
    const carried = result.plan.actions[0]!
    expect(carried.updates.map((u) => u.note?.slice(0, 15))).toEqual([
      'Draft to Forum',
      'Status in plan ',
      'Carried forward',
    ])
    expect(result.carried[0]!.message).toMatch(/ 1 update dated after 2020-11-15 not copied\.$/)
  })
})

describe('whatever the caller picks', () => {
  it('accounts for every action exactly once and carries exactly the picked ones', () => {
    const previous = oxford()
    const ids = previous.actions.map((a) => a.id)
    fc.assert(
      fc.property(fc.subarray(ids), (picked) => {
        const result = carry(previous, { include: picked })
        expect(result.carried.map((c) => c.actionId)).toEqual(ids.filter((id) => picked.includes(id)))
        expect(result.left.map((l) => l.from.actionId)).toEqual(ids.filter((id) => !picked.includes(id)))
        expect(result.plan.actions.every((a) => a.continues?.actionId === a.id)).toBe(true)
      }),
      { numRuns: 40 },
    )
  })
})
