import { describe, expect, it } from 'vitest'
import { introductionAboveLeadIn } from './introductionAboveLeadIn'
import { tableToPlan } from './tableToPlan'

const about =
  'The college serves a wide community of adult learners, and the law asks every public body to publish the aims it sets.'
const why =
  'We reviewed our enrolment figures last spring and found that older learners and carers leave their courses early.'

describe('introductionAboveLeadIn', () => {
  it.each([
    [
      'one paragraph above a colon',
      [[about], ['Our aims for the next three years are:'], ['Widen access']],
      [0],
    ],
    [
      'two paragraphs above a lead-in that is a paragraph too',
      [[about], [why], [`${why} It is set out here:`], ['Widen access']],
      [0, 1],
    ],
    [
      'a semicolon ending the lead-in',
      [[about], ['The work has begun and includes;'], ['• Widen access']],
      [0],
    ],
    [
      'short title lines above the paragraphs',
      [['Equality aims'], ['Our approach'], [about], ['Our aims are:'], ['Widen access']],
      [2],
    ],
    ['no lead-in', [[about], [why], ['Widen access to evening courses for carers.']], []],
    [
      'a short sentence, perhaps an action, above the lead-in',
      [[about], ['Publish the figures every year.'], ['Also:'], ['Widen access']],
      [],
    ],
    ['a bulleted line above the lead-in', [[`• ${about}`], ['Our aims are:'], ['Widen access']], []],
    ['a numbered line above the lead-in', [[`1.2) ${about}`], ['Our aims are:'], ['Widen access']], []],
    [
      'a heading after a paragraph, opening the plan’s own part',
      [[about], ['Our plan'], [why], ['We will:'], ['Widen access']],
      [],
    ],
    [
      'a short lead-in continuing the statement above it',
      [[about], [why], ['We commit to:'], ['• Widen access']],
      [0],
    ],
    ['a short label, not in the plan’s voice', [[about], ['Equality aim 2025:'], ['Widen access']], [0]],
    ['nothing below the lead-in', [[about], ['Our aims are:']], []],
    ['a row of two cells above the lead-in', [[about, 'Registrar'], ['Our aims are:'], ['Widen access']], []],
  ])('%s', (_, table, rows) => {
    expect(introductionAboveLeadIn(table, 0)).toEqual(rows)
  })

  it('leaves the opening paragraphs of a page out of its actions', () => {
    const { plan } = tableToPlan([
      ['Equality aims'],
      [about],
      ['Our aims are:'],
      ['Widen access to evening courses for carers and older learners.'],
      ['Halve the number of learners who leave a course in its first term.'],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Widen access to evening courses for carers and older learners.',
      'Halve the number of learners who leave a course in its first term.',
    ])
  })

  it('reads a long page', () => {
    const table = [
      ...Array.from({ length: 12_000 }, () => [`${about} `.repeat(8)]),
      ['Our aims are:'],
      ['Widen access'],
    ]
    expect(introductionAboveLeadIn(table, 0)).toEqual([])
    const hostile = [[`${'a '.repeat(200_000)}.`], ['x:'], ['y']]
    expect(introductionAboveLeadIn(hostile, 0)).toEqual([0])
  })
})
