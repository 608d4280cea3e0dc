// The synthetic plan bench/scoring.ts and bench/scoringCompare.ts evaluate: deterministic from its size, with
// the mix of target kinds, states, pillars, owners and updates real plans have.
import type { Action } from '../../packages/core/src/model/action'
import type { Plan } from '../../packages/core/src/model/plan'
import { STATUS_STATES } from '../../packages/core/src/model/statusStates'
import type { TargetDateKind } from '../../packages/core/src/model/targetDate'
import { random, randomIsoDay } from './random'

const STATES = STATUS_STATES
const PILLARS = ['V', 'R', 'C', 'S', 'E']
const OWNERS = ['Forum', 'SRM', 'SM', 'CS', 'HR', 'L & D', 'TCSG', 'Technical Managers', 'Comms', 'VH']

// Each action gets its own target, status and arrays, as an imported plan has, so the loops touch memory the
// way a real plan makes them.
function makeAction(i: number, rand: () => number): Action {
  const roll = rand()
  const kind: TargetDateKind = roll < 0.7 ? 'due' : roll < 0.8 ? 'range' : roll < 0.9 ? 'ongoing' : 'unknown'
  const due = kind === 'due' || kind === 'range' ? randomIsoDay(rand, 2018, 3) : null
  const start = kind === 'range' ? randomIsoDay(rand, 2017, 1) : null
  const state = STATES[Math.floor(rand() * STATES.length)]!
  const completedOn = state === 'complete' && rand() < 0.5 ? randomIsoDay(rand, 2018, 3) : null
  const pillars: string[] = []
  for (const code of PILLARS) if (rand() < 0.35) pillars.push(code)
  const owners = [OWNERS[Math.floor(rand() * OWNERS.length)]!]
  if (rand() < 0.3) owners.push(OWNERS[Math.floor(rand() * OWNERS.length)]!)
  const status = {
    text: state,
    state,
    completedOn,
    percent: state === 'in-progress' && rand() < 0.3 ? Math.floor(rand() * 100) : null,
    reportedRag: null,
    note: null,
  }
  return {
    id: `a${i}`,
    ref: String(i + 1),
    title: `Action ${i + 1}`,
    description: null,
    section: null,
    pillars,
    pillarsText: pillars.join(', '),
    owners,
    ownersText: owners.join(' / '),
    target: {
      text: due ?? 'On-going',
      kind,
      start,
      end: due,
      due,
      precision: due === null ? null : 'day',
      confidence: 1,
      warnings: [],
      parts: [],
      alternatives: [],
    },
    successMeasures: [],
    status,
    notes: null,
    updates:
      rand() < 0.1
        ? [{ at: `${randomIsoDay(rand, 2019, 2)}T09:00:00Z`, by: null, status, target: null, note: null }]
        : [],
    extra: [],
  }
}

export function makePlan(size: number): Plan {
  const rand = random(size)
  const actions: Action[] = []
  for (let i = 0; i < size; i++) actions.push(makeAction(i, rand))
  return {
    id: `bench-${size}`,
    institution: null,
    title: null,
    period: { text: '2018-2020', start: '2018-01-01', end: '2020-12-31' },
    taxonomy: 'technician-commitment',
    dateContext: {},
    actions,
  }
}
