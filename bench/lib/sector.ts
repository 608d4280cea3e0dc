// A synthetic sector for storage benchmarks: `plans` plans of `actionsPerPlan` actions, deterministic from
// the seed, with the mix of pillars, states, owners and dates real plans have.
import type { Action, Plan, StatusState } from '../../packages/core/src/index'
import { random, randomIsoDay } from './random'

const STATES: StatusState[] = ['not-started', 'in-progress', 'complete', 'ongoing', 'on-hold', 'unknown']
export const PILLARS = ['V', 'R', 'C', 'S'] as const
const OWNERS = ['Technical Managers Forum', 'SRM', 'HR', 'L & D', 'Comms', 'Faculty Technical Lead']

/**
 * One synthetic action, deterministic from `rand`: 85% dated, with due dates spread over `years` years from
 * `firstYear`.
 */
export function makeAction(i: number, rand: () => number, firstYear = 2024, years = 4): Action {
  const dated = rand() < 0.85
  const due = dated ? randomIsoDay(rand, firstYear, years) : null
  const state = STATES[Math.floor(rand() * STATES.length)]!
  const pillars = PILLARS.filter(() => rand() < 0.4)
  if (pillars.length === 0) pillars.push(PILLARS[i % 4]!)
  const owners = [OWNERS[Math.floor(rand() * OWNERS.length)]!]
  return {
    id: `A${i + 1}`,
    ref: String(i + 1),
    title: `Hold a technician showcase event in faculty ${i % 40} and publish the outcomes`,
    description:
      'Work with the Technical Managers Forum to run an annual event that makes technical staff visible.',
    section: `Theme ${1 + (i % 12)}`,
    pillars,
    pillarsText: pillars.join(', '),
    owners,
    ownersText: owners.join(' / '),
    target: {
      text: due ?? 'Ongoing',
      kind: dated ? 'due' : 'ongoing',
      start: due,
      end: due,
      due,
      precision: dated ? 'day' : null,
      confidence: dated ? 1 : 0.6,
      warnings: [],
      parts: [],
      alternatives: [],
    },
    successMeasures: ['Event held', 'Attendance above 60 %'],
    status: { text: state, state, completedOn: null, percent: null, reportedRag: null, note: null },
    notes: rand() < 0.3 ? 'Carried over from the previous plan.' : null,
    updates: [],
    extra: [{ column: 'Budget', value: String(Math.floor(rand() * 5000)) }],
  }
}

/** `plans` plans (ids `uni-01`, …) of `actionsPerPlan` actions each. */
export function makeSector(plans: number, actionsPerPlan: number, seed = 11): Plan[] {
  const rand = random(seed)
  return Array.from({ length: plans }, (_, p) => ({
    id: `uni-${String(p + 1).padStart(2, '0')}`,
    institution: `University ${p + 1}`,
    title: 'Technician Commitment Action Plan 2024–2028',
    period: { text: '2024–2028', start: '2024-01-01', end: '2028-12-31' },
    taxonomy: 'technician-commitment',
    dateContext: {},
    actions: Array.from({ length: actionsPerPlan }, (_, i) => makeAction(i, rand)),
  }))
}
