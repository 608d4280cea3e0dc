import { describe, expect, it } from 'vitest'
import { lintPlan } from './lintPlan'
import { goldenPlan } from '../testing/goldenPlans'
import { testAction, testPlan } from '../testing/planFixtures'

const codes = (findings: readonly { code: string }[]) => findings.map((f) => f.code)

describe('lintPlan', () => {
  const clean = {
    ref: '1',
    owners: ['SM'],
    pillars: ['V'],
    successMeasures: ['Webpage live'],
    target: { text: 'June 2019', due: '2019-06-30' },
    status: { text: 'In progress', state: 'in-progress' as const },
  }
  const period = { start: '2019-01-01', end: '2020-12-31' }

  it('finds nothing wrong with a complete action', () => {
    expect(lintPlan(testPlan([testAction(clean)], period))).toEqual([])
  })

  it('flags each missing piece with a severity and a fix', () => {
    const findings = lintPlan(
      testPlan(
        [
          testAction({ ...clean, ref: '1', owners: [] }),
          testAction({ ...clean, ref: '2', successMeasures: [' '] }),
          testAction({ ...clean, ref: '3', target: { text: '' } }),
          testAction({ ...clean, ref: '4', target: { text: 'when budget allows', kind: 'unknown' } }),
          testAction({ ...clean, ref: '5', target: { text: 'On-going', kind: 'ongoing' } }),
          testAction({ ...clean, ref: '6', target: { text: 'June 2021', due: '2021-06-30' } }),
          testAction({ ...clean, ref: '7', pillars: [] }),
          testAction({ ...clean, ref: '8', pillars: ['V', 'Q'] }),
          testAction({ ...clean, ref: '9', title: '   ' }),
          testAction({ ...clean, ref: '10', status: { text: 'Complete', state: 'complete' } }),
          testAction({
            ...clean,
            ref: '11',
            target: { text: 'June 20', due: '2020-06-30', confidence: 0.4 },
          }),
          testAction({ ...clean, ref: '12', target: { text: 'Oct. 17', due: '2017-10-31' } }),
          testAction({ ...clean, ref: '13', status: { text: '' } }),
        ],
        period,
      ),
    )
    expect(findings.map((f) => [f.code, f.severity, f.message.slice(0, 10)])).toEqual([
      ['no-owner', 'warning', 'Action 1 h'],
      ['no-success-measure', 'warning', 'Action 2 h'],
      ['no-target-date', 'warning', 'Action 3 h'],
      ['unparseable-date', 'error', 'Action 4: '],
      ['vague-target', 'warning', 'Action 5: '],
      ['past-plan-period', 'warning', 'Action 6 i'],
      ['no-pillar', 'warning', 'Action 7 i'],
      ['unknown-pillar', 'warning', 'Action 8 n'],
      ['no-title', 'error', 'Action 9 h'],
      ['complete-without-date', 'info', 'Action 10 '],
      ['uncertain-date', 'info', 'Action 11:'],
      ['before-plan-period', 'info', 'Action 12 '],
      ['no-status', 'info', 'Action 13 '],
    ])
    for (const finding of findings) expect(finding.fix.length).toBeGreaterThan(10)
    expect(findings[3]!.message).toContain('"when budget allows"')
  })

  it('reports duplicate refs and ids, and names plan-wide gaps once', () => {
    const findings = lintPlan(
      testPlan([
        testAction({ ...clean, id: 'x', ref: '1', status: { text: '' } }),
        testAction({ ...clean, id: 'x', ref: ' 1 ', status: { text: '' } }),
      ]),
    )
    expect(codes(findings)).toEqual(['no-plan-period', 'no-status-reported', 'duplicate-ref', 'duplicate-id'])
    expect(lintPlan(testPlan([]))).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'empty-plan' })]),
    )
  })

  describe('a shared ref is one finding, at its first action, naming every action that uses it', () => {
    const act = (id: string, ref: string | null, title: string, section: string | null = null) =>
      testAction({ ...clean, id, ref, title, section })
    it.each([
      [
        'two tables both counting from 1',
        [
          act('a', '1', 'Hold a careers day', 'Open'),
          act('b', '2', 'Fund training'),
          act('c', '1', 'Hire a mentor', 'Done'),
        ],
        [
          [
            'a',
            'The ref "1" is used by 2 actions: "Hold a careers day" (in "Open") and "Hire a mentor" (in "Done").',
          ],
        ],
      ],
      [
        'three actions, refs written with other case and spaces',
        [act('a', 'A2', 'First'), act('b', ' a2', 'Second'), act('c', 'a2 ', 'Third')],
        [['a', 'The ref "A2" is used by 3 actions: "First", "Second" and "Third".']],
      ],
      [
        'two refs shared, each reported where it first appears',
        [act('a', '7', 'Seven'), act('b', '8', 'Eight'), act('c', '8', ''), act('d', '7', 'Seven again')],
        [
          ['a', 'The ref "7" is used by 2 actions: "Seven" and "Seven again".'],
          ['b', 'The ref "8" is used by 2 actions: "Eight" and the action with id "c".'],
        ],
      ],
      ['no ref shared', [act('a', '1', 'One'), act('b', null, 'None'), act('c', null, 'None either')], []],
    ])('%s', (_name, actions, expected) => {
      const found = lintPlan(testPlan(actions, period)).filter((f) => f.code === 'duplicate-ref')
      expect(found.map((f) => [f.actionId, f.message])).toEqual(expected)
      for (const finding of found) expect(finding.severity).toBe('warning')
    })

    it('names ten actions and counts the rest when a whole table shares one ref', () => {
      const actions = Array.from({ length: 5_000 }, (_, i) => act(`a${i}`, 'x', `Task ${i}`))
      const found = lintPlan(testPlan(actions, period)).filter((f) => f.code === 'duplicate-ref')
      expect(found).toHaveLength(1)
      expect(found[0]!.message).toBe(
        `The ref "x" is used by 5000 actions: ${Array.from({ length: 10 }, (_, i) => `"Task ${i}"`).join(', ')} and 4990 more.`,
      )
    })
  })

  it('caps hostile text quoted in messages', () => {
    const long = 'x'.repeat(10_000)
    const [finding] = lintPlan(
      testPlan([testAction({ ...clean, ref: null, title: long, owners: [] })], period),
    )
    expect(finding!.message.length).toBeLessThan(120)
  })

  it('reviews the Oxford seed plan as a panel would', () => {
    // Two tables number their actions from 1: refs 1, 2 and 3 each appear twice (3 findings). Every action
    // has an owner and a date; none of the golden readings carries the success measures, so all 15 lack one.
    // "Complete" without a date: completed actions 1 and 3 (action 2 says "Complete (16/04/18)").
    // Completed action 1 (Oct. 17) is before the plan period but complete, so it is not flagged.
    const findings = lintPlan(goldenPlan('oxford-2018-2020', { start: '2018-01-01', end: '2020-12-31' }))
    const count = (code: string) => findings.filter((f) => f.code === code).length
    expect(count('duplicate-ref')).toBe(3)
    expect(count('no-owner')).toBe(0)
    expect(count('no-success-measure')).toBe(15)
    expect(count('complete-without-date')).toBe(2)
    expect(count('before-plan-period')).toBe(0)
    expect(count('past-plan-period')).toBe(0)
  })

  it('reviews the Bradford seed plan', () => {
    // Refs 2 and 8 are "On-going" and ref 3 "Started June 2019. Work will be on-going": open-ended with no
    // review date. No status column at all: one plan-wide finding. No owners column: 15 no-owner findings.
    const findings = lintPlan(goldenPlan('bradford-2019-2020', { start: '2019-01-01', end: '2020-12-31' }))
    expect(findings.filter((f) => f.code === 'vague-target').map((f) => f.message.slice(0, 8))).toEqual([
      'Action 2',
      'Action 3',
      'Action 8',
    ])
    expect(findings.filter((f) => f.code === 'no-status-reported')).toHaveLength(1)
    expect(findings.filter((f) => f.code === 'no-owner')).toHaveLength(15)
  })

  it('reviews the Portsmouth seed plan: no dates at all', () => {
    const findings = lintPlan(
      goldenPlan('portsmouth-action-plan', { start: '2019-01-01', end: '2021-12-31' }),
    )
    expect(findings.filter((f) => f.code === 'no-target-date')).toHaveLength(21)
    expect(findings.filter((f) => f.code === 'no-owner')).toHaveLength(0)
  })
})
