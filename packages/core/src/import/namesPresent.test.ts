import { describe, expect, it } from 'vitest'
import { membersPresent, namesPresent, peopleOfRoll } from './namesPresent'

describe('namesPresent', () => {
  it('reads the first names of a roll, without titles or initials in brackets', () => {
    expect([
      ...namesPresent([
        ['Committee minutes'],
        ['Attendees: Mrs Ada Lowe (AL), Ben Ode and Cara Finn; Dr Dev Rao'],
        ['Action', 'Who'],
      ]),
    ]).toEqual(['ada', 'ben', 'cara', 'dev'])
  })

  it('reads a roll labelled "Roll call", but not a call that is no roll', () => {
    expect([
      ...namesPresent([['Choir committee'], ['Roll call: Ines, Marek P., Sol'], ['Action', 'Who']]),
    ]).toEqual(['ines', 'marek', 'sol'])
    expect(
      namesPresent([['Choir committee'], ['Conference call: Tuesday at noon'], ['Action', 'Who']]).size,
    ).toBe(0)
  })

  it('reads nothing from a page with no roll', () => {
    expect(
      namesPresent([['Plan'], ['Action', 'Lead'], ['Present the report to the board', 'Ben']]).size,
    ).toBe(0)
  })

  it('reads a roll after an item number, and the surnames of the names written in full', () => {
    const table = [['Parish council'], ['2. Present: Councillors – Helen Vance (Chair), Joe Tate, Sue']]
    expect([...namesPresent(table)]).toEqual(['helen', 'joe', 'sue'])
    expect([...membersPresent(table).last]).toEqual(['vance', 'tate'])
  })
})

describe('peopleOfRoll', () => {
  it.each([
    [
      'Mrs Kay Moss (KM), Leo Hart and Nia Bell.',
      [
        ['Kay', 'Moss'],
        ['Leo', 'Hart'],
        ['Nia', 'Bell'],
      ],
    ],
    [
      'R.Fenn & Ola Dahl; Cllr Ivo Kerr',
      [
        ['R.', 'Fenn'],
        ['Ola', 'Dahl'],
        ['Ivo', 'Kerr'],
      ],
    ],
    [
      'Siv Berg og Tor Lie',
      [
        ['Siv', 'Berg'],
        ['Tor', 'Lie'],
      ],
    ],
    ['Councillors – Pip Lane (Chair), Rob', [['Pip', 'Lane'], ['Rob']]],
    // A double-barrelled surname broken after its hyphen, and the apologies on the same line as those present.
    [
      'Ivo Kerr, Nell Ames- Booth Apologies for absence: Rhea Stone-Lyle',
      [
        ['Ivo', 'Kerr'],
        ['Nell', 'Ames-Booth'],
        ['Rhea', 'Stone-Lyle'],
      ],
    ],
    // An Irish surname broken after its apostrophe is one word; a lone initial before a quote is not joined on.
    [
      "Cian O’ Dea, Una D' Arcy and Ivo Kerr",
      [
        ['Cian', 'O’Dea'],
        ['Una', "D'Arcy"],
        ['Ivo', 'Kerr'],
      ],
    ],
    // Near miss: a possessive before a capitalised word is no broken surname.
    [
      'Ivo Kerr, Pam’s Bakery',
      [
        ['Ivo', 'Kerr'],
        ['Pam’s', 'Bakery'],
      ],
    ],
    // Initials in square brackets, as the minutes will call each member.
    [
      'Ana Ruiz (Chair) [AR], Tom Lee [TL]',
      [
        ['Ana', 'Ruiz'],
        ['Tom', 'Lee'],
      ],
    ],
    // Near miss: a dash between a name and a note is no broken surname.
    [
      'Ivo Kerr - Chair, Nell Ames',
      [
        ['Ivo', 'Kerr', 'Chair'],
        ['Nell', 'Ames'],
      ],
    ],
    // Near miss: "Absent" with no colon after it starts no second list; it stays a word of the name before it.
    [
      'Ivo Kerr, Nell Ames Absent',
      [
        ['Ivo', 'Kerr'],
        ['Nell', 'Ames', 'Absent'],
      ],
    ],
  ])('reads the people of %s', (names, people) => {
    expect(peopleOfRoll(names)).toEqual(people)
  })

  it('leaves out a roll filler and a clause too long to be a name', () => {
    expect(peopleOfRoll('None')).toEqual([])
    expect(peopleOfRoll('Uma Roy, all the staff of the new centre')).toEqual([['Uma', 'Roy']])
  })
})

describe('namesPresent: a roll numbered as an item of the minutes', () => {
  it.each([
    ['1. Present: Ana Cruz, Bo Lind'],
    ['IV. Present : Ana Cruz, Bo Lind'],
    ['II) Attendees: Ana Cruz, Bo Lind'],
  ])('reads %s', (line) => {
    expect(namesPresent([['Minutes'], [line]])).toEqual(new Set(['ana', 'bo']))
  })

  it('does not read a roman word that is no item number', () => {
    expect(namesPresent([['Minutes'], ['VIVID Present: Ana Cruz, Bo Lind']])).toEqual(new Set())
  })
})
