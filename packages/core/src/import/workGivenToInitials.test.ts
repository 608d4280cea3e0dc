import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { rosterOfInitials, workGivenToInitials } from './workGivenToInitials'

const roster = new Set(['RK', 'DLM', 'SO', 'AB'])

describe('rosterOfInitials', () => {
  it('reads the initials the attendance lines give the members', () => {
    expect([
      ...rosterOfInitials(['Rowing club committee', 'Present: Captain RK, Treasurer DLM, Sam Oyelaran SO']),
    ]).toEqual(['RK', 'DLM', 'SO'])
  })

  it('finds no roster without an attendance line, or with one person', () => {
    expect(rosterOfInitials(['The BBC and the RNLI were thanked.']).size).toBe(0)
    expect(rosterOfInitials(['Present: Chair RK and six members']).size).toBe(0)
  })
})

describe('workGivenToInitials', () => {
  it.each([
    [
      'The boathouse roof leaks again; RK to get a quote, and report back.',
      'RK to get a quote, and report back.',
      ['RK'],
    ],
    ['The trailer lights have failed. DLM to investigate.', 'DLM to investigate.', ['DLM']],
    [
      'SO, AB and RK to draw up a rota for the safety launch.',
      'SO, AB and RK to draw up a rota for the safety launch.',
      ['SO', 'AB', 'RK'],
    ],
    [
      'AB offered to repaint the oars for free. This was accepted.',
      'AB offered to repaint the oars for free.',
      ['AB'],
    ],
    [
      'The new sculls would be collected from the maker by SO.',
      'The new sculls would be collected from the maker by SO.',
      ['SO'],
    ],
    ['Club kit – DLM will order the spring batch.', 'DLM will order the spring batch.', ['DLM']],
  ])('reads %s', (line, title, owners) => {
    expect(workGivenToInitials(line, roster)).toEqual({ title, owners })
  })

  it.each([
    ['no initials on the roster', 'The boathouse roof leaks; XY to get a quote.'],
    ['initials mid-sentence', 'We thanked RK to great applause.'],
    ['"to be"', 'RK to be told about the leak.'],
    ['a passive already done', 'The sculls were collected by SO.'],
    ['a proposal', 'Fixture Secretary – Ann Lee – Proposed DLM and carried.'],
  ])('reads no work from %s', (_, line) => {
    expect(workGivenToInitials(line, roster)).toBeNull()
  })

  it('reads a long line of clauses, and leaves a line longer than any minute', () => {
    expect(workGivenToInitials(`${'The roof leaks; '.repeat(100)}RK to get a quote.`, roster)?.title).toBe(
      'RK to get a quote.',
    )
    expect(workGivenToInitials(`${'The roof leaks; '.repeat(1000)}RK to get a quote.`, roster)).toBeNull()
  })
})

describe('minutes that give work to members by their initials, with no action labels', () => {
  it('reads each line giving work as an action under its agenda item', () => {
    const { plan } = tableToPlan([
      ['Minutes of the rowing club committee, 3 April 2031'],
      ['1. Present – Captain RK, Treasurer DLM, Sam Oyelaran SO, Ana Bell AB.'],
      ['2. Apologies – none.'],
      ['3. Boathouse'],
      ['The roof leaks again over the second rack; RK to get a quote, and report back.'],
      ['The trailer lights have failed. DLM to investigate.'],
      ['4. Regatta'],
      ['The new sculls would be collected from the maker by SO.'],
      ['A good turnout was expected.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.section])).toEqual([
      ['RK to get a quote, and report back.', ['RK'], '3. Boathouse'],
      ['DLM to investigate.', ['DLM'], '3. Boathouse'],
      ['The new sculls would be collected from the maker by SO.', ['SO'], '4. Regatta'],
    ])
    expect(plan.actions[1]?.description).toBe('The trailer lights have failed. DLM to investigate.')
  })
})
