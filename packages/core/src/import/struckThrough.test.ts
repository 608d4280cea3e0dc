import { describe, expect, it } from 'vitest'
import { struckOpening, struckThrough } from './struckThrough'
import { tableToPlan } from './tableToPlan'

describe('struckThrough: an item crossed off as a whole', () => {
  it.each([
    ['~~Move the archive to the new store~~', 'Move the archive to the new store'],
    ['~~ Move the archive ~~', 'Move the archive'],
    ['Move the archive', null],
    ['Use ~~old~~ new signs', null],
    ['~~Move~~ the ~~archive~~', null],
    ['~~~~', null],
    ['~~~Move~~~', null],
  ])('%j → %j', (text, want) => {
    expect(struckThrough(text)).toBe(want)
  })

  it('reads a struck line of a roadmap as done, its marks dropped', () => {
    const { plan } = tableToPlan([
      ['Estates roadmap'],
      ['What the estates team is doing, and what it plans to do after that.'],
      ['Working on now'],
      ['~~Replace the boiler controls in the north wing.~~'],
      ['Repaint the stairwells of the west block.'],
      ['Working on next'],
      ['Survey the roofs of the three halls.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Replace the boiler controls in the north wing.', 'complete'],
      ['Repaint the stairwells of the west block.', 'in-progress'],
      ['Survey the roofs of the three halls.', 'not-started'],
    ])
  })

  it('reads a struck task as done over its stage, but keeps a dropped one dropped', () => {
    const { plan } = tableToPlan([
      ['Task', 'Status'],
      ['~~Order the new kilns~~', 'Cancelled'],
      ['~~Book the glaze supplier~~', 'In progress'],
      ['Train the technicians', 'In progress'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Order the new kilns', 'cancelled'],
      ['Book the glaze supplier', 'complete'],
      ['Train the technicians', 'in-progress'],
    ])
  })

  it('reads a cell of a million marks without failing', () => {
    expect(struckThrough(`~~${'~'.repeat(1_000_000)}~~`)).toBeNull()
    expect(struckThrough(`~~${'a '.repeat(500_000)}~~`)?.length).toBe(999_999)
  })
})

describe('struckOpening', () => {
  it('gives the struck part a line opens with and the remark after it', () => {
    expect(struckOpening('~~[ ] Second projector~~ the hall has one')).toEqual({
      struck: '[ ] Second projector',
      rest: 'the hall has one',
    })
    expect(struckOpening('Use ~~old~~ wording')).toBeNull()
    expect(struckOpening('~~ unclosed')).toBeNull()
  })
})
