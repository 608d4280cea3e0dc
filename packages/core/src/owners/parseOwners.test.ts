import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { namesNobody, parseOwners } from './parseOwners'

describe('parseOwners: the "Responsible" column (initials and groups)', () => {
  it.each([
    ['Forum / SRM', ['Forum', 'SRM']],
    ['SM', ['SM']],
    ['Forum', ['Forum']],
    ['CS', ['CS']],
    ['Forum, CS', ['Forum', 'CS']],
    ['CS, SM', ['CS', 'SM']],
    ['SRM / VH', ['SRM', 'VH']],
    ['SRM / VH / SM / CS', ['SRM', 'VH', 'SM', 'CS']],
  ])('%j → %j', (text, owners) => {
    expect(parseOwners(text)).toEqual({ text, owners, tentative: [] })
  })
})

describe('parseOwners: the "Stakeholders:" label of a narrative plan', () => {
  it.each([
    ['L & D / TCSG', ['L & D', 'TCSG']],
    ['Technical Managers', ['Technical Managers']],
    ['TCSG / Marketing', ['TCSG', 'Marketing']],
    ['TCSG / HR', ['TCSG', 'HR']],
    ['TCSG', ['TCSG']],
    ['Technical Managers / L & D', ['Technical Managers', 'L & D']],
    ['TCSG / HR / Marketing', ['TCSG', 'HR', 'Marketing']],
    ['HR / Technical Managers', ['HR', 'Technical Managers']],
    ['HR / L & D / Technical Managers', ['HR', 'L & D', 'Technical Managers']],
    // An ampersand inside a name is not a separator.
    ['L & D / Technical Managers', ['L & D', 'Technical Managers']],
    ['HR / Technical Managers / TCSG', ['HR', 'Technical Managers', 'TCSG']],
    ['Technical Managers / HR', ['Technical Managers', 'HR']],
    // Nor is "and".
    [
      'Recruitment and Outreach / HR / Technical Managers',
      ['Recruitment and Outreach', 'HR', 'Technical Managers'],
    ],
    ['HR, Technical Managers', ['HR', 'Technical Managers']],
  ])('%j → %j', (text, owners) => {
    expect(parseOwners(text)).toEqual({ text, owners, tentative: [] })
  })

  it('keeps "(TBC)" on a provisional owner and also lists it as tentative', () => {
    const text = 'TCSG / Comms / Technical Staff Working Group (TBC)'
    expect(parseOwners(text)).toEqual({
      text,
      owners: ['TCSG', 'Comms', 'Technical Staff Working Group (TBC)'],
      tentative: ['Technical Staff Working Group (TBC)'],
    })
    expect(parseOwners('HR / Faculty Manager [tba]').tentative).toEqual(['Faculty Manager [tba]'])
  })
})

describe('parseOwners: edge cases', () => {
  it('reads a cell that names nobody as no owners', () => {
    for (const text of ['', '  ', 'N/A', 'TBC', '-', 'none', 'TBN', 'Nobody', 'no one']) {
      expect(parseOwners(text).owners).toEqual([])
    }
  })

  it('says which cells name nobody, and a name that only starts alike is someone', () => {
    expect(['TBD', 'tbn', 'No one', 'Vacant'].map(namesNobody)).toEqual([true, true, true, true])
    expect(['Tom', 'Nobody Else Ltd', 'Nonna', 'TBD team'].map(namesNobody)).toEqual([
      false,
      false,
      false,
      false,
    ])
  })

  it('keeps a bare job title with its unit after a comma', () => {
    expect(parseOwners('Director, P&C').owners).toEqual(['Director, P&C'])
    expect(parseOwners('Head, School of Biology / HR').owners).toEqual(['Head, School of Biology', 'HR'])
    expect(parseOwners('Director of HR, EODC').owners).toEqual(['Director of HR', 'EODC'])
  })

  it('keeps a vice-president with the portfolio after the comma', () => {
    expect(parseOwners('Registrar; VP, Research & Innovation; AVP, Equity').owners).toEqual([
      'Registrar',
      'VP, Research & Innovation',
      'AVP, Equity',
    ])
    expect(parseOwners('Vice-President, Students / Deans').owners).toEqual([
      'Vice-President, Students',
      'Deans',
    ])
    expect(parseOwners('VP, Deans').owners).toEqual(['VP', 'Deans'])
  })

  it('does not split inside brackets', () => {
    expect(parseOwners('HR (Recruitment/Outreach), CS').owners).toEqual(['HR (Recruitment/Outreach)', 'CS'])
  })

  it('splits lines and semicolons, tidies spaces, drops repeats and decodes HTML', () => {
    expect(parseOwners('Head of School;\n  Faculty   Manager\nhead of school').owners).toEqual([
      'Head of School',
      'Faculty Manager',
    ])
    expect(parseOwners('L &amp; D<br>HR').owners).toEqual(['L & D', 'HR'])
  })
})

describe('parseOwners: properties', () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 15 }),
    fc.constantFrom(' / ', ', ', ' & ', ' and ', '(TBC)', '(', ')', '\n'),
  )
  const text = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''))

  it('never throws, keeps the original text, and returns trimmed, non-empty, distinct owners', () => {
    fc.assert(
      fc.property(text, (input) => {
        const parsed = parseOwners(input)
        expect(parsed.text).toBe(input)
        for (const owner of parsed.owners) {
          expect(owner).not.toBe('')
          expect(owner.trim()).toBe(owner)
        }
        expect(new Set(parsed.owners.map((o) => o.toLowerCase())).size).toBe(parsed.owners.length)
        expect(parsed.tentative.every((t) => parsed.owners.includes(t))).toBe(true)
      }),
    )
  })

  it('bounds the list for a hostile cell', () => {
    const huge = Array.from({ length: 5000 }, (_, i) => `Owner ${i}`).join(' / ')
    expect(parseOwners(huge).owners.length).toBeLessThanOrEqual(50)
  })
})

describe('parseOwners: owners joined by a spaced plus', () => {
  it.each([
    ['Clerk + Chair', ['Clerk', 'Chair']],
    ['Treasurer + Cllr Ames + Secretary', ['Treasurer', 'Cllr Ames', 'Secretary']],
    ['C++ Guild', ['C++ Guild']],
    // A plus opening a name adds that owner too: "+WG" is the working group as well.
    ['Web team +WG', ['Web team', 'WG']],
    ['+WG', ['WG']],
    ['Everyone +Board', ['Everyone', 'Board']],
    // Near misses: a plus after a word or before a figure is part of the name.
    ['A+ Tutors', ['A+ Tutors']],
    ['Over +5 group', ['Over +5 group']],
  ])('reads "%s"', (cell, want) => {
    expect(parseOwners(cell).owners).toEqual(want)
  })
})

describe('parseOwners: a plural title over two surnames', () => {
  it.each([
    ['Cllrs Ames & Lee', ['Cllr Ames', 'Cllr Lee']],
    ['Secretary / Drs Park and Shah', ['Secretary', 'Dr Park', 'Dr Shah']],
    ['Councillors Bell and Rowe', ['Councillor Bell', 'Councillor Rowe']],
  ])('reads "%s"', (cell, want) => {
    expect(parseOwners(cell).owners).toEqual(want)
  })
})

describe('parseOwners: a Chinese list of units, the lead one starred', () => {
  it.each([
    ['区教育局*、区卫健局', ['区教育局', '区卫健局']],
    ['区教育局，区卫健局；区民政局', ['区教育局', '区卫健局', '区民政局']],
    ['Estates*, Library', ['Estates', 'Library']],
  ])('reads "%s"', (cell, want) => {
    expect(parseOwners(cell).owners).toEqual(want)
  })
})
