import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseTargetDate } from '../dates/parseTargetDate'
import { ValidationError } from '../errors'
import { researcherDevelopmentConcordat } from '../taxonomy/researcherDevelopmentConcordat'
import { Action } from './action'
import { type ActionInput, createAction, safeCreateAction } from './createAction'

function problemPaths(input: unknown): string[] {
  const result = safeCreateAction(input as ActionInput)
  if (result.success) throw new Error('expected the action to be invalid')
  expect(result.error).toBeInstanceOf(ValidationError)
  return result.error.problems.map((p) => p.path)
}

describe('createAction', () => {
  it('fills every default from just an id and a title', () => {
    const action = createAction({ id: 'a1', title: 'Establish Technician Commitment Forum' })
    expect(action).toEqual({
      id: 'a1',
      ref: null,
      title: 'Establish Technician Commitment Forum',
      description: null,
      section: null,
      pillars: [],
      pillarsText: '',
      owners: [],
      ownersText: '',
      target: parseTargetDate(''),
      successMeasures: [],
      status: { text: '', state: 'unknown', completedOn: null, percent: null, reportedRag: null, note: null },
      notes: null,
      updates: [],
      extra: [],
    })
    expect(Action.safeParse(action).success).toBe(true)
  })

  it('parses the text of a completed action and keeps each original beside it', () => {
    const action = createAction({
      id: 'completed-2',
      ref: '2',
      title: 'Official launch of UoO Technician Commitment',
      section: 'Completed Actions',
      pillars: 'V, C, R, S',
      owners: 'SRM / VH / SM / CS',
      target: 'April 18',
      successMeasures: 'Launch Event with external speakers:\n\n>50 attendees from 13 departments',
      status: 'Complete (16/04/18)',
    })
    expect(action.pillars).toEqual(['V', 'R', 'C', 'S'])
    expect(action.pillarsText).toBe('V, C, R, S')
    expect(action.owners).toEqual(['SRM', 'VH', 'SM', 'CS'])
    expect(action.ownersText).toBe('SRM / VH / SM / CS')
    expect(action.target.text).toBe('April 18')
    expect(action.successMeasures).toEqual([
      'Launch Event with external speakers:\n\n>50 attendees from 13 departments',
    ])
    expect(action.status).toMatchObject({
      text: 'Complete (16/04/18)',
      state: 'complete',
      completedOn: '2018-04-16',
    })
  })

  it('reads target text with the date context it is given', () => {
    const dateContext = { yearLabels: { 'Year 1': 2019 }, column: 'Year 1' }
    const action = createAction({ id: 'a', title: 't', target: 'Q2' }, { dateContext })
    expect(action.target).toEqual(parseTargetDate('Q2', dateContext))
  })

  it('accepts pillar flags, and lists of codes or names', () => {
    const flags = [
      { header: 'Visibility', value: 'Y' },
      { header: 'Recognition', value: '' },
      { header: 'Career Development', value: '' },
      { header: 'Sustainability', value: 'Y' },
    ]
    expect(createAction({ id: 'a', title: 't', pillars: flags })).toMatchObject({
      pillars: ['V', 'S'],
      pillarsText: 'Visibility: Y; Sustainability: Y',
    })
    expect(createAction({ id: 'a', title: 't', pillars: ['S', 'Visibility'] })).toMatchObject({
      pillars: ['S', 'V'],
      pillarsText: 'S, V',
    })
  })

  it('accepts owners as a list, and extra columns as a Map with hostile names kept as data', () => {
    const action = createAction({
      id: 'a',
      title: 't',
      owners: ['HR', ' Technical Managers '],
      extra: new Map([
        ['__proto__', 'x'],
        ['Rationale', 'A contribution to the visibility requirement'],
      ]),
    })
    expect(action.owners).toEqual(['HR', 'Technical Managers'])
    expect(action.ownersText).toBe('HR / Technical Managers')
    expect(action.extra).toEqual([
      { column: '__proto__', value: 'x' },
      { column: 'Rationale', value: 'A contribution to the visibility requirement' },
    ])
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('names each invalid field', () => {
    expect(problemPaths({ title: 't' })).toEqual(['id'])
    expect(problemPaths({ id: '', title: 't' })).toEqual(['id'])
    expect(problemPaths({ id: 'a' })).toEqual(['title'])
    expect(problemPaths({ id: 'a', title: 't', pillars: ['V', 'Q'] })).toEqual(['pillars.1'])
    expect(problemPaths({ id: 'a', title: 't', pillars: 7 })).toEqual(['pillars'])
    expect(problemPaths({ id: 'a', title: 't', status: { text: 'x', state: 'finished' } })).toContain(
      'status.state',
    )
    expect(problemPaths(null)).toEqual(['(root)'])
  })

  it('throws a ValidationError whose message lists the fields', () => {
    expect(() => createAction({ id: '', title: 't' })).toThrow(ValidationError)
    expect(() => createAction({ id: '', title: 't' })).toThrow(/id:/)
  })

  it('turns any text in the text fields into a valid action that keeps that text', () => {
    const text = fc.string({ maxLength: 40 })
    fc.assert(
      fc.property(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 5 }),
          title: text,
          pillars: text,
          owners: text,
          target: text,
          status: text,
        }),
        (input) => {
          const result = safeCreateAction(input)
          expect(result.success).toBe(true)
          if (!result.success) return
          expect(result.data.pillarsText).toBe(input.pillars)
          expect(result.data.ownersText).toBe(input.owners)
          expect(result.data.target.text).toBe(input.target)
          expect(result.data.status.text).toBe(input.status)
        },
      ),
    )
  })

  it('reads pillars against the taxonomy it is given', () => {
    const options = { taxonomy: researcherDevelopmentConcordat }
    expect(
      createAction({ id: 'a', title: 't', pillars: 'Environment and Culture' }, options).pillars,
    ).toEqual(['EC'])
    const wrong = safeCreateAction({ id: 'a', title: 't', pillars: ['V'] }, options)
    expect(!wrong.success && wrong.error.problems.map((p) => p.path)).toEqual(['pillars.0'])
  })
})
