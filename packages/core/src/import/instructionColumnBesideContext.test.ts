import { describe, expect, it } from 'vitest'
import { instructionColumnBesideContext, opensAsInstruction } from './instructionColumnBesideContext'
import { tableToPlan } from './tableToPlan'

describe('opensAsInstruction', () => {
  it.each([
    ['Review the allotment rules with the tenants', true],
    ['2.1 Recruit two more volunteer wardens', true],
    ['1. ii) Publish the minutes within a week', true],
    ['• Survey the hedgerows each spring', true],
    ['The parish clerk to update the tree register', true],
    ['Shortage of volunteers on weekday mornings', false],
    ['All footpaths to be signed by the summer', false],
    ['Raising the profile of the allotments', false],
    // A thing wanted, not someone tasked, before "to": the issue, not an instruction.
    ['A need to make the hall easier to book', false],
    ['An opportunity to share the tools between plots', false],
    ['To report the work done so far to the parish meeting', false],
    ['', false],
  ])('%s → %s', (cell, expected) => {
    expect(opensAsInstruction(cell)).toBe(expected)
  })
})

describe('instructionColumnBesideContext', () => {
  it.each([
    {
      name: 'instructions right of their issues',
      body: [
        ['Few young people on the committee', 'Invite the youth club to send a member', 'Clerk'],
        ['Paths overgrown in summer', 'Agree a cutting rota with the landowners', 'Footpaths group'],
        ['Notices seen by few residents', 'Post every notice on the village website too', 'Clerk'],
      ],
      expected: { actions: 1, context: 0 },
    },
    {
      name: 'tasked people right of the items they answer',
      body: [
        ['Item 1 - Budget for next year', 'The treasurer to prepare a draft budget', 'March'],
        ['Item 2 - Play area', 'Councillor Shah to chase the safety inspection report', 'April'],
        ['Item 3 - Bus shelter', 'Ask the county for a new timetable board', 'May'],
      ],
      expected: { actions: 1, context: 0 },
    },
    {
      name: 'a title column that is itself instructions',
      body: [
        ['Mend the fence by the pond', 'Check the posts for rot first', 'Clerk'],
        ['Clear the ditch on Mill Lane', 'Hire a digger for a day', 'Clerk'],
      ],
      expected: null,
    },
    {
      name: 'a column beside that is not prose of things to do',
      body: [
        ['Shortage of volunteers on weekdays', 'Lack of funds for new tools', 'Clerk'],
        ['Paths overgrown in summer', 'Too few walkers report problems', 'Clerk'],
      ],
      expected: null,
    },
  ])('$name', ({ body, expected }) => {
    expect(instructionColumnBesideContext(body, 0, new Map())).toEqual(expected)
  })

  it('leaves a column read as owners or dates alone', () => {
    const body = [
      ['Paths overgrown in summer', 'Review the cutting rota'],
      ['Notices seen by few residents', 'Review the notice boards'],
    ]
    expect(instructionColumnBesideContext(body, 0, new Map([['owners', 1]]))).toBeNull()
  })
})

describe('a table without a header: the instructions, not their context, are the actions', () => {
  it('reads the column of things to do as the actions when the longer column left of it states the issues', () => {
    const { plan } = tableToPlan([
      ['Parish council action plan'],
      [
        'Very few residents under thirty take part in the annual parish meeting or stand for the council',
        'Invite the youth club to send a member to every meeting',
        'Parish clerk',
        'March 2031',
      ],
      [
        'The footpaths north of the village are overgrown for most of the summer and hard to walk',
        'Agree a cutting rota with the three landowners',
        'Footpaths group',
        'May 2031',
      ],
      [
        'Notices pinned to the board by the shop are read by a small share of the households in the parish',
        'Post every notice on the village website as well',
        'Parish clerk',
        'June 2031',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Invite the youth club to send a member to every meeting', ['Parish clerk'], '2031-03-31'],
      ['Agree a cutting rota with the three landowners', ['Footpaths group'], '2031-05-31'],
      ['Post every notice on the village website as well', ['Parish clerk'], '2031-06-30'],
    ])
  })
})
