import { describe, expect, it } from 'vitest'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'
import { readLabelledActionsUnderItems } from './readLabelledActionsUnderItems'
import { tableToPlan } from './tableToPlan'

describe('numbered recommendations, each answered by a line labelled as the action', () => {
  const page = [
    ['Our answer to the technical skills review'],
    ['The review made three recommendations to every faculty.'],
    ['1.Faculties should publish the names of their technical staff on research outputs.'],
    ['Action: The Research Office will add a technician field to the outputs form.'],
    ['2. Faculties should give technicians time to train.'],
    ['Action: Each school will set aside five days a year for training.'],
    ['It will report the days taken each summer.'],
    ['3. Faculties should open apprenticeships.'],
    ['Action: HR is committed to opening two apprenticeships in 2026.'],
  ].map((line) => [line[0]!])

  it('takes each labelled line as the action, the number above it as its ref and what was asked as its description', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.description?.slice(0, 40)])).toEqual([
      [
        '1',
        'The Research Office will add a technician field to the outputs form.',
        ['Research Office'],
        'Faculties should publish the names of th',
      ],
      [
        '2',
        'Each school will set aside five days a year for training. It will report the days taken each summer.',
        [],
        'Faculties should give technicians time t',
      ],
      [
        '3',
        'HR is committed to opening two apprenticeships in 2026.',
        ['HR'],
        'Faculties should open apprenticeships.',
      ],
    ])
  })

  it('needs at least two numbered items each directly over an action line', () => {
    expect(readLabelledActionsUnderItems(page.slice(0, 6))).not.toBeNull()
    expect(readLabelledActionsUnderItems(page.slice(0, 4))).toBeNull()
    // The second item has no action line under it.
    expect(readLabelledActionsUnderItems(page.slice(0, 5))).toBeNull()
  })
})

describe('numbered recommendations, each over an unlabelled agreed action and its progress', () => {
  const page = [
    ['Visiting panel: our response'],
    [
      'The visiting panel made its recommendations in spring. Under each one is what we agreed to do, then how far we have got.',
    ],
    ['1. Widen the data-sharing agreement to the partner hospitals'],
    ['Fund a shared data steward post from the central budget'],
    ['The post was advertised in May. Interviews are set for July.'],
    ['2. Consider a second summer school.'],
    ['Run the summer school twice in 2032, once in each city'],
    ['Both venues are booked.'],
    ['The first programme is drafted.'],
  ].map((line) => [line[0]!])

  it('takes the line under each recommendation as the action, the number its ref, the paragraphs its progress', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.description])).toEqual([
      [
        '1',
        'Fund a shared data steward post from the central budget',
        'Widen the data-sharing agreement to the partner hospitals',
      ],
      ['2', 'Run the summer school twice in 2032, once in each city', 'Consider a second summer school.'],
    ])
    expect(plan.actions[1]!.status.note).toBe('Both venues are booked. The first programme is drafted.')
  })

  it('needs the opening to name the items as recommendations, an answer opening with a verb, and progress under it', () => {
    expect(readLabelledActionsUnderItems(page)).not.toBeNull()
    expect(readLabelledActionsUnderItems(page.filter((_, at) => at !== 1))).toBeNull()
    // The first answer has no progress under it.
    expect(readLabelledActionsUnderItems(page.filter((_, at) => at !== 4))).toBeNull()
    const described = page.map((row, at) =>
      at === 3 ? ['A steward post would help the hospitals share data.'] : row,
    )
    expect(readLabelledActionsUnderItems(described)).toBeNull()
  })
})

describe('the owner named as the subject of a promise', () => {
  it('reads "X will be doing" as X doing the work and "X is committed to" as X promising it', () => {
    expect(ownersNamedAsSubject('The Safety Team will be running two drills a year')).toEqual(['Safety Team'])
    expect(ownersNamedAsSubject('The Safety Team will be consulted on the drills')).toEqual([])
    expect(
      ownersNamedAsSubject('Estates is committed to fitting new benches, and will report on it'),
    ).toEqual(['Estates'])
  })
})
