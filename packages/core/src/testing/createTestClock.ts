/**
 * A hand-driven clock for store tests: `now()` returns the time last set, until the test moves it.
 *
 * @example
 * const clock = createTestClock('2026-01-05T09:00:00.000Z')
 * const store = createMemoryPlanStore({ now: clock.now })
 * clock.advance(60_000) // one minute later
 */
export interface TestClock {
  readonly now: () => string
  /** Set the time to an ISO date-time. */
  readonly set: (iso: string) => void
  /** Move the time forward by `ms` milliseconds. */
  readonly advance: (ms: number) => void
}

/**
 * Make a `TestClock` starting at `start` (an ISO date-time).
 *
 * @example
 * const clock = createTestClock('2026-01-05T09:00:00.000Z')
 * clock.now() // '2026-01-05T09:00:00.000Z'
 */
export function createTestClock(start: string): TestClock {
  let ms = Date.parse(start)
  if (Number.isNaN(ms)) throw new TypeError(`createTestClock: not an ISO date-time: ${start}`)
  return {
    now: () => new Date(ms).toISOString(),
    set: (iso) => {
      const next = Date.parse(iso)
      if (Number.isNaN(next)) throw new TypeError(`TestClock.set: not an ISO date-time: ${iso}`)
      ms = next
    },
    advance: (delta) => {
      ms += delta
    },
  }
}
