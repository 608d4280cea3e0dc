import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Action } from '../model/action'
import type { Plan } from '../model/plan'
import type { ProgressUpdate } from '../model/progressUpdate'
import type { DateContext } from '../model/targetDate'
import { parseTargetDate } from '../dates/parseTargetDate'
import { parseOwners } from '../owners/parseOwners'
import { parseStatus } from '../status/parseStatus'
import { resolvePillars } from '../taxonomy/resolvePillars'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { planToRows } from './planToRows'
import { tableToPlan } from './tableToPlan'

function action(overrides: Partial<Action> & { id: string }): Action {
  return {
    ref: null,
    title: '',
    description: null,
    section: null,
    pillars: [],
    pillarsText: '',
    owners: [],
    ownersText: '',
    target: parseTargetDate(''),
    successMeasures: [],
    status: parseStatus(''),
    notes: null,
    updates: [],
    extra: [],
    ...overrides,
  }
}

const basePlan: Plan = {
  id: 'demo',
  institution: 'University of Somewhere',
  title: 'Technician Commitment Action Plan',
  period: { text: '2019–2020', start: '2019-01-01', end: '2020-12-31' },
  taxonomy: technicianCommitment.id,
  dateContext: { yearLabels: { 'Year 1': 2019, 'Year 2': 2020 }, quarterBasis: 'calendar' },
  actions: [
    action({
      id: 'a1',
      ref: '1',
      title: 'Launch a webpage',
      ownersText: 'Forum / SM',
      owners: ['Forum', 'SM'],
      successMeasures: ['Page live', 'Visits counted'],
      extra: [{ column: 'Budget', value: '£500' }],
    }),
    action({ id: 'a2', title: 'Hold a conference', extra: [{ column: 'Venue', value: 'Hall' }] }),
  ],
}

describe('the canonical layout', () => {
  const rows = planToRows(basePlan)

  it('starts with the documented header, then the extra columns in order of first use', () => {
    expect(rows[0]).toEqual([
      'Id',
      'Ref',
      'Title',
      'Description',
      'Section',
      'Pillars',
      'Owners',
      'Target',
      'Target column',
      'Success measures',
      'Status',
      'Notes',
      'Updates',
      'Budget',
      'Venue',
    ])
  })

  it('writes one row per action, with success measures one per line and empty cells for nulls', () => {
    expect(rows[1]).toEqual([
      'a1',
      '1',
      'Launch a webpage',
      '',
      '',
      '',
      'Forum / SM',
      '',
      '',
      'Page live\nVisits counted',
      '',
      '',
      '',
      '£500',
      '',
    ])
    expect(rows[2]!.slice(13)).toEqual(['', 'Hall'])
  })

  it('writes the plan details below a blank row, every row as wide as the header', () => {
    const width = rows[0]!.length
    expect(rows.every((row) => row.length === width)).toBe(true)
    expect(rows[3]!.every((cell) => cell === '')).toBe(true)
    expect(rows.slice(4).map((row) => row.filter((cell) => cell !== ''))).toEqual([
      ['Plan id', 'demo'],
      ['Plan title', 'Technician Commitment Action Plan'],
      ['Institution', 'University of Somewhere'],
      ['Period', '2019–2020', '2019-01-01', '2020-12-31'],
      ['Taxonomy', 'technician-commitment'],
      ['Year label', 'Year 1', '2019'],
      ['Year label', 'Year 2', '2020'],
      ['Quarter basis', 'calendar'],
    ])
  })

  it('keeps each action’s own order of extra columns', () => {
    const plan = {
      ...basePlan,
      actions: [
        action({ id: 'x', extra: [{ column: 'B', value: '1' }] }),
        action({
          id: 'y',
          extra: [
            { column: 'A', value: '2' },
            { column: 'B', value: '3' },
          ],
        }),
      ],
    }
    expect(planToRows(plan)[0]!.slice(13)).toEqual(['A', 'B'])
    expect(tableToPlan(planToRows(plan)).plan).toEqual(plan)
  })

  it('re-imports to the same plan', () => {
    const { plan, issues } = tableToPlan(rows)
    expect(issues).toEqual([])
    expect(plan).toEqual(basePlan)
  })
})

// A plan whose parsed fields are what their texts read as: the plans tableToPlan produces. Text fields are
// arbitrary strings (commas, quotes, line breaks, HTML, "__proto__"); parsed fields come from the parsers.
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    'V, C',
    'Visibility\nCareer Development',
    'Forum / SRM',
    'Aug. 18',
    'Q2',
    'On-going',
    'In progress',
    'Complete (16/04/18)',
    '<p>x</p> &amp;',
    '__proto__',
    '=SUM(A1)',
  ),
)
const nonEmpty = text.filter((s) => s !== '')
const nullable = fc.option(nonEmpty, { nil: null })
const isoDate = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

const dateContext: fc.Arbitrary<DateContext> = fc.record(
  {
    referenceDate: isoDate,
    planStart: isoDate,
    yearLabels: fc.dictionary(
      fc.constantFrom('Year 1', 'Year 2', 'Y3', 'odd label'),
      fc.integer({ min: 2000, max: 2040 }),
      { minKeys: 1 },
    ),
    academicYearStartMonth: fc.integer({ min: 1, max: 12 }),
    quarterBasis: fc.constantFrom('calendar' as const, 'academic' as const, 'financial' as const),
  },
  { requiredKeys: [] },
)

const update: fc.Arbitrary<ProgressUpdate> = fc.record({
  at: isoDate.map((d) => `${d}T09:30:00Z`),
  by: nullable,
  status: fc.option(
    text.map((t) => parseStatus(t)),
    { nil: null },
  ),
  target: fc.option(
    text.map((t) => parseTargetDate(t)),
    { nil: null },
  ),
  note: nullable,
})

const extraNames = ['Budget', 'Comments 2', '__proto__', 'Id', '']

function actionArbitrary(context: DateContext) {
  return fc
    .record({
      ref: nullable,
      title: text,
      description: nullable,
      section: nullable,
      pillarsText: text,
      ownersText: text,
      targetText: text,
      successMeasures: fc.array(
        nonEmpty.filter((s) => !s.includes('\n') && s.trim() !== ''),
        { maxLength: 3 },
      ),
      statusText: text,
      notes: nullable,
      updates: fc.array(update, { maxLength: 2 }),
      extra: fc
        .subarray(extraNames)
        .chain((names) =>
          fc
            .tuple(...names.map(() => nonEmpty))
            .map((values) => names.map((column, i) => ({ column, value: values[i]! }))),
        ),
    })
    .map((a): Omit<Action, 'id'> => {
      const pillars =
        a.pillarsText.trim() === '' ? [] : [...resolvePillars(a.pillarsText, technicianCommitment).codes]
      return {
        ref: a.ref,
        title: a.title,
        description: a.description,
        section: a.section,
        pillars,
        pillarsText: a.pillarsText,
        owners: a.ownersText === '' ? [] : parseOwners(a.ownersText).owners,
        ownersText: a.ownersText,
        target: parseTargetDate(a.targetText, context),
        successMeasures: a.successMeasures,
        status: parseStatus(a.statusText),
        notes: a.notes,
        updates: a.updates,
        extra: a.extra,
      }
    })
}

const planArbitrary: fc.Arbitrary<Plan> = dateContext.chain((context) =>
  fc.record({
    id: nonEmpty,
    institution: fc.option(text, { nil: null }),
    title: fc.option(text, { nil: null }),
    period: fc.record({
      text: nullable,
      start: fc.option(isoDate, { nil: null }),
      end: fc.option(isoDate, { nil: null }),
    }),
    taxonomy: fc.constant(technicianCommitment.id),
    dateContext: fc.constant(context),
    actions: fc
      .array(actionArbitrary(context), { maxLength: 6 })
      .chain((actions) =>
        fc
          .uniqueArray(nonEmpty, { minLength: actions.length, maxLength: actions.length })
          .map((ids) => actions.map((a, i) => ({ id: ids[i]!, ...a }))),
      ),
  }),
)

describe('export → import round-trip, cell for cell', () => {
  it('keeps a last column with no header and only spaces, and cells that all start with the same spaces', () => {
    const plan: Plan = {
      ...basePlan,
      actions: [
        action({ id: 'a1', title: '  Launch a webpage', extra: [{ column: '', value: ' ' }] }),
        action({ id: 'a2', title: '  Hold a conference', extra: [{ column: '', value: '  ' }] }),
      ],
    }
    expect(tableToPlan(planToRows(plan)).plan).toEqual(plan)
  })

  it('keeps a last action whose title reads as a note', () => {
    const plan: Plan = {
      ...basePlan,
      actions: [...basePlan.actions, action({ id: 'a3', title: 'Note: costs to follow' })],
    }
    expect(tableToPlan(planToRows(plan)).plan).toEqual(plan)
  })
})

describe('export → import round-trip (property)', () => {
  it('gives back any plan whose parsed fields agree with their texts', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const again = tableToPlan(planToRows(plan))
        // Warnings (an unreadable date) come back as they were found the first time; errors never appear.
        expect(again.issues.filter((issue) => issue.severity === 'error')).toEqual([])
        expect(again.plan).toEqual(plan)
      }),
      { numRuns: 200 },
    )
  })

  it('gives back any plan that tableToPlan read from an ordinary table', () => {
    const header = [
      'no.',
      'Action',
      'Detail',
      'Aim',
      'Responsible',
      'Timescale',
      'Success Measure',
      'Status',
      'Notes',
      'Other',
    ]
    const cell = fc.oneof(
      fc.string({ maxLength: 15 }),
      fc.constantFrom(
        '',
        'V, R',
        'C',
        'SM / CS',
        'Registry (lead)',
        'June 19',
        'Q3 2020',
        'Done',
        'The open day was held in March',
        '<u>x</u>',
        'a\nb',
      ),
    )
    const rows = fc.array(
      fc.tuple(fc.integer({ min: 1, max: 99 }).map(String), ...header.slice(1).map(() => cell)),
      { maxLength: 8 },
    )
    fc.assert(
      fc.property(rows, (body) => {
        const first = tableToPlan([header, ...body]).plan
        expect(tableToPlan(planToRows(first)).plan).toEqual(first)
      }),
      { numRuns: 200 },
    )
  })
})

describe('plan stages in the canonical layout', () => {
  const staged: Plan = {
    ...basePlan,
    stage: 'Bronze renewal',
    signedOn: '2017-09-13',
    previousPlanId: 'demo-2016',
    actions: [
      { ...basePlan.actions[0]!, continues: { planId: 'demo-2016', actionId: 'V3' } },
      basePlan.actions[1]!,
    ],
  }

  it('puts the link columns between Updates and the extra columns, empty for a new action', () => {
    const rows = planToRows(staged)
    expect(rows[0]!.slice(12)).toEqual(['Updates', 'Continues plan', 'Continues action', 'Budget', 'Venue'])
    expect(rows[1]!.slice(13)).toEqual(['demo-2016', 'V3', '£500', ''])
    expect(rows[2]!.slice(13)).toEqual(['', '', '', 'Hall'])
  })

  it('reads back a stage label, a numbered stage, signedOn, previousPlanId and the links', () => {
    expect(tableToPlan(planToRows(staged)).plan).toEqual(staged)
    const numbered = { ...staged, stage: 3 }
    expect(tableToPlan(planToRows(numbered)).plan).toEqual(numbered)
  })

  it('writes nothing new for a plan without stages, so older exports keep their shape', () => {
    const rows = planToRows(basePlan)
    expect(rows[0]).not.toContain('Continues plan')
    expect(rows.map((row) => row[0])).not.toContain('Stage')
    expect(tableToPlan(rows).plan).toEqual(basePlan)
  })

  it('extra columns that happen to be named like the link columns stay extra columns', () => {
    const lookalike: Plan = {
      ...basePlan,
      actions: [
        action({
          id: 'a1',
          title: 'Keep these',
          extra: [
            { column: 'Continues plan', value: 'not a link' },
            { column: 'Continues action', value: 'nor this' },
          ],
        }),
      ],
    }
    const back = tableToPlan(planToRows(lookalike))
    expect(back.plan).toEqual(lookalike)
    expect(back.issues.filter((issue) => issue.severity === 'error')).toEqual([])
  })

  it('an empty Stage cell is a warning on its row, and the plan has no stage', () => {
    const rows = planToRows(staged).map((row) => [...row])
    const at = rows.findIndex((row) => row[0] === 'Stage')
    rows[at]![1] = ''
    const { plan, issues } = tableToPlan(rows)
    expect(plan.stage).toBeUndefined()
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'invalid-plan-detail', row: at + 1, column: 2 }),
    )
  })
})
