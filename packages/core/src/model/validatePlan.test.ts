import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Plan } from './plan'
import { ReportedRag, StatusState } from './status'
import { DatePrecision, QuarterBasis, TargetDateKind } from './targetDate'
import { issuePath } from './toValidationError'
import type { Action } from './action'
import { streamPlan, validatePlan } from './validatePlan'

// validatePlan claims to be the zod `Plan` schema, only faster. These tests hold it to that: on every input,
// valid or broken, it must accept exactly when zod accepts, return the same data (same keys, same order, unknown
// keys left out), and name the same fields when it refuses.

type Json = Record<string, unknown>

/** streamPlan must see the plan exactly as validatePlan does, handing on the same action copies in order. */
function compareStream(input: unknown): void {
  const whole = validatePlan(input)
  const streamed: Action[] = []
  let headers = 0
  const result = streamPlan(input, {
    header: () => {
      headers++
    },
    action: (action, index) => {
      expect(index).toBe(streamed.length)
      streamed.push(action)
    },
  })
  expect(result.success).toBe(whole.success)
  if (whole.success && result.success) {
    expect(headers).toBe(1)
    expect({ ...result.data, actions: streamed }).toStrictEqual(whole.data)
  } else if (!whole.success && !result.success) {
    expect(result.problems).toEqual(whole.problems)
  }
}

function compare(input: unknown): boolean {
  compareStream(input)
  const zod = Plan.safeParse(input)
  const ours = validatePlan(input)
  expect(ours.success).toBe(zod.success)
  if (zod.success && ours.success) {
    expect(ours.data).toStrictEqual(zod.data)
    // Same key order too: stores write JSON.stringify of the result.
    expect(JSON.stringify(ours.data)).toBe(JSON.stringify(zod.data))
    expect(ours.data).not.toBe(input)
  } else if (!zod.success && !ours.success) {
    expect(ours.problems.map((p) => p.path)).toEqual(zod.error.issues.map((i) => issuePath(i.path)))
  }
  return zod.success
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** Calendar dates that exist, years 0000–9999, with leap days over-represented. */
const validDate = fc.oneof(
  fc
    .date({
      min: new Date('0000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2020-02-29', '2000-02-29', '0000-02-29', '2400-02-29', '2019-12-31', '1999-04-30'),
)

/** Strings shaped like dates, mostly wrong: month 00–13, day 00–32, centuries that are and are not leap. */
const dateLike = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc
    .tuple(
      fc.constantFrom(1800, 1900, 2000, 2019, 2100, 2200, 2400, 1000, 0, 4, 100),
      fc.constantFrom(28, 29, 30),
    )
    .map(([y, d]) => `${pad(y, 4)}-02-${d}`),
  // Leap days of every year: the Gregorian rule (every 4th year, but only every 4th century) in full.
  fc.integer({ min: 0, max: 9999 }).map((y) => `${pad(y, 4)}-02-29`),
  fc.integer({ min: 0, max: 99 }).map((c) => `${pad(c, 2)}00-02-29`),
  fc.constantFrom(
    '2019-2-01',
    '2019-02-1',
    ' 2019-02-01',
    '2019-02-01 ',
    '2019-02-01\n',
    '2019/02/01',
    '20190201',
    '+2019-02-01',
    '12019-02-01',
    '２０１９-02-01',
    '٢٠١٩-02-01',
    '2019-02-01T00:00:00Z',
    '',
  ),
)

const validDateTime = fc
  .tuple(
    validDate,
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.integer({ min: 0, max: 59 }),
    fc.oneof(fc.constant(''), fc.stringMatching(/^\.[0-9]{1,12}$/)),
    fc.oneof(
      fc.constant('Z'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
  )
  .map(
    ([date, h, m, s, fraction, zone]) => `${date}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${fraction}${zone}`,
  )

/** Date-times with each part possibly out of range or malformed. */
const dateTimeLike = fc
  .tuple(
    fc.oneof(validDate, dateLike),
    fc.constantFrom('T', 't', ' ', 'TT'),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.oneof(
      fc.integer({ min: 0, max: 61 }).map((s) => `:${pad(s, 2)}`),
      fc.constantFrom('', ':5', ':'),
    ),
    fc.constantFrom('', '.', '.5', '.123456789', '.x', ',5'),
    fc.constantFrom(
      'Z',
      'z',
      '',
      '+00:00',
      '-23:59',
      '+24:00',
      '+05:60',
      '+0500',
      '+05:00:00',
      '+5:00',
      'ZZ',
      'Z ',
    ),
  )
  .map(([date, t, h, m, s, fraction, zone]) => `${date}${t}${pad(h, 2)}:${pad(m, 2)}${s}${fraction}${zone}`)

const text = fc.string({ maxLength: 12 })
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null })

const readingFields = {
  text,
  kind: fc.constantFrom(...TargetDateKind.options),
  start: nullable(validDate),
  end: nullable(validDate),
  due: nullable(validDate),
  precision: nullable(fc.constantFrom(...DatePrecision.options)),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  warnings: fc.array(text, { maxLength: 2 }),
  column: text,
}
// `column` is the one optional key of a reading: generated present or absent.
const readingKeys = ['text', 'kind', 'start', 'end', 'due', 'precision', 'confidence', 'warnings'] as const
const reading = fc.record(readingFields, { requiredKeys: [...readingKeys] })
const targetDate = fc.record(
  {
    ...readingFields,
    parts: fc.array(reading, { maxLength: 2 }),
    alternatives: fc.array(reading, { maxLength: 2 }),
  },
  { requiredKeys: [...readingKeys, 'parts', 'alternatives'] },
)
const status = fc.record({
  text,
  state: fc.constantFrom(...StatusState.options),
  completedOn: nullable(validDate),
  percent: nullable(fc.double({ min: 0, max: 100, noNaN: true })),
  reportedRag: nullable(fc.constantFrom(...ReportedRag.options)),
  note: nullable(text),
})
const progressUpdate = fc.record({
  at: validDateTime,
  by: nullable(text),
  status: nullable(status),
  target: nullable(targetDate),
  note: nullable(text),
})
const action = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  ref: nullable(text),
  title: text,
  description: nullable(text),
  section: nullable(text),
  pillars: fc.array(fc.constantFrom('V', 'R', 'C', 'S', 'E'), { maxLength: 3 }),
  pillarsText: text,
  owners: fc.array(text, { maxLength: 2 }),
  ownersText: text,
  target: targetDate,
  successMeasures: fc.array(text, { maxLength: 2 }),
  status,
  notes: nullable(text),
  updates: fc.array(progressUpdate, { maxLength: 2 }),
  extra: fc.array(fc.record({ column: text, value: text }), { maxLength: 2 }),
})
const dateContext = fc.record(
  {
    referenceDate: validDate,
    planStart: validDate,
    planEnd: validDate,
    yearLabels: fc.dictionary(text, fc.integer({ min: 1990, max: 2100 }), { maxKeys: 3 }),
    column: text,
    academicYearStartMonth: fc.integer({ min: 1, max: 12 }),
    quarterBasis: fc.constantFrom(...QuarterBasis.options),
  },
  { requiredKeys: [] },
)
const plan = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  institution: nullable(text),
  title: nullable(text),
  period: fc.record({ text: nullable(text), start: nullable(validDate), end: nullable(validDate) }),
  taxonomy: fc.constantFrom('technician-commitment', 'rdc', 'x'),
  dateContext,
  actions: fc.array(action, { maxLength: 3 }),
})

/** Values that belong nowhere, or only somewhere else: every slot gets tried with each kind. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    '',
    'x',
    0,
    -0,
    -1,
    0.5,
    1,
    1.5,
    12,
    13,
    100,
    101,
    1e20,
    -1e20,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    true,
    [],
    ['x'],
    [1],
    {},
    { length: 0 },
    { length: 2 },
    Object.create(null),
    new Date(0),
    new Map(),
    10n,
  ),
  fc.constantFrom(
    ...StatusState.options,
    ...ReportedRag.options,
    ...TargetDateKind.options,
    ...DatePrecision.options,
    ...QuarterBasis.options,
    'Complete',
    'day ',
  ),
  text,
  dateLike,
  dateTimeLike,
  fc.double(),
  fc.integer(),
  fc.array(fc.oneof(text, fc.integer(), fc.constant(null)), { maxLength: 3 }),
)

type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown }

const extraKey = fc.oneof(
  text,
  fc.constantFrom('__proto__', 'constructor', 'column', 'toString', 'yearLabels', 'parts', '0'),
)
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostile }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: extraKey, value: hostile }),
)

/** Every (container, key) slot of a JSON-like value, parents before children. */
function slots(root: unknown): [Json | unknown[], string | number][] {
  const found: [Json | unknown[], string | number][] = []
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        found.push([value, i])
        walk(item)
      })
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        found.push([value as Json, key])
        walk((value as Json)[key])
      }
    }
  }
  walk(root)
  return found
}

/** Objects of the plan (not arrays), for adding keys. */
function objects(root: unknown): Json[] {
  return slots({ root })
    .map(([container, key]) => (container as Json)[key as string] ?? (container as unknown[])[key as number])
    .filter((v): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v))
}

function define(target: object, key: PropertyKey, value: unknown): void {
  // Defined, not assigned, so `__proto__` becomes an own key instead of changing the prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

function mutate(input: unknown, mutations: readonly Mutation[]): unknown {
  const root = { plan: structuredClone(input) }
  for (const m of mutations) {
    if (m.kind === 'add') {
      const targets = objects(root.plan)
      if (targets.length > 0) define(targets[m.at % targets.length]!, m.key, m.value)
      continue
    }
    const all = slots(root)
    if (all.length === 0) continue
    const [container, key] = all[m.at % all.length]!
    if (m.kind === 'delete') {
      if (Array.isArray(container)) container.splice(key as number, 1)
      else delete container[key as string]
    } else if (Array.isArray(container)) container[key as number] = m.value
    else define(container, key, m.value)
  }
  return root.plan
}

describe('validatePlan agrees with the zod Plan schema', () => {
  it('accepts every valid plan and returns the same copy', () => {
    fc.assert(
      fc.property(plan, (p) => {
        expect(compare(p)).toBe(true)
      }),
      { numRuns: 1500 },
    )
  })

  it('accepts and refuses the same mutated plans, naming the same fields', () => {
    let refused = 0
    fc.assert(
      fc.property(plan, fc.array(mutation, { minLength: 1, maxLength: 3 }), (p, ms) => {
        if (!compare(mutate(p, ms))) refused++
      }),
      { numRuns: 4000 },
    )
    // The mutations must mostly break the plan, or this test would prove little.
    expect(refused).toBeGreaterThan(2000)
  })

  it('reads ISO dates exactly as z.iso.date() does', () => {
    fc.assert(
      fc.property(plan, fc.oneof(validDate, dateLike), (p, date) => {
        compare({ ...p, period: { text: null, start: date, end: null } })
      }),
      { numRuns: 3000 },
    )
  })

  it('reads date-times exactly as z.iso.datetime({ offset: true }) does', () => {
    const update = { by: null, status: null, target: null, note: null }
    fc.assert(
      fc.property(plan, action, fc.oneof(validDateTime, dateTimeLike), (p, a, at) => {
        compare({ ...p, actions: [{ ...a, updates: [{ ...update, at }] }] })
      }),
      { numRuns: 3000 },
    )
  })

  it('handles numbers at and beyond the bounds as zod does', () => {
    const numbers = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(0, 1, 12, 13, 100, 100.5, 1e20, -1e20, 2 ** 53),
    )
    fc.assert(
      fc.property(plan, action, numbers, numbers, numbers, (p, a, confidence, percent, month) => {
        compare({
          ...p,
          dateContext: { academicYearStartMonth: month, yearLabels: { 'Year 1': percent } },
          actions: [{ ...a, target: { ...a.target, confidence }, status: { ...a.status, percent } }],
        })
      }),
      { numRuns: 2000 },
    )
  })
})

describe('validatePlan', () => {
  const valid = {
    id: 'oxford-2018',
    institution: 'University of Oxford',
    title: null,
    period: { text: '2018–2021', start: '2018-01-01', end: '2021-12-31' },
    taxonomy: 'technician-commitment',
    dateContext: {},
    actions: [],
  }

  it('names each invalid field, including impossible calendar dates', () => {
    const result = validatePlan({
      ...valid,
      id: '',
      period: { text: null, start: '2019-02-29', end: '2020-02-29' },
      dateContext: { academicYearStartMonth: 13 },
    })
    expect(result.success).toBe(false)
    expect(!result.success && result.problems.map((p) => p.path)).toEqual([
      'id',
      'period.start',
      'dateContext.academicYearStartMonth',
    ])
  })

  it('reports a value that is not an object at (root)', () => {
    const result = validatePlan(null)
    expect(!result.success && result.problems.map((p) => p.path)).toEqual(['(root)'])
  })

  it('returns a copy without unknown keys, which later changes to the input do not reach', () => {
    const input = structuredClone({ ...valid, secret: 'x' })
    const result = validatePlan(input)
    if (!result.success) throw new Error('expected a valid plan')
    expect(result.data).not.toHaveProperty('secret')
    input.period.start = '1999-01-01'
    expect(result.data.period.start).toBe('2018-01-01')
  })

  it('never lets a __proto__ year label touch a prototype', () => {
    const yearLabels = JSON.parse('{"__proto__": {"polluted": 1}, "Year 1": 2019}') as unknown
    const result = validatePlan({ ...valid, dateContext: { yearLabels } })
    if (!result.success) throw new Error('expected a valid plan')
    expect(result.data.dateContext.yearLabels).toEqual({ 'Year 1': 2019 })
    expect(({} as Json).polluted).toBeUndefined()
  })
})
