import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors'
import { researcherDevelopmentConcordat } from '../taxonomy/researcherDevelopmentConcordat'
import { resolvePillars } from '../taxonomy/resolvePillars'
import { createPlan, type PlanInput, safeCreatePlan } from './createPlan'
import { Plan } from './plan'

function problemsOf(input: unknown): Array<{ path: string; message: string }> {
  const result = safeCreatePlan(input as PlanInput)
  if (result.success) throw new Error('expected the plan to be invalid')
  expect(result.error).toBeInstanceOf(ValidationError)
  return [...result.error.problems]
}

describe('createPlan', () => {
  it('fills defaults from just an id', () => {
    expect(createPlan({ id: 'p' })).toEqual({
      id: 'p',
      institution: null,
      title: null,
      period: { text: null, start: null, end: null },
      taxonomy: 'technician-commitment',
      dateContext: {},
      actions: [],
    })
  })

  it('builds a plan from the rows of a real plan', () => {
    const plan = createPlan({
      id: 'oxford-2018',
      institution: 'University of Oxford',
      dateContext: { referenceDate: '2018-06-01' },
      actions: [
        {
          id: '5',
          ref: '5',
          title: 'To support professional registration for all  technicians',
          pillars: 'R',
          owners: 'Forum',
          target: 'Sept. 20',
          successMeasures: 'Increased numbers of technicians with professional registration',
          status:
            'In progress \nSome departmental Management Boards have already agreed to fund initial registration',
        },
        {
          id: '8',
          ref: '8',
          title: 'Increase awareness of existing career development opportunities',
          pillars: 'C, ',
          owners: 'Forum, CS',
          target: 'June 20',
          status: 'In progress',
        },
      ],
    })
    expect(Plan.safeParse(plan).success).toBe(true)
    expect(plan.actions.map((a) => [a.id, a.pillars, a.owners, a.status.state])).toEqual([
      ['5', ['R'], ['Forum'], 'in-progress'],
      ['8', ['C'], ['Forum', 'CS'], 'in-progress'],
    ])
    expect(plan.actions[0]?.status.note).toBe(
      'Some departmental Management Boards have already agreed to fund initial registration',
    )
  })

  it('accepts a built plan as input and gives the same plan back', () => {
    const plan = createPlan({
      id: 'p',
      period: 'November 2018-20',
      actions: [
        {
          id: '1',
          title: 'Establish Technician Commitment Forum',
          pillars: 'V, C, R, S',
          owners: 'SRM / VH',
          target: 'Oct. 17',
          status: 'Complete',
        },
      ],
    })
    expect(createPlan(plan)).toEqual(plan)
  })

  it('keeps the period wording', () => {
    expect(createPlan({ id: 'p', period: 'November 2018-20' }).period.text).toBe('November 2018-20')
  })

  it('names the field of each problem, with the action index', () => {
    const problems = problemsOf({
      id: '',
      actions: [
        { id: 'a', title: 'One' },
        { id: 'b', title: 2 },
        { id: 'a', title: 'Three' },
        {
          id: 'c',
          title: 'Four',
          status: {
            text: '',
            state: 'unknown',
            completedOn: null,
            percent: 140,
            reportedRag: null,
            note: null,
          },
        },
      ],
    })
    expect(problems.map((p) => p.path).sort()).toEqual([
      'actions.1.title',
      'actions.2.id',
      'actions.3.status.percent',
      'id',
    ])
    expect(problems.find((p) => p.path === 'actions.2.id')?.message).toContain('Duplicate action id "a"')
  })

  it('rejects an unknown taxonomy id and a non-list of actions', () => {
    expect(problemsOf({ id: 'p', taxonomy: 'athena-swan' }).map((p) => p.path)).toEqual(['taxonomy'])
    expect(problemsOf({ id: 'p', actions: 'none' }).map((p) => p.path)).toEqual(['actions'])
    expect(problemsOf(undefined).map((p) => p.path)).toEqual(['(root)'])
  })

  it('throws ValidationError, with a safe twin that does not', () => {
    expect(() => createPlan({ id: '' })).toThrow(ValidationError)
    expect(safeCreatePlan({ id: 'p' }).success).toBe(true)
  })
})

describe('a second taxonomy, end to end', () => {
  const rows = [
    { id: '1', title: 'Publish a researcher wellbeing strategy', pillars: 'Environment & Culture' },
    { id: '2', title: 'Move fixed-term researchers to open-ended contracts', pillars: 'Employment' },
    {
      id: '3',
      title: 'Ten days of development a year',
      pillars: 'Employment; professional and career development',
    },
    {
      id: '4',
      title: 'Mentoring scheme',
      pillars: [{ header: 'Professional and Career Development', value: '✓' }],
    },
  ]

  it('builds a plan by its id and reads pillars with its vocabulary', () => {
    const plan = createPlan({
      id: 'concordat-2021',
      taxonomy: 'researcher-development-concordat',
      actions: rows,
    })
    expect(plan.taxonomy).toBe('researcher-development-concordat')
    expect(plan.actions.map((a) => a.pillars)).toEqual([['EC'], ['EM'], ['EM', 'PCD'], ['PCD']])
  })

  it('accepts the taxonomy object itself', () => {
    const plan = createPlan({
      id: 'c',
      taxonomy: researcherDevelopmentConcordat,
      actions: [rows[0] as (typeof rows)[0]],
    })
    expect(plan.taxonomy).toBe(researcherDevelopmentConcordat.id)
  })

  it('rejects Technician Commitment codes in a Concordat plan', () => {
    const problems = problemsOf({
      id: 'c',
      taxonomy: 'researcher-development-concordat',
      actions: [{ id: '1', title: 't', pillars: ['V'] }],
    })
    expect(problems.map((p) => p.path)).toEqual(['actions.0.pillars.0'])
  })

  it('leaves Technician Commitment letters unresolved when read as Concordat text', () => {
    expect(resolvePillars('V, C', researcherDevelopmentConcordat).unresolved).toEqual(['V', 'C'])
  })
})
