import { describe, expect, it } from 'vitest'
import { readDisposition } from './readDisposition'

describe('readDisposition: a cell deciding what becomes of an item', () => {
  it.each([
    ['Responsibility to pass to the Director of Housing', 'Director of Housing'],
    ['Ownership passed to Estates Board.', 'Estates Board'],
    ['Refer to the Finance Committee', 'Finance Committee'],
    ['Referred to Audit Panel', 'Audit Panel'],
    ['To be transferred to the Climate Working Group', 'Climate Working Group'],
    ['Handed over to Head of Libraries', 'Head of Libraries'],
    ['To be taken forward by Public Health', 'Public Health'],
    ['Item to be picked up by Youth Forum', 'Youth Forum'],
    ['To become part of the work programme for Adult Services Panel', 'Adult Services Panel'],
    ['Form part of the remit of the Transport Board', 'Transport Board'],
    ['Review to be reallocated to Community Safety Partnership', 'Community Safety Partnership'],
  ])('%j is handed to %j', (cell, to) => {
    expect(readDisposition(cell)).toEqual({ kind: 'handed-over', to })
  })

  it.each([
    'Enquiry not to be pursued',
    'Not to be pursued.',
    'Review not to be taken forward',
    'No further action',
    'No further action required',
    'Topic to be dropped',
    'Withdrawn',
    'This will not be progressed',
  ])('%j drops the item', (cell) => {
    expect(readDisposition(cell)).toEqual({ kind: 'dropped' })
  })

  it.each([
    'Pass the budget to the board',
    'Refer to the guidance when writing the policy',
    'Carry out a survey of tenants',
    'Head of Housing',
    'Not started',
    '',
    `Refer to ${'Committee '.repeat(40)}`,
  ])('%j decides nothing', (cell) => {
    expect(readDisposition(cell)).toBeNull()
  })

  it('reads a long hostile cell', () => {
    const cell = `to be ${'passed '.repeat(50_000)}to`
    expect(readDisposition(cell)).toBeNull()
    expect(readDisposition(`Refer to${' '.repeat(150)}x`)).toBeNull()
  })
})
