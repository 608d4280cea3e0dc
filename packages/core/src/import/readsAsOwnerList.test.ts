import { describe, expect, it } from 'vitest'
import { ownerColumnReadings, readsAsOwnerList } from './readsAsOwnerList'

describe('readsAsOwnerList', () => {
  it.each([
    ['Priya Patel', 'name'],
    ['Tom O’Neill', 'name'],
    ['Priya Patel, Tom Jones', 'name'],
    ['Deputy Registrar', 'role'],
    ['Head of Estates', 'role'],
    ['Director for Student Services', 'role'],
    ['Library team', 'role'],
    ['Finance Office / Priya Patel', 'role'],
    ['PP/TJ', 'role'],
    // A colour word joined to a member's initials is initials too.
    ['PP/RED', 'role'],
    // A team named by capitals and one digit, alone or in a list.
    ['WG2', 'role'],
    ['WG1, WG3 / Priya Patel', 'role'],
    ['HR', 'role'],
    ['Sam K.', 'role'],
    ['Planning Committee (lead) and Estates', 'role'],
    ['Estates', 'word'],
    ['Wellbeing', 'word'],
  ] as const)('%s → %s', (cell, reading) => {
    expect(readsAsOwnerList(cell)).toBe(reading)
  })

  it.each([
    'Agree the terms of reference',
    'Refresh Induction Pack',
    'Run Staff Survey',
    'Mentoring Scheme',
    'Career Development',
    'Equality Objectives',
    'April 2027',
    'ongoing',
    'TBC',
    'HIGH',
    // A colour alone, beside another state word or beside a role, names no one.
    'RED',
    'RED/AMBER',
    'Clerk / GREEN',
    // A year, a quarter or a code with more digits is no team.
    'FY24',
    'Q3',
    'WG2 2031',
    'priya.patel@example.ac.uk',
    '01632 960 123',
    'Terms drafted and sent to the group.',
    '',
  ])('%s reads as no owner', (cell) => {
    expect(readsAsOwnerList(cell)).toBeNull()
  })

  it('reads a long hostile cell quickly and as no owner', () => {
    expect(readsAsOwnerList(`${'Aa '.repeat(200_000)}`)).toBeNull()
    expect(readsAsOwnerList('/'.repeat(100))).toBeNull()
  })
})

describe('readsAsOwnerList: a spaced plus between owners', () => {
  it.each([['Clerk + Chair'], ['Treasurer + Cllr Ames']])('reads "%s" as owners', (cell) => {
    expect(readsAsOwnerList(cell)).not.toBeNull()
  })
  it.each([['C++'], ['Grade A+']])('reads "%s" as no owner list', (cell) => {
    expect(readsAsOwnerList(cell)).toBeNull()
  })
})

describe('readsAsOwnerList: surnames with a capital after a prefix', () => {
  it.each(['Ruth DeMarco', 'Ali DiNapoli', 'Jo LeBlanc', 'Sam DuPont', 'Kim LaRue'])(
    'reads %s as a name',
    (cell) => {
      expect(readsAsOwnerList(cell)).toBe('name')
    },
  )
})

describe('ownerColumnReadings', () => {
  it('counts the filled cells, those read as owners, and those surely so', () => {
    expect(ownerColumnReadings(['Clerk', 'Jane Smith', '', 'Wellbeing', 'Review the policy'])).toEqual({
      cells: 4,
      names: 3,
      sure: 2,
    })
  })

  it('reads no more than the first forty filled cells', () => {
    expect(ownerColumnReadings(Array.from({ length: 100 }, () => 'Jane Smith'))).toEqual({
      cells: 40,
      names: 40,
      sure: 40,
    })
  })
})

describe('owner lists written with titles, list marks and placeholders', () => {
  it.each([
    ['Dr. Priya Okafor', 'role'],
    ['Mrs B Hallam', 'role'],
    ['Heads of Department', 'role'],
    ['Minister for Transport', 'role'],
    ['University of Northtown', 'role'],
    ['Quality Team Auditor', 'role'],
    ['- Head of Estates\n- Facilities Manager', 'role'],
  ] as const)('reads %j as %s', (cell, reading) => {
    expect(readsAsOwnerList(cell)).toBe(reading)
  })

  it('does not read a title before ordinary words as a person', () => {
    expect(readsAsOwnerList('Dr appointments to be reviewed')).toBeNull()
  })

  it('counts a placeholder neither as a name nor against the column', () => {
    expect(ownerColumnReadings(['Head of Estates', 'TBC', '—', 'Jane Smith'])).toEqual({
      cells: 2,
      names: 2,
      sure: 2,
    })
  })
})

describe('readsAsOwnerList: "&" or "and" inside one role’s name', () => {
  it.each([
    'Director of Estates & Development',
    'Diversity and Inclusion Officer',
    '- Head of Parks & Recreation\n- Learning and Development Lead',
    'Sustainability & Procurement Team / Jo Grant',
  ])('reads "%s" as a role', (cell) => {
    expect(readsAsOwnerList(cell)).toBe('role')
  })

  it.each(['Parks and Recreation', 'Pay & Reward Review', 'Agree the terms and the budget'])(
    'still reads "%s" as no owner',
    (cell) => {
      expect(readsAsOwnerList(cell)).toBeNull()
    },
  )

  it('still reads two people joined by "and" as names', () => {
    expect(readsAsOwnerList('Ruth Avery and Sam Cole')).toBe('name')
  })
})
