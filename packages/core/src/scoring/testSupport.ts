// Builders for the scoring tests (not exported from the package). They fill every field of the model that a
// test does not care about, so that each test states only what its expectation depends on.
import { readFileSync } from 'node:fs'
import type { Action } from '../model/action'
import type { Plan } from '../model/plan'
import type { Status, StatusState } from '../model/status'
import type { TargetDate, TargetDateKind } from '../model/targetDate'

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

interface GoldenTarget {
  text: string
  kind: TargetDateKind
  due: string | null
  parts?: GoldenTarget[]
}

interface GoldenAction {
  ref: string | null
  title: string
  section: string | null
  pillars: string[]
  owners: string[]
  target: GoldenTarget | null
  status: { state: StatusState; completedOn: string | null } | null
}

interface Golden {
  file: string
  actionCount: number
  actions: GoldenAction[]
}

/**
 * A plan built from one of the hand-reasoned golden readings of the seed plans in `examples/data/golden`.
 * Success measures are not part of the golden files, so they stay empty here.
 */
export function goldenPlan(name: string, period: { start: string; end: string }): Plan {
  const url = new URL(`../../../../examples/data/golden/${name}.json`, import.meta.url)
  const golden = JSON.parse(readFileSync(url, 'utf8')) as Golden
  const actions = golden.actions.map((entry, index) =>
    testAction({
      id: `${name}#${index + 1}`,
      ref: entry.ref,
      title: entry.title,
      section: entry.section,
      pillars: entry.pillars,
      owners: entry.owners,
      target:
        entry.target === null
          ? { text: '', kind: 'unknown', due: null }
          : {
              text: entry.target.text,
              kind: entry.target.kind,
              due: entry.target.due,
              parts: (entry.target.parts ?? []).map((part) =>
                testTarget({ text: part.text, kind: part.kind, due: part.due }),
              ),
            },
      status:
        entry.status === null
          ? { state: 'unknown' }
          : { state: entry.status.state, completedOn: entry.status.completedOn },
    }),
  )
  return { ...testPlan(actions, period), id: name }
}
