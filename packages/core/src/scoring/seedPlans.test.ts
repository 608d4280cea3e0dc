// Table tests on the five seed plans. The plans come from the hand-reasoned golden readings in
// examples/data/golden; every expected rating and score below was worked out by hand from the seed text
// (dates, statuses, pillar letters), as the comments show — not copied from the code's output.
//
// Conventions used in the reasoning (see docs/concepts/status-rules.md):
//  - overdue: due date before asOf and not complete; due-soon: not started (or no status at all) and due within
//    90 days; behind-schedule: reported progress (in progress = ½) more than 25 points behind the elapsed share
//    of the window, which starts at the plan start for a plain deadline; stale: "On-going" with no update for
//    more than 180 days since the plan start.
//  - completion weights: complete 1, in progress ½, not started / no status 0.
import { describe, expect, it } from 'vitest'
import { evaluatePlan, type PlanAssessment } from './evaluatePlan'
import { goldenPlan } from '../testing/goldenPlans'

const byRef = (assessment: PlanAssessment) => assessment.actions.map((a) => `${a.ref ?? ''}:${a.rating}`)
const pillar = (assessment: PlanAssessment, code: string) => assessment.pillars.find((p) => p.code === code)!

describe('Oxford (000): a status column, initials as owners, a "Completed Actions" table', () => {
  // The plan runs 2018–2020 (its file name and the "Oct. 20" targets): period 2018-01-01 .. 2020-12-31.
  const plan = goldenPlan('oxford-2018-2020', { start: '2018-01-01', end: '2020-12-31' })

  it('rates each action on 2019-01-01', () => {
    const a = evaluatePlan(plan, { asOf: '2019-01-01' })
    expect(byRef(a)).toEqual([
      '1:overdue', // Aug. 18, in progress
      '2:overdue', // Dec. 18 = 2018-12-31, the day before asOf
      '3:overdue', // Sept. 18
      '4:overdue', // Dec. 18
      '5:on-track', // Sept. 20: 365 of 1003 days gone (36%), in progress counts 50%
      '6:on-track', // Sept. 19: 365/637 = 57% expected vs 50%: 7 points behind, within the 25-point margin
      '7:at-risk', // June 19, "To start": 365/545 = 67% of its window gone, nothing reported done
      '8:on-track', // June 20: 365/911 = 40% vs 50%
      '9:on-track', // June 19: 67% vs 50% — 17 points, within the margin
      '10:on-track', // June19: the same
      '11:overdue', // Oct 18
      '12:at-risk', // Oct. 20, "Not started": 365/1034 = 35% gone, 0% done
      '1:complete', // Completed table: Oct. 17, "Complete"
      '2:complete', // April 18, "Complete (16/04/18)": on time
      '3:complete', // Mar 18, "Complete"
    ])
    expect(a.ratingCounts).toEqual({ complete: 3, 'on-track': 5, 'at-risk': 2, overdue: 5, 'not-dated': 0 })
    expect(a.stateCounts).toMatchObject({ 'in-progress': 10, 'not-started': 2, complete: 3 })
    expect(a.actions.some((x) => x.late)).toBe(false)
  })

  it('scores completion overall and per pillar', () => {
    const a = evaluatePlan(plan, { asOf: '2019-01-01' })
    // 10 in progress × ½ + 3 complete × 1 + 2 not started × 0 = 8, over 15 actions.
    expect(a.completion).toBeCloseTo(8 / 15, 12)
    // V: 1, 2, 4, 9, 10 in progress; 7, 12 not started; completed 1, 2 → (2.5 + 2) / 9.
    expect(pillar(a, 'V')).toMatchObject({ actions: 9, open: 7, complete: 2 })
    expect(pillar(a, 'V').completion).toBeCloseTo(4.5 / 9, 12)
    // R: 1, 4, 5 in progress; 12 not started; completed 1, 2 → (1.5 + 2) / 6.
    expect(pillar(a, 'R').actions).toBe(6)
    expect(pillar(a, 'R').completion).toBeCloseTo(3.5 / 6, 12)
    // C: 1, 2, 3, 6, 8, 9, 10 in progress; 7, 12 not started; completed 1, 2 → (3.5 + 2) / 11.
    expect(pillar(a, 'C').actions).toBe(11)
    expect(pillar(a, 'C').completion).toBeCloseTo(5.5 / 11, 12)
    // S: 1, 6, 11 in progress; 7, 12 not started; completed 1, 2, 3 → (1.5 + 3) / 8.
    expect(pillar(a, 'S').actions).toBe(8)
    expect(pillar(a, 'S').completion).toBeCloseTo(4.5 / 8, 12)
    // No Evaluating Impact action, but E is optional: no coverage finding at all.
    expect(pillar(a, 'E')).toMatchObject({ actions: 0, completion: null, required: false })
    expect(a.findings).toEqual([])
  })

  it('compares expected with actual progress', () => {
    const a = evaluatePlan(plan, { asOf: '2019-01-01' })
    // Eight actions are past due (window fully elapsed): 1, 2, 3, 4, 11 and the three completed ones.
    // The others, from the plan start 2018-01-01 (365 days before asOf) to their due dates:
    const expectedSum = 8 + 365 / 1003 + 365 / 637 + (3 * 365) / 545 + 365 / 911 + 365 / 1034
    expect(a.progress.actions).toBe(15)
    expect(a.progress.expected).toBeCloseTo(expectedSum / 15, 12)
    expect(a.progress.actual).toBeCloseTo(8 / 15, 12)
    expect(a.progress.gap).toBeCloseTo(expectedSum / 15 - 8 / 15, 12) // behind: 78% of the time gone, 53% done
  })

  it('reports each owner’s load', () => {
    const a = evaluatePlan(plan, { asOf: '2019-01-01' })
    const owner = (name: string) => a.owners.find((o) => o.owner === name)
    // Forum: 1 (overdue), 4 (overdue), 5, 8, 10, 12 (at risk).
    expect(owner('Forum')).toEqual({
      owner: 'Forum',
      actions: 6,
      open: 6,
      complete: 0,
      overdue: 2,
      atRisk: 1,
    })
    // SM: 2 (overdue), 3 (overdue), 7 (at risk), 9, completed 2.
    expect(owner('SM')).toEqual({ owner: 'SM', actions: 5, open: 4, complete: 1, overdue: 2, atRisk: 1 })
    // CS: 6, 8, 9, 11 (overdue), completed 2 and 3.
    expect(owner('CS')).toEqual({ owner: 'CS', actions: 6, open: 4, complete: 2, overdue: 1, atRisk: 0 })
    // SRM: 1 (overdue), completed 1 and 2. VH: completed 1 and 2.
    expect(owner('SRM')).toEqual({ owner: 'SRM', actions: 3, open: 1, complete: 2, overdue: 1, atRisk: 0 })
    expect(owner('VH')).toEqual({ owner: 'VH', actions: 2, open: 0, complete: 2, overdue: 0, atRisk: 0 })
    expect(a.owners.map((o) => o.owner)).toEqual(['CS', 'Forum', 'SM', 'SRM', 'VH'])
  })

  it('has everything still open overdue by 2020-12-31', () => {
    const a = evaluatePlan(plan, { asOf: '2020-12-31' })
    // The latest target is Oct. 20; nothing reports completion beyond the three completed actions.
    expect(a.ratingCounts).toEqual({ complete: 3, 'on-track': 0, 'at-risk': 0, overdue: 12, 'not-dated': 0 })
    // With no update history, completion cannot move: still 8/15.
    expect(a.completion).toBeCloseTo(8 / 15, 12)
  })
})

describe('Glasgow (003): quarters under Year 1 = 2019 / Year 2 = 2020, no status column', () => {
  const plan = goldenPlan('glasgow-2018-2020', { start: '2019-01-01', end: '2020-12-31' })

  it('on 2019-01-01 only the Q1 Year 1 actions are at risk', () => {
    const a = evaluatePlan(plan, { asOf: '2019-01-01' })
    // Q1 2019 is due 2019-03-31, 89 days away, and nothing reports a start: due-soon. The six are
    // Champions (V), Professional networking (V), Short videos (R), Staff Survey feedback (R), Quantify
    // satisfaction (E) and the Steering Group meeting quarterly (E). Everything else is due Q2 2019 or later.
    const atRisk = a.actions.filter((x) => x.rating === 'at-risk').map((x) => x.actionId)
    expect(atRisk).toEqual([4, 9, 20, 21, 49, 55].map((n) => `glasgow-2018-2020#${n}`))
    expect(a.ratingCounts).toEqual({ complete: 0, 'on-track': 49, 'at-risk': 6, overdue: 0, 'not-dated': 0 })
    // No status anywhere: completion 0, and nothing to compare actual progress against either.
    expect(a.completion).toBe(0)
    expect(a.stateCounts.unknown).toBe(55)
  })

  it('on 2020-12-31 everything is overdue except the Q4 Year 2 actions, due that very day', () => {
    const a = evaluatePlan(plan, { asOf: '2020-12-31' })
    // Q4 Year 2: V 2 (Scottish event, School/College policy), R 3, C 2, S 4, E 6 = 17; due today, not
    // started → at risk. The other 38 are past their dates.
    expect(a.ratingCounts).toEqual({ complete: 0, 'on-track': 0, 'at-risk': 17, overdue: 38, 'not-dated': 0 })
  })

  it('covers all five pillars, each with open actions', () => {
    const a = evaluatePlan(plan, { asOf: '2019-01-01' })
    // The table blocks: Visibility 14 rows, Recognition 10, Career Development 14, Sustainability 6,
    // Evaluating Impact 11.
    expect(a.pillars.map((p) => [p.code, p.actions, p.open])).toEqual([
      ['V', 14, 14],
      ['R', 10, 10],
      ['C', 14, 14],
      ['S', 6, 6],
      ['E', 11, 11],
    ])
    expect(a.findings).toEqual([])
  })
})

describe('Bradford (002): "On-going" and "Started June 2019" targets, no status column', () => {
  const plan = goldenPlan('bradford-2019-2020', { start: '2019-01-01', end: '2020-12-31' })

  it('is all on track on 2019-01-01', () => {
    // The earliest deadline, December 2019, is 364 days away; the two "On-going" actions (2, 8) and the
    // "Started June 2019" one (3) are open-ended and cannot be stale on the plan's first day.
    const a = evaluatePlan(plan, { asOf: '2019-01-01' })
    expect(a.ratingCounts).toEqual({ complete: 0, 'on-track': 15, 'at-risk': 0, overdue: 0, 'not-dated': 0 })
  })

  it('on 2020-06-30: ten overdue, the August 2020 pair due soon, the open-ended three stale', () => {
    const a = evaluatePlan(plan, { asOf: '2020-06-30' })
    expect(byRef(a)).toEqual([
      '1:overdue', // December 2019
      '2:at-risk', // On-going: 546 days since the plan start without an update
      '3:at-risk', // Started June 2019 … on-going: the same
      '4:overdue', // December 2019
      '5:at-risk', // August 2020: 62 days away, no status
      '6:overdue', // January 2020
      '7:overdue', // Jan 2020
      '8:at-risk', // On-going
      '10:overdue', // December 2019 (the plan has no action 9)
      '11:overdue', // Next round April 2020
      '12:overdue', // January 2020
      '13:overdue', // February 2020
      '14:overdue', // January 2020
      '15:overdue', // April 2020
      '16:at-risk', // "August 2020 / August 2020 / On-going": due 2020-08-31, 62 days away
    ])
    const reasons = a.actions.map((x) => x.reasons.map((r) => r.rule).join('+'))
    expect(reasons[1]).toBe('stale')
    expect(reasons[4]).toBe('due-soon')
  })

  it('never rates the open-ended actions overdue', () => {
    const a = evaluatePlan(plan, { asOf: '2020-12-31' })
    // 12 dated actions, all past due; refs 2, 3 and 8 stay at risk (stale), not overdue.
    expect(a.ratingCounts).toEqual({ complete: 0, 'on-track': 0, 'at-risk': 3, overdue: 12, 'not-dated': 0 })
  })
})

describe('Cardiff (001): deadlines in a Timeframe column, pillars only in the rationale prose', () => {
  const plan = goldenPlan('cardiff-2018-2020', { start: '2018-01-01', end: '2020-12-31' })

  it('rates each action on 2019-01-01', () => {
    const a = evaluatePlan(plan, { asOf: '2019-01-01' })
    const ratings = a.actions.map((x) => x.rating)
    expect(ratings).toEqual([
      'overdue', // By end of March 2018
      'on-track', // By May 2020
      'overdue', // By end of April 2018
      'overdue', // By end of April 2018
      'overdue', // By end of May 2018
      'overdue', // By end of May 2018
      'overdue', // By end of June 2018
      'overdue', // By end October 2018
      'on-track', // By end May 2019: 150 days away
      'on-track', // By end of June 2020
      'on-track', // By September 2019
      'at-risk', // By end of February 2019: 58 days away, no status
      'overdue', // By end of July 2018
      'overdue', // By end of October 2018
      'on-track', // By end of June 2019: 180 days away
      'overdue', // By end of December 2018
      'overdue', // By end of June 2018
      'overdue', // By end of December 2018
    ])
  })

  it('counts pillars only where the rationale names them, and E is optional', () => {
    const a = evaluatePlan(plan, { asOf: '2019-01-01' })
    // V: intranet page, communications strategy, identifiable roles, University approach, engagement plan.
    // R: intranet page, professional registration development, workshops, annual award.
    // C: intranet page, Employer Champion, HEaTED awareness. S: intranet page, HEaTED, PSE evaluation,
    // apprenticeships. E: the 2017/2018 return.
    expect(a.pillars.map((p) => [p.code, p.actions])).toEqual([
      ['V', 5],
      ['R', 4],
      ['C', 3],
      ['S', 4],
      ['E', 1],
    ])
    expect(a.owners).toEqual([])
  })
})

describe('Portsmouth (004): narrative actions with no dates and no status', () => {
  const plan = goldenPlan('portsmouth-action-plan', { start: '2019-01-01', end: '2021-12-31' })

  it('rates every action not-dated, whatever the date', () => {
    for (const asOf of ['2019-01-01', '2020-12-31']) {
      const a = evaluatePlan(plan, { asOf })
      expect(a.ratingCounts).toEqual({
        complete: 0,
        'on-track': 0,
        'at-risk': 0,
        overdue: 0,
        'not-dated': 21,
      })
      expect(a.progress).toEqual({ actions: 0, expected: null, actual: null, gap: null })
    }
  })

  it('counts the "Commitment areas" per pillar and the stakeholders as owners', () => {
    const a = evaluatePlan(plan, { asOf: '2019-01-01' })
    // Commitment areas of actions 1–21: V in 1–6, 8, 9, 15, 16, 18, 20, 21 (13); R in 7, 8, 9 (3);
    // C in all but 4, 6, 8, 9 (17); S in 10–12, 14–21 (11).
    expect(a.pillars.map((p) => [p.code, p.actions])).toEqual([
      ['V', 13],
      ['R', 3],
      ['C', 17],
      ['S', 11],
      ['E', 0],
    ])
    const owner = (name: string) => a.owners.find((o) => o.owner === name)?.actions
    // Technical Managers are stakeholders of 3, 7, 10–21; HR of 5, 8, 10, 11, 13, 19, 20, 21.
    expect(owner('Technical Managers')).toBe(14)
    expect(owner('HR')).toBe(8)
  })
})
