import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { actionJsonSchema, planJsonSchema } from './planJsonSchema'
import { createPlan } from './createPlan'

// The schema is checked by an independent reader of JSON Schema (zod's `fromJSONSchema`, which knows
// nothing of our zod objects), so a schema that lost a field or a constraint would fail here.
const plan = createPlan({
  id: 'p',
  institution: 'University of Sussex',
  dateContext: { referenceDate: '2019-09-01', yearLabels: { 'Year 1': 2019 } },
  actions: [
    {
      id: '12',
      title: 'Technical staff have asked about increasing their visibility',
      pillars: [{ header: 'Visibility', value: 'Y' }],
      target: 'January 2020',
      status: 'In progress',
      extra: [{ column: 'Detail', value: 'We will produce badges for all Technicians' }],
    },
  ],
})

describe('planJsonSchema', () => {
  it('is a plain JSON document in the 2020-12 dialect naming the required fields', () => {
    const schema = planJsonSchema()
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema)
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'institution', 'title', 'period', 'taxonomy', 'dateContext', 'actions']),
    )
  })

  it('accepts a valid plan and rejects broken ones', () => {
    const validate = z.fromJSONSchema(planJsonSchema())
    const json = JSON.parse(JSON.stringify(plan))
    expect(validate.safeParse(json).success).toBe(true)
    const action = json.actions[0]
    expect(
      validate.safeParse({
        ...json,
        actions: [{ ...action, status: { ...action.status, state: 'finished' } }],
      }).success,
    ).toBe(false)
    expect(validate.safeParse({ ...json, period: { ...json.period, start: '16/04/18' } }).success).toBe(false)
    const { taxonomy: _dropped, ...withoutTaxonomy } = json
    expect(validate.safeParse(withoutTaxonomy).success).toBe(false)
  })

  it('returns a fresh object each call', () => {
    const a = planJsonSchema()
    a.title = 'changed'
    expect(planJsonSchema().title).toBe('techcommit Plan')
  })
})

describe('actionJsonSchema', () => {
  it('accepts a valid action and rejects one without an id', () => {
    const validate = z.fromJSONSchema(actionJsonSchema())
    const json = JSON.parse(JSON.stringify(plan.actions[0]))
    expect(validate.safeParse(json).success).toBe(true)
    expect(validate.safeParse({ ...json, id: '' }).success).toBe(false)
  })

  it('can target OpenAPI 3.0', () => {
    expect(actionJsonSchema({ target: 'openapi-3.0' }).$schema).toBeUndefined()
  })
})
