// fast-check arbitraries shared by core's property tests (fast-check is a dev dependency, so this module is
// not exported from ./testing).
import fc from 'fast-check'
import type { Action } from '../model/action'
import type { Status } from '../model/status'
import { STATUS_STATES } from '../model/statusStates'
import { TargetDateKind } from '../model/targetDate'
import { testAction, testStatus } from './planFixtures'

/** An ISO calendar day (`YYYY-MM-DD`) from 1 January of `fromYear` to 31 December of `toYear`, in UTC. */
export function isoDateArbitrary(fromYear: number, toYear: number): fc.Arbitrary<string> {
  return fc
    .integer({ min: Date.UTC(fromYear, 0, 1) / 864e5, max: Date.UTC(toYear, 11, 31) / 864e5 })
    .map((day) => new Date(day * 864e5).toISOString().slice(0, 10))
}

const isoDate = isoDateArbitrary(2016, 2023)

/** A status in any state, with or without a completion date and a percentage. */
export const statusArbitrary: fc.Arbitrary<Status> = fc
  .record({
    state: fc.constantFrom(...STATUS_STATES),
    completedOn: fc.option(isoDate),
    percent: fc.option(fc.integer({ min: 0, max: 100 })),
  })
  .map((s) => testStatus(s))

/** An action of any target kind, pillars and owners from small sets, and up to three updates in date order. */
export const actionArbitrary: fc.Arbitrary<Action> = fc
  .record({
    id: fc.uuid(),
    pillars: fc.subarray(['V', 'R', 'C', 'S', 'E', 'X']),
    owners: fc.subarray(['Forum', 'SM', 'CS', 'HR']),
    kind: fc.constantFrom(...TargetDateKind.options),
    start: fc.option(isoDate),
    due: fc.option(isoDate),
    status: statusArbitrary,
    updates: fc.array(fc.record({ day: isoDate, status: fc.option(statusArbitrary) }), { maxLength: 3 }),
  })
  .map((a) =>
    testAction({
      id: a.id,
      pillars: a.pillars,
      owners: a.owners,
      target: { kind: a.kind, start: a.start, due: a.due, text: a.due ?? 'On-going' },
      status: a.status,
      updates: a.updates
        .map((u) => ({ at: `${u.day}T09:00:00Z`, by: null, status: u.status, target: null, note: null }))
        .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)),
    }),
  )
