import { describe, expect, it } from 'vitest'
import { readOwnerCell } from './readOwnerCell'
import { tableToPlan } from './tableToPlan'

describe('readOwnerCell: a lead working with others, wrapped in a narrow column', () => {
  it('joins a line that opens lowercase to the line above, and splits "working with" into two owners', () => {
    expect(readOwnerCell('Priya Shah working\nwith the technician forum,\nEstates, Library')).toEqual([
      'Priya Shah',
      'the technician forum',
      'Estates',
      'Library',
    ])
  })

  it('reads "in partnership with" and "jointly with" the same way', () => {
    expect(readOwnerCell('Careers Service in partnership with HR')).toEqual(['Careers Service', 'HR'])
    expect(readOwnerCell('Lab Manager jointly with Safety Office')).toEqual(['Lab Manager', 'Safety Office'])
  })

  it('keeps lines that each open with a capital as separate owners', () => {
    expect(readOwnerCell('Head of School\nFaculty Manager')).toEqual(['Head of School', 'Faculty Manager'])
  })
})

describe('readOwnerCell: partners named after the owners', () => {
  it.each([
    ['Priya/Tomasz in conjunction with the site safety teams', ['Priya', 'Tomasz']],
    ['Technical Services Manager in consultation with the trade unions', ['Technical Services Manager']],
    ['HR with support from Faculty Operations', ['HR']],
    ['Lab Manager, Stores Lead supported by Estates/Finance', ['Lab Manager', 'Stores Lead']],
    ['Library in liaison with Students Union', ['Library']],
  ])('%s', (cell, owners) => {
    expect(readOwnerCell(cell)).toEqual(owners)
  })

  it('keeps a cell that only names partners, and owners joined plainly', () => {
    expect(readOwnerCell('In consultation with HR')).toEqual(['HR'])
    expect(readOwnerCell('HR/Estates')).toEqual(['HR', 'Estates'])
  })

  it('keeps the whole cell as the owners text of the action', () => {
    const { plan } = tableToPlan([
      ['Action', 'Who', 'When'],
      [
        'Review the chemical store layout',
        'Priya/Tomasz in conjunction with the site safety teams',
        'May 2026',
      ],
    ])
    expect(plan.actions[0]?.owners).toEqual(['Priya', 'Tomasz'])
    expect(plan.actions[0]?.ownersText).toBe('Priya/Tomasz in conjunction with the site safety teams')
  })
})

describe('an owners cell wrapped after a joining word', () => {
  it('joins the line ending on "and" or "with" to the next before splitting the owners', () => {
    expect(readOwnerCell('HR working\nwith ESG and\nEstates')).toEqual(['HR', 'ESG', 'Estates'])
  })
})

describe('an owners cell wrapped inside a bracket', () => {
  it('goes on to the line that closes the bracket, and splits at "and" after it', () => {
    expect(readOwnerCell('Estates (Grounds\nand Waste Team)')).toEqual(['Estates (Grounds and Waste Team)'])
    expect(readOwnerCell('IT (Service Desk)\nand Research Computing\nTeam')).toEqual([
      'IT (Service Desk)',
      'Research Computing Team',
    ])
  })
})

describe('readOwnerCell: owners each named for their part, a role over its listed remit', () => {
  it('reads the owner after "Part = " on each line', () => {
    expect(readOwnerCell('Loans = Collections Officer (TBC)\nSchool visits = Learning Manager')).toEqual([
      'Collections Officer (TBC)',
      'Learning Manager',
    ])
  })

  it('keeps "Head of" a subject and a comma list of subjects as one role', () => {
    expect(readOwnerCell('Head of Visitor Services, Retail, Events & Catering')).toEqual([
      'Head of Visitor Services, Retail, Events & Catering',
    ])
    // Plural roles or a list without the closing "&" stay a list of owners.
    expect(readOwnerCell('Head of Learning, Curators, Registrars')).toEqual([
      'Head of Learning',
      'Curators',
      'Registrars',
    ])
    expect(readOwnerCell('Director of Finance, Estates')).toEqual(['Director of Finance', 'Estates'])
  })

  it('leaves a plain "x = y" sum or an equals sign without spaces alone', () => {
    expect(readOwnerCell('HR=Finance')).toEqual(['HR=Finance'])
  })
})

describe('bodies named together in the plural, and a second owner after "as well as"', () => {
  it('keeps one word joined to plural bodies as one owner, and drops "as well as" from the owner after a comma', () => {
    expect(readOwnerCell('Audit and Risk Committees, as well as the finance team')).toEqual([
      'Audit and Risk Committees',
      'the finance team',
    ])
    expect(readOwnerCell('CFO and Chief People Officer Councils')).toEqual([
      'CFO and Chief People Officer Councils',
    ])
    // A single body after an acronym is still its own owner.
    expect(readOwnerCell('HR and Finance Committee')).toEqual(['HR', 'Finance Committee'])
  })
})

describe('readOwnerCell: a subgroup before "and"', () => {
  it('is a whole unit, so "and" after it joins two owners', () => {
    expect(readOwnerCell('Data Quality SubGroup and Local Safeguarding Board')).toEqual([
      'Data Quality SubGroup',
      'Local Safeguarding Board',
    ])
    expect(readOwnerCell('Workforce Sub-group and Estates Team')).toEqual([
      'Workforce Sub-group',
      'Estates Team',
    ])
  })
})

describe('readOwnerCell: an owner followed by the step they take', () => {
  it('reads the owner without "to nominate", "approve" or "approves" after the name', () => {
    expect(readOwnerCell('Heads of School nominate')).toEqual(['Heads of School'])
    expect(readOwnerCell('Governing Board to approve')).toEqual(['Governing Board'])
    expect(readOwnerCell('Provost approves')).toEqual(['Provost'])
    expect(readOwnerCell('Unions to agree, HR')).toEqual(['Unions', 'HR'])
  })

  it('keeps a name that only holds such a word', () => {
    expect(readOwnerCell('Approvals Panel')).toEqual(['Approvals Panel'])
    expect(readOwnerCell('Nominations Committee')).toEqual(['Nominations Committee'])
  })
})

describe('a narrow owner column that wraps a role word onto the line with the next name', () => {
  it.each([
    ['Parks\nOfficer/Estates\nOfficer', ['Parks Officer', 'Estates Officer']],
    ['Library\nManager, Finance\nOfficer', ['Library Manager', 'Finance Officer']],
  ])('joins each role word back to the name above it: %j', (cell, want) => {
    expect(readOwnerCell(cell)).toEqual(want)
  })

  it('keeps a line that opens with a whole name of its own', () => {
    expect(readOwnerCell('Head of Parks\nFacilities Manager')).toEqual([
      'Head of Parks',
      'Facilities Manager',
    ])
  })
})

describe('readOwnerCell: two units sharing the executive named after them', () => {
  it('keeps "X & Y Execs" whole, but parts a rank’s post from the unit before it', () => {
    expect(readOwnerCell('QA & RD Execs, Safety lead')).toEqual(['QA & RD Execs', 'Safety lead'])
    expect(readOwnerCell('ICT and HSE Executive')).toEqual(['ICT and HSE Executive'])
    expect(readOwnerCell('HR and Chief Executive')).toEqual(['HR', 'Chief Executive'])
  })
})

describe('readOwnerCell: two people named in full, joined by "and"', () => {
  it('names each person, and keeps a phrase of single words whole', () => {
    expect(readOwnerCell('Priya Shah and Tom Okafor')).toEqual(['Priya Shah', 'Tom Okafor'])
    expect(readOwnerCell('Lena Ward & Sam MacLeod')).toEqual(['Lena Ward', 'Sam MacLeod'])
    expect(readOwnerCell('Equality and Diversity')).toEqual(['Equality and Diversity'])
    expect(readOwnerCell('Head of Learning and Teaching')).toEqual(['Head of Learning and Teaching'])
  })
})

describe('readOwnerCell: the step each owner takes, and when they step in', () => {
  it.each([
    ['Events officer to book, Finance lead to pay', ['Events officer', 'Finance lead']],
    ['Web team to help draft', ['Web team']],
    ['Site managers and the safety team as needed', ['Site managers', 'the safety team']],
    ['Estates where required', ['Estates']],
    ['Assistant to the Dean', ['Assistant to the Dean']],
  ])('reads %s', (cell, want) => {
    expect(readOwnerCell(cell)).toEqual(want)
  })
})

describe('readOwnerCell: a sign-up sheet of given names and initials, with remarks in brackets', () => {
  it.each([
    ['Lucy S and Omar K', ['Lucy S', 'Omar K']],
    ['Ravi T. & Jo B', ['Ravi T.', 'Jo B']],
    ['Omar Khan (last spring it was Lucy S.)', ['Omar Khan']],
    ['Jo B, Ravi T, Ana M (more hands wanted, please!)', ['Jo B', 'Ravi T', 'Ana M']],
    // Near misses: a bracket naming more people, or a role's mark, is no remark; nor one word in lower case.
    ['Estates (and the grounds team)', ['Estates (and the grounds team)']],
    ['Ana Lee (chair)', ['Ana Lee']],
    // Single words joined by "and" stay one phrase.
    ['Marks and Spencer', ['Marks and Spencer']],
  ])('reads %s', (cell, want) => {
    expect(readOwnerCell(cell)).toEqual(want)
  })

  it('stays linear on a long bracket of words', () => {
    expect(readOwnerCell(`Ana Lee (${'a, '.repeat(10_000)}b`)).toBeDefined()
  })
})
