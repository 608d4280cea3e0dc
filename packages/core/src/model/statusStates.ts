/**
 * Every status state, in the order reports list them. The `StatusState` schema is built from this list, and
 * scoring counts states by it, so the order is written once. Kept in a module without zod so that code a
 * browser loads (scoring) can use it without pulling in the schemas.
 *
 * @example
 * STATUS_STATES[0] // 'not-started'
 */
export const STATUS_STATES = Object.freeze([
  'not-started',
  'in-progress',
  'complete',
  'ongoing',
  'on-hold',
  'cancelled',
  'unknown',
] as const)
