// How owner cells are read, family by family, as a careful reader of a UK action plan reads them. Every row is
// our own wording of a kind of cell that plans use; each family says what decides the reading.
import { describe, expect, it } from 'vitest'
import { parseOwners } from './parseOwners'

type Row = readonly [cell: string, owners: readonly string[]]

function check(rows: readonly Row[]) {
  it.each(rows)('%j', (cell, owners) => {
    expect(parseOwners(cell).owners).toEqual(owners)
  })
}

describe('a title or portfolio whose name lists its areas with commas is one owner', () => {
  check([
    ['Pro-Vice-Chancellor, Research and Innovation', ['Pro-Vice-Chancellor, Research and Innovation']],
    ['Pro Vice-Chancellor, Education', ['Pro Vice-Chancellor, Education']],
    ['Deputy Vice-Chancellor, Academic', ['Deputy Vice-Chancellor, Academic']],
    ['PVC, Global Engagement', ['PVC, Global Engagement']],
    ['Vice-Principal, Learning and Teaching', ['Vice-Principal, Learning and Teaching']],
    [
      'Director of Estates, Facilities and Commercial Services',
      ['Director of Estates, Facilities and Commercial Services'],
    ],
    ['Director of Research, Enterprise and Engagement', ['Director of Research, Enterprise and Engagement']],
    [
      'Head of Learning, Teaching and Student Experience',
      ['Head of Learning, Teaching and Student Experience'],
    ],
    [
      'Associate Dean for Research, Impact & Knowledge Exchange',
      ['Associate Dean for Research, Impact & Knowledge Exchange'],
    ],
    [
      'Pro-Vice-Chancellor for Education, Students and Culture',
      ['Pro-Vice-Chancellor for Education, Students and Culture'],
    ],
    [
      'Head of Admissions, Outreach and Widening Participation',
      ['Head of Admissions, Outreach and Widening Participation'],
    ],
    ['Director of Libraries, Archives and Museums', ['Director of Libraries, Archives and Museums']],
    [
      'Head of Planning, Insight and Performance / Registrar',
      ['Head of Planning, Insight and Performance', 'Registrar'],
    ],
    [
      'Director of Estates, Facilities and Commercial Services; Head of Sustainability',
      ['Director of Estates, Facilities and Commercial Services', 'Head of Sustainability'],
    ],
    // A part after the comma that names another post or team, or a short code, is another owner.
    ['Director of Research, Head of Graduate School', ['Director of Research', 'Head of Graduate School']],
    ['Dean of Research, Research Office', ['Dean of Research', 'Research Office']],
    ['Director of People, HR and EDI teams', ['Director of People', 'HR', 'EDI teams']],
    [
      'Head of Estates, Sustainability Team and Finance',
      ['Head of Estates', 'Sustainability Team and Finance'],
    ],
    ['Director of HR, EODC', ['Director of HR', 'EODC']],
  ])
})

describe('a public-service post named by its division or branch after a comma is one owner', () => {
  check([
    ['Assistant Commissioner, Client Engagement', ['Assistant Commissioner, Client Engagement']],
    ['Deputy Commissioner, Small Business', ['Deputy Commissioner, Small Business']],
    ['First Assistant Secretary, Digital Division', ['First Assistant Secretary, Digital Division']],
    ['Assistant Statistician, Census Field Branch', ['Assistant Statistician, Census Field Branch']],
    [
      'Assistant Commissioner, People and Places; Deputy Commissioner, Enterprise Solutions',
      ['Assistant Commissioner, People and Places', 'Deputy Commissioner, Enterprise Solutions'],
    ],
    ['Director General, Programs', ['Director General, Programs']],
    ['Assistant Deputy Minister, Corporate Affairs', ['Assistant Deputy Minister, Corporate Affairs']],
    ['ADM, Regional Delivery; DG, Finance', ['ADM, Regional Delivery', 'DG, Finance']],
    // A role after the comma is another owner.
    ['Commissioner, Branch Managers', ['Commissioner', 'Branch Managers']],
    ['Director General, Program Managers', ['Director General', 'Program Managers']],
    ['Secretary General, treasurer', ['Secretary General', 'treasurer']],
  ])
})

describe('subjects listed before one body or role are one owner', () => {
  check([
    ['Equality, Diversity and Inclusion Manager', ['Equality, Diversity and Inclusion Manager']],
    ['Equality, Diversity and Inclusion Committee', ['Equality, Diversity and Inclusion Committee']],
    ['Equality, Diversity & Inclusion Committee', ['Equality, Diversity & Inclusion Committee']],
    ['Equity, Diversity and Inclusion Lead', ['Equity, Diversity and Inclusion Lead']],
    ['Diversity, Equity and Inclusion Working Group', ['Diversity, Equity and Inclusion Working Group']],
    ['Learning, Teaching and Assessment Committee', ['Learning, Teaching and Assessment Committee']],
    ['Research, Impact and Innovation Board', ['Research, Impact and Innovation Board']],
    ['Health, Safety and Wellbeing Team', ['Health, Safety and Wellbeing Team']],
    ['Culture, Inclusion and Belonging Group', ['Culture, Inclusion and Belonging Group']],
    ['Estates, Finance and Planning Committee', ['Estates, Finance and Planning Committee']],
    [
      'Equality, Diversity and Inclusion Committee / Athena Swan SAT',
      ['Equality, Diversity and Inclusion Committee', 'Athena Swan SAT'],
    ],
    [
      'Head of School; Equality, Diversity and Inclusion Committee',
      ['Head of School', 'Equality, Diversity and Inclusion Committee'],
    ],
    ['HR, Equality, Diversity and Inclusion Manager', ['HR', 'Equality, Diversity and Inclusion Manager']],
    // The field itself, named by its three words, with no body after them.
    ['Equality, Diversity and Inclusion', ['Equality, Diversity and Inclusion']],
    ['Equity, Diversity & Inclusion / HR', ['Equity, Diversity & Inclusion', 'HR']],
    ['Diversity, Equity, Inclusion and Belonging', ['Diversity, Equity, Inclusion and Belonging']],
  ])
})

describe('a list of units or people is one owner each', () => {
  check([
    ['HR, Finance, Estates', ['HR', 'Finance', 'Estates']],
    ['HR, Comms and EDI team', ['HR', 'Comms', 'EDI team']],
    ['Finance, Estates and IT', ['Finance', 'Estates', 'IT']],
    ['Library, Careers Service and Students’ Union', ['Library', 'Careers Service', 'Students’ Union']],
    ['Deans, Directors and Heads of School', ['Deans', 'Directors', 'Heads of School']],
    ['Registry, Admissions, Student Services', ['Registry', 'Admissions', 'Student Services']],
    ['HR / Deans', ['HR', 'Deans']],
    ['Faculty Deans/HoDs', ['Faculty Deans', 'HoDs']],
    ['Dean of Research; Research Office', ['Dean of Research', 'Research Office']],
    ['Estates | Finance | HR', ['Estates', 'Finance', 'HR']],
    ['Head of School, Faculty Manager', ['Head of School', 'Faculty Manager']],
    [
      'Research Office, Graduate School, Doctoral College',
      ['Research Office', 'Graduate School', 'Doctoral College'],
    ],
    ['Planning, Finance', ['Planning', 'Finance']],
    ['HR, and Estates', ['HR', 'Estates']],
  ])
})

describe('people, with a role or unit in brackets or after a comma', () => {
  check([
    ['Jane Smith (HR)', ['Jane Smith (HR)']],
    ['Jane Smith (HR), Tom Brown (Estates)', ['Jane Smith (HR)', 'Tom Brown (Estates)']],
    ['Dr Priya Patel (Athena Swan Lead) / HR', ['Dr Priya Patel (Athena Swan Lead)', 'HR']],
    ['Prof. K. Osei, Dean of Science', ['Prof. K. Osei, Dean of Science']],
    // A person's name written plainly, then their job title: one owner.
    ['Jane Porter, Head of Legal Services', ['Jane Porter, Head of Legal Services']],
    ['Omar Haddad, Data Protection Officer', ['Omar Haddad, Data Protection Officer']],
    ['Student Services, Head of Wellbeing', ['Student Services', 'Head of Wellbeing']],
    ['Vice Presidents, Dean of Arts', ['Vice Presidents', 'Dean of Arts']],
    ['Ms R Evans, Head of HR / Estates', ['Ms R Evans, Head of HR', 'Estates']],
    ['Jane Smith, Tom Brown', ['Jane Smith', 'Tom Brown']],
    ['Jane Smith and Tom Brown', ['Jane Smith and Tom Brown']],
    ['Director, People and Culture', ['Director, People and Culture']],
    ['Head, School of Chemistry', ['Head, School of Chemistry']],
    // A unit or portfolio after a bare title is named with a capital; lowercase words name other people.
    ['Vice-Principal, school technical leads', ['Vice-Principal', 'school technical leads']],
    ['Manager (Recruitment/Selection), HR', ['Manager (Recruitment/Selection)', 'HR']],
  ])
})

describe('initials and handles', () => {
  check([
    ['JS/AB/CD', ['JS', 'AB', 'CD']],
    ['JS, AB, CD', ['JS', 'AB', 'CD']],
    ['JS; AB', ['JS', 'AB']],
    ['JS & AB', ['JS & AB']],
    ['@jsmith, @adoe', ['@jsmith', '@adoe']],
    ['@jsmith / @adoe', ['@jsmith', '@adoe']],
    ['@estates-team', ['@estates-team']],
    ['J.S. / A.B.', ['J.S', 'A.B']],
  ])
})

describe('everyone, named as a whole', () => {
  check([
    ['All staff', ['All staff']],
    ['Everyone', ['Everyone']],
    ['All Heads of School', ['All Heads of School']],
    ['All staff and students', ['All staff and students']],
    ['All line managers / HR', ['All line managers', 'HR']],
  ])
})

describe('a cell that names nobody', () => {
  check([
    ['TBC', []],
    ['TBA', []],
    ['TBD', []],
    ['tbc', []],
    ['n/a', []],
    ['N/A', []],
    ['NA', []],
    ['-', []],
    ['–', []],
    ['?', []],
    ['??', []],
    ['Vacant', []],
    ['Vacant post', []],
    ['To be confirmed', []],
    ['To be appointed', []],
    ['Not yet assigned', []],
    ['None', []],
    ['', []],
    ['HR / TBC', ['HR']],
    ['HR, Vacant', ['HR']],
    ['Head of School (TBC)', ['Head of School (TBC)']],
  ])
})

describe('lead and support labels and phrases', () => {
  check([
    ['Lead: HR; Support: Comms', ['HR', 'Comms']],
    ['Lead: Dean of Research\nSupport: Research Office', ['Dean of Research', 'Research Office']],
    ['Co-lead: Library; Co-lead: Careers', ['Library', 'Careers']],
    ['Responsible: Registrar', ['Registrar']],
    ['HR (lead)', ['HR']],
    ['HR (lead), Comms', ['HR', 'Comms']],
    ['Estates (Lead) / Finance', ['Estates', 'Finance']],
    ['Library (co-lead); Careers (co-lead)', ['Library', 'Careers']],
    ['Head of School (chair)', ['Head of School']],
    // Helpers named after the owner help them and are not owners (the whole cell stays in `text`).
    ['HR, with support from Comms', ['HR']],
    ['HR with support from Comms', ['HR']],
    ['HR supported by Comms', ['HR']],
    ['HR, supported by Comms and Estates', ['HR']],
    ['Registry in consultation with the Students’ Union', ['Registry']],
    ['Estates in conjunction with Finance', ['Estates']],
    ['Library, with input from Faculty Librarians', ['Library']],
    ['HR with support from Comms; Estates', ['HR', 'Estates']],
    // The service through which the owner acts is named after "via" or "through": the owner is the body.
    ['County Council, primarily via its Youth Justice Service', ['County Council']],
    ['Estates, through the capital programme team', ['Estates']],
    ['Council via the Housing Options Team', ['Council']],
    // Owners joined by a phrase that shares the work are each an owner.
    ['HR in partnership with the Students’ Union', ['HR', 'Students’ Union']],
    ['Careers Service working with Alumni Relations', ['Careers Service', 'Alumni Relations']],
    ['Library together with Digital Services', ['Library', 'Digital Services']],
    ['HR, with Comms', ['HR', 'Comms']],
    ['HR, along with Comms', ['HR', 'Comms']],
    ['Faculty Deans, as well as HR', ['Faculty Deans', 'HR']],
    // Others named after the lead with "but" join the lead; "but not" names nobody more.
    ['Library (lead) but Digital Services too', ['Library', 'Digital Services']],
    ['Library (lead) but with the Archive as well', ['Library', 'Archive']],
    ['Estates but also Finance', ['Estates', 'Finance']],
    ['Estates, but Finance too', ['Estates', 'Finance']],
    ['Estates but not Finance', ['Estates but not Finance']],
    // The part of the work an owner takes, in brackets after the name, is no part of the name.
    ['Estates (for the car parks)', ['Estates']],
    ['Estates (for the car parks), Finance (for the budget)', ['Estates', 'Finance']],
    ['Committee (Formerly the Board)', ['Committee (Formerly the Board)']],
  ])
})

describe('"and" or "&" between two roles, and inside one name', () => {
  check([
    ['Chief People Officer & Chief Operating Officer', ['Chief People Officer', 'Chief Operating Officer']],
    ['Head of HR and Director of Finance', ['Head of HR', 'Director of Finance']],
    ['Research Manager and Finance Officer', ['Research Manager', 'Finance Officer']],
    ['Faculty Deans and Heads of School', ['Faculty Deans', 'Heads of School']],
    ['Director of Estates & Head of Sustainability', ['Director of Estates', 'Head of Sustainability']],
    ['Widening Access Subgroup and Schools Partnership', ['Widening Access Subgroup', 'Schools Partnership']],
    ['Library and Archives Team', ['Library and Archives Team']],
    ['Research & Enterprise', ['Research & Enterprise']],
    ['Estates and Facilities', ['Estates and Facilities']],
    ['Registrar and Secretary', ['Registrar and Secretary']],
    ['Research and Enterprise Manager', ['Research and Enterprise Manager']],
    ['Head of Equality and Diversity', ['Head of Equality and Diversity']],
    ['Head of Finance and Resources', ['Head of Finance and Resources']],
    ['Health and Safety Officer', ['Health and Safety Officer']],
    ['Learning & Development Manager', ['Learning & Development Manager']],
    ['L & D', ['L & D']],
    ['Dean and Head of School', ['Dean and Head of School']],
    ['Estates and Facilities / HR', ['Estates and Facilities', 'HR']],
    // A role named for its remit with "for" is whole too; the remit's own "and" stays.
    [
      'Director of Estates and Portfolio Holder for Housing',
      ['Director of Estates', 'Portfolio Holder for Housing'],
    ],
    ['Lead Member for Schools & Head of Inclusion', ['Lead Member for Schools', 'Head of Inclusion']],
    [
      'Head of Parks and Cabinet Member for Leisure etc.',
      ['Head of Parks', 'Cabinet Member for Leisure etc'],
    ],
    ['Lead Member for Culture and Heritage', ['Lead Member for Culture and Heritage']],
    ['Officer for Health and Safety', ['Officer for Health and Safety']],
  ])
})

describe('line breaks and bullets inside a cell', () => {
  check([
    ['HR\nComms', ['HR', 'Comms']],
    ['• HR\n• Comms\n• Estates', ['HR', 'Comms', 'Estates']],
    ['- HR\n- Finance', ['HR', 'Finance']],
    ['* Library\n* Careers', ['Library', 'Careers']],
    ['· Registry · Admissions', ['Registry', 'Admissions']],
    ['Head of School\n\nFaculty Manager', ['Head of School', 'Faculty Manager']],
    ['1. HR\n2. Estates', ['HR', 'Estates']],
    ['HR;\nEstates;', ['HR', 'Estates']],
    [
      'Equality, Diversity and Inclusion Committee\nHR',
      ['Equality, Diversity and Inclusion Committee', 'HR'],
    ],
    ['HR\nHR', ['HR']],
  ])
})
