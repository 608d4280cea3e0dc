import { describe, expect, it } from 'vitest'
import { ownerInHeadingBracket } from './ownerInHeadingBracket'
import { tableToPlan } from './tableToPlan'

describe('ownerInHeadingBracket: a group heading naming its owner by role in a closing bracket', () => {
  it.each<[string, string | null]>([
    ['2.4 release (Release Manager: Ana Ruiz)', 'Ana Ruiz'],
    ['Spring term (Lead: Estates)', 'Estates'],
    ['Phase two (project owner – Jo Park)', 'Jo Park'],
    ['Autumn fair (Chair: Dev Shah).', 'Dev Shah'],
    ['Spring term (see the calendar)', null],
    ['(Lead: Estates)', null],
    ['Spring term [Lead: Estates]', null],
    ['Budget review (Note: figures to follow)', null],
  ])('%s', (line, want) => {
    expect(ownerInHeadingBracket(line)).toBe(want)
  })
})

describe('a schedule in groups, each heading naming who runs it', () => {
  it('gives every row under a heading its owner and keeps the heading as the section', () => {
    const { plan } = tableToPlan([
      ['Conference timetable'],
      ['Day one (Coordinator: Lina Berg)'],
      ['2026-04-14', 'Open the registration desk in the main hall'],
      ['2026-04-14', 'Run the welcome session for new members'],
      ['Day two (Coordinator: Omar Haddad)'],
      ['2026-04-15', 'Hold the poster session in the east wing'],
      ['Afterwards'],
      ['2026-05-01', 'Send the feedback survey to every delegate'],
    ])
    expect(plan.actions.map((a) => [a.title, [...a.owners], a.target.due, a.section ?? ''])).toEqual([
      [
        'Open the registration desk in the main hall',
        ['Lina Berg'],
        '2026-04-14',
        'Day one (Coordinator: Lina Berg)',
      ],
      [
        'Run the welcome session for new members',
        ['Lina Berg'],
        '2026-04-14',
        'Day one (Coordinator: Lina Berg)',
      ],
      [
        'Hold the poster session in the east wing',
        ['Omar Haddad'],
        '2026-04-15',
        'Day two (Coordinator: Omar Haddad)',
      ],
      ['Send the feedback survey to every delegate', [], '2026-05-01', 'Afterwards'],
    ])
  })
})

describe("ownerInHeadingBracket: a role and a name after the heading's dash", () => {
  it.each([
    ['Core services - primary contact Walter', 'Walter'],
    ['Outreach – lead: Ana Ruiz', 'Ana Ruiz'],
    ['Field kit — coordinator Mark T.', 'Mark T.'],
  ])('reads %s', (line, owner) => {
    expect(ownerInHeadingBracket(line)).toBe(owner)
  })

  it.each([
    // A dash, then no role's label: a note on the heading.
    ['Budget - lead times are long'],
    ['Field kit - ready by June'],
    // A role word, then no name.
    ['Outreach - contact the schools'],
    // No spaced dash at all.
    ['Lead contact Walter'],
  ])('reads no owner in %s', (line) => {
    expect(ownerInHeadingBracket(line)).toBeNull()
  })

  it('stays linear on a long line of dashes', () => {
    expect(ownerInHeadingBracket(`${'Area - '.repeat(10_000)}lead`)).toBeNull()
  })
})
