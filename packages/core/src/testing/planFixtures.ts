import type { Action } from '../model/action'
import type { Plan } from '../model/plan'
import type { ProgressUpdate } from '../model/progressUpdate'
import type { Status, StatusState } from '../model/status'
import type { TargetDate } from '../model/targetDate'

/**
 * Strings that have broken storage code elsewhere: SQL and JSON syntax, prototype keys, quotes, NUL and
 * control characters, combining marks, right-to-left text, astral-plane emoji, and a long cell.
 *
 * @example
 * for (const text of hostileStrings) await store.savePlan(buildTestPlan({ id: text }))
 */
export const hostileStrings: readonly string[] = [
  "'); DROP TABLE plans;--",
  'Robert"); DELETE FROM history; --',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '{"$ne":null}',
  '"quoted" \'single\' `back`',
  'tab\tnew\nline\r\nreturn',
  'nul\u0000byte',
  '\u001b[31mred\u001b[0m',
  'Ångström café — naïve',
  'e\u0301 (combining acute)',
  'עברית ومرحبا',
  '技術者コミットメント',
  '🧪🔬 technicians 👩🏽‍🔬',
  '\u202Eevil\u202C',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the hostile text itself
  '%s %d ${x} {{x}}',
  ' leading and trailing ',
  'x'.repeat(10_000),
]

/**
 * A status with every field filled, for round-trip tests. Pass overrides to change fields.
 *
 * @example
 * buildTestStatus({ state: 'complete', completedOn: '2025-06-30' })
 */
export function buildTestStatus(overrides: Partial<Status> = {}): Status {
  return {
    text: 'In progress (60%) – Amber',
    state: 'in-progress',
    completedOn: null,
    percent: 60,
    reportedRag: 'amber',
    note: 'several new schemes under discussion',
    ...overrides,
  }
}

/**
 * A target date with every field filled, including a part and an alternative reading.
 *
 * @example
 * buildTestTarget({ due: '2026-07-31', text: 'July 2026' })
 */
export function buildTestTarget(overrides: Partial<TargetDate> = {}): TargetDate {
  return {
    text: 'Summer 2026',
    kind: 'due',
    start: '2026-06-01',
    end: '2026-08-31',
    due: '2026-08-31',
    precision: 'season',
    confidence: 0.8,
    warnings: ['season read as June–August'],
    parts: [
      {
        text: 'Summer 2026',
        kind: 'due',
        start: '2026-06-01',
        end: '2026-08-31',
        due: '2026-08-31',
        precision: 'season',
        confidence: 0.8,
        warnings: [],
      },
    ],
    alternatives: [
      {
        text: 'Summer 2026',
        kind: 'range',
        start: '2026-06-21',
        end: '2026-09-22',
        due: '2026-09-22',
        precision: 'season',
        confidence: 0.2,
        warnings: ['astronomical summer'],
      },
    ],
    ...overrides,
  }
}

/**
 * A progress update. `at` is required because fixtures never read the clock.
 *
 * @example
 * buildTestUpdate({ at: '2026-02-01T10:00:00.000Z', note: 'Met HR' })
 */
export function buildTestUpdate(overrides: Partial<ProgressUpdate> & { at: string }): ProgressUpdate {
  return { by: 'Technical Manager', status: null, target: null, note: null, ...overrides }
}

/**
 * An action with every field filled (extra columns, a past update, two pillars). Pass overrides to change
 * fields; `id` is required so that fixtures in one plan never collide.
 *
 * @example
 * buildTestAction({ id: 'V1', pillars: ['V'] })
 */
export function buildTestAction(overrides: Partial<Action> & { id: string }): Action {
  return {
    ref: overrides.id,
    title: `Action ${overrides.id}`,
    description: 'Run a technician showcase each year and publish the results on the intranet.',
    section: 'Visibility',
    pillars: ['V', 'C'],
    pillarsText: 'V, C',
    owners: ['Technical Managers Forum', 'SRM'],
    ownersText: 'Technical Managers Forum / SRM',
    target: buildTestTarget(),
    successMeasures: ['Showcase held', '≥ 80 % attendance'],
    status: buildTestStatus(),
    notes: 'Carried over from the 2022 plan.',
    updates: [
      buildTestUpdate({
        at: '2025-11-03T14:30:00.000Z',
        by: 'J. Smith',
        status: buildTestStatus({
          text: 'Started',
          state: 'in-progress',
          percent: 10,
          reportedRag: null,
          note: null,
        }),
        note: 'Kick-off meeting held.',
      }),
    ],
    extra: [
      { column: 'Budget (£)', value: '1,500' },
      { column: '__proto__', value: 'kept verbatim' },
    ],
    ...overrides,
  }
}

/**
 * A plan with every field filled. `actionCount` (default 3) generates actions `A1…An` whose pillars cycle
 * V, R, C, S and whose due dates step a month at a time from January 2026; pass `actions` to set them
 * yourself.
 *
 * @example
 * buildTestPlan({ id: 'uni-2026', actionCount: 5000 })
 */
export function buildTestPlan(overrides: Partial<Plan> & { id: string; actionCount?: number }): Plan {
  const { actionCount = 3, ...rest } = overrides
  return {
    institution: 'University of Testshire',
    title: 'Technician Commitment Action Plan 2026–2029',
    period: { text: '2026 – 2029', start: '2026-01-01', end: '2029-12-31' },
    taxonomy: 'technician-commitment',
    dateContext: {
      referenceDate: '2026-01-01',
      planStart: '2026-01-01',
      planEnd: '2029-12-31',
      yearLabels: { 'Year 1': 2026, 'Year 2': 2027, constructor: 2028 },
      column: 'Year 1',
      academicYearStartMonth: 8,
      quarterBasis: 'academic',
    },
    actions: Array.from({ length: actionCount }, (_, i) => generatedAction(i)),
    ...rest,
  }
}

const cyclePillars = ['V', 'R', 'C', 'S'] as const

function generatedAction(index: number): Action {
  const pillar = cyclePillars[index % 4]!
  // Month (index mod 48) of 2026–2029: the due date is the last day of that month.
  const monthIndex = index % 48
  const year = 2026 + Math.floor(monthIndex / 12)
  const month = (monthIndex % 12) + 1
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const due = `${year}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`
  return buildTestAction({
    id: `A${index + 1}`,
    pillars: [pillar],
    pillarsText: pillar,
    target: buildTestTarget({
      text: due,
      start: due,
      end: due,
      due,
      precision: 'day',
      parts: [],
      alternatives: [],
    }),
  })
}

// ── Bare builders for scoring tests: every field a test does not name is empty or null, so that each test
// states only what its expectation depends on. Internal to core's own tests (not exported from ./testing).

/** Fields `testAction` accepts. */
export interface TestActionInput {
  id?: string
  ref?: string | null
  title?: string
  section?: string | null
  pillars?: string[]
  owners?: string[]
  successMeasures?: string[]
  target?: Partial<TargetDate>
  status?: Partial<Status>
  updates?: Action['updates']
}

/** A target with only what is given (a `due` makes it kind `due`, month precision). */
export function testTarget(input: Partial<TargetDate> = {}): TargetDate {
  const due = input.due ?? null
  return {
    text: input.text ?? due ?? '',
    kind: input.kind ?? (due === null ? 'unknown' : 'due'),
    start: input.start ?? null,
    end: input.end ?? due,
    due,
    precision: input.precision ?? (due === null ? null : 'month'),
    confidence: input.confidence ?? (due === null ? 0 : 1),
    warnings: input.warnings ?? [],
    parts: input.parts ?? [],
    alternatives: input.alternatives ?? [],
  }
}

/** A status with only what is given (default state `unknown`). */
export function testStatus(input: Partial<Status> = {}): Status {
  const state: StatusState = input.state ?? 'unknown'
  return {
    text: input.text ?? (state === 'unknown' ? '' : state),
    state,
    completedOn: input.completedOn ?? null,
    percent: input.percent ?? null,
    reportedRag: input.reportedRag ?? null,
    note: input.note ?? null,
  }
}

let counter = 0

/** An action with only what is given; ids and titles are numbered when not given. */

export function testAction(input: TestActionInput = {}): Action {
  counter++
  const pillars = input.pillars ?? []
  const owners = input.owners ?? []
  return {
    id: input.id ?? `action-${counter}`,
    ref: input.ref === undefined ? null : input.ref,
    title: input.title ?? `Action ${counter}`,
    description: null,
    section: input.section ?? null,
    pillars,
    pillarsText: pillars.join(', '),
    owners,
    ownersText: owners.join(' / '),
    target: testTarget(input.target),
    successMeasures: input.successMeasures ?? [],
    status: testStatus(input.status),
    notes: null,
    updates: input.updates ?? [],
    extra: [],
  }
}

/** A plan `test-plan` holding `actions`, with an optional period. */
export function testPlan(
  actions: Action[],
  period: { start: string | null; end: string | null } = { start: null, end: null },
): Plan {
  return {
    id: 'test-plan',
    institution: null,
    title: null,
    period: { text: null, ...period },
    taxonomy: 'technician-commitment',
    dateContext: {},
    actions,
  }
}
