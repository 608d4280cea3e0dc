import { describe, expect, it } from 'vitest'
import { ownerAfterActionLabel } from './ownerAfterActionLabel'
import { tableToPlan } from './tableToPlan'

describe('ownerAfterActionLabel', () => {
  it.each([
    [
      'The residents asked for a quote to repaint the railings. ACTION: BRIGHTWORKS',
      { owners: ['BRIGHTWORKS'], rest: 'The residents asked for a quote to repaint the railings.' },
    ],
    ['Most of the pages are written. ACTION: MT', { owners: ['MT'], rest: 'Most of the pages are written.' }],
    [
      'The bike store door sticks again. Action: Treasurer / DK.',
      { owners: ['Treasurer', 'DK'], rest: 'The bike store door sticks again.' },
    ],
    ['The gate sticks. ACTION: oil the hinges before winter', null],
    ['ACTION: MT', null],
    ['The lift was serviced. ACTION: MT to chase the engineer', null],
    ['The lift was serviced; no action', null],
    [
      'Check the hall is free on the quiz night. (Action: Rosa and Ben T)',
      { owners: ['Rosa', 'Ben T'], rest: 'Check the hall is free on the quiz night.' },
    ],
    [
      'Posters are fine but the website needs a gig page (Action: Ivo, once the exams are over).',
      { owners: ['Ivo'], rest: 'Posters are fine but the website needs a gig page' },
    ],
    ['The urn is broken (action: buy a new one before the fair)', null],
    ['(Action: Rosa)', null],
    ['The bar rota is sorted (see the notes)', null],
  ])('reads %j', (title, want) => {
    expect(ownerAfterActionLabel(title)).toEqual(want)
  })

  it('gives the points of one-column minutes their owners, the label left out of the title', () => {
    const { plan } = tableToPlan([
      ['Residents committee minutes, 3 May'],
      ['The committee asked that the car park lines be repainted before the summer. ACTION: BRIGHTWORKS'],
      ['The noticeboard in the lobby is to be replaced with a lockable one. ACTION: MT'],
    ])
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['The committee asked that the car park lines be repainted before the summer.', ['BRIGHTWORKS']],
      ['The noticeboard in the lobby is to be replaced with a lockable one.', ['MT']],
    ])
  })

  it('reads a long paragraph in linear time', () => {
    const long = `${'The hall was full. '.repeat(200)}ACTION: MT`
    expect(ownerAfterActionLabel(long)?.owners).toEqual(['MT'])
    expect(ownerAfterActionLabel('.'.repeat(4000))).toBeNull()
    expect(ownerAfterActionLabel(`${'The bar was busy '.repeat(200)}(Action: Rosa)`)?.owners).toEqual([
      'Rosa',
    ])
    expect(ownerAfterActionLabel(`${' ('.repeat(2000)}(Action: x)`)).toBeNull()
  })
})
