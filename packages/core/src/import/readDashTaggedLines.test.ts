import { describe, expect, it } from 'vitest'
import { dashTagsAtEnd, readDashTaggedLines } from './readDashTaggedLines'
import { tableToPlan } from './tableToPlan'

const page = (lines: readonly string[]) => lines.map((line) => [line])

describe('dashTagsAtEnd: an issue number, a horizon and a status after spaced dashes', () => {
  it.each<[string, [string, string, string, string] | null]>([
    ['Draft the welcome guide - #212 - Short Term', ['Draft the welcome guide', '#212', '', 'Short Term']],
    [
      'Set up a mentoring scheme – (#230) – long-term',
      ['Set up a mentoring scheme', '#230', '', 'long-term'],
    ],
    ['Hold a launch event - Done', ['Hold a launch event', '', 'Done', '']],
    [
      'Audit the wiki pages - Medium Term - in progress',
      ['Audit the wiki pages', '', 'in progress', 'Medium Term'],
    ],
    ['Pick a venue - Near term', ['Pick a venue', '', '', 'Near term']],
    ['Planning - the first stage of the work', null],
    ['Review the budget', null],
    ['#212 - Short Term', null],
  ])('%s', (line, want) => {
    const tags = dashTagsAtEnd(line)
    expect(tags === null ? null : [tags.text, tags.ref, tags.status, tags.horizon]).toEqual(want)
  })
})

describe('readDashTaggedLines: a roadmap of plain lines ending in tags', () => {
  const roadmap = page([
    'Volunteer programme roadmap',
    'Growing the team',
    'Draft the welcome guide - #212 - Short Term',
    'Record a short tour of the tools - #212 - Short Term',
    'Hold a launch event - Done',
    'Weekly drop-in session - Short Term',
    'Set up a mentoring scheme - #230 - Medium Term',
  ])

  it('reads each tagged line as an action with its ref, status and horizon', () => {
    const { plan } = tableToPlan(roadmap)
    expect(plan.actions.map((a) => [a.title, a.ref, a.status.state, a.target.due])).toEqual([
      ['Draft the welcome guide', '#212', 'unknown', null],
      ['Record a short tour of the tools', '#212', 'unknown', null],
      ['Hold a launch event', null, 'complete', null],
      ['Weekly drop-in session', null, 'unknown', null],
      ['Set up a mentoring scheme', '#230', 'unknown', null],
    ])
  })

  it('leaves a list whose lines end only in a status, and a page of prose', () => {
    expect(
      readDashTaggedLines(
        page(['Plan', 'Add a skip link - done', 'Caption the videos - done', 'Audit the forms - done']),
      ),
    ).toBeNull()
    expect(
      readDashTaggedLines(page(['Plan', 'We met in May - a good meeting.', 'Next steps follow.'])),
    ).toBeNull()
  })

  it('reads a page of 20,000 items', () => {
    const lines = ['Roadmap', 'Work']
    for (let i = 0; i < 20_000; i++) lines.push(`Fix the broken link on page ${i} - #${i} - Short Term`)
    expect(readDashTaggedLines(page(lines))?.rows.length).toBe(20_002)
  })
})

describe('readDashTaggedLines: a board’s task list, each line ending in who does it', () => {
  const minutes = page([
    'Board meeting 3 March 2032',
    'Members',
    'Ana',
    'Raj',
    'Agenda',
    'open tasks',
    'Minutes',
    'book the venue for the spring meetup - ana',
    'print the badges (two sizes) - ana/raj',
    'renew the domain - done',
    'write to the speakers - Raj',
    'update the code of conduct - raj & ana',
    'find sponsors - ?',
  ])

  it('reads each line as an action owned by the names after its dash, a status or a mark of no one yet', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.title, action.owners, action.status.state])).toEqual([
      ['book the venue for the spring meetup', ['ana'], 'unknown'],
      ['print the badges (two sizes)', ['ana', 'raj'], 'unknown'],
      ['renew the domain', [], 'complete'],
      ['write to the speakers', ['Raj'], 'unknown'],
      ['update the code of conduct', ['raj', 'ana'], 'unknown'],
      ['find sponsors', [], 'unknown'],
    ])
  })

  it('does not read lines ending in a phrase or a day as owned, nor two owned lines alone as a list', () => {
    expect(dashTagsAtEnd('Meet the council - Tuesday')).toBeNull()
    expect(dashTagsAtEnd('Planning - see the notes')).toBeNull()
    const few = page([
      'Notes',
      'book the venue - ana',
      'print the badges - raj',
      'the hall was cold',
      'next time',
    ])
    expect(readDashTaggedLines(few)).toBeNull()
  })
})

describe('a roll of members and their offices after dashes', () => {
  it('reads no member of the roll as an item owned by their office', () => {
    const roll = page([
      'Canal society committee minutes',
      'Ruth Ode (RO) – Chairman',
      'Femi Adeyemi (FA) – Vice-Chair',
      'Dara Quinn – Treasurer',
      'Ann Hale (AH) – Secretary',
      '1) Welcome',
    ])
    expect(readDashTaggedLines(roll)).toBeNull()
  })

  it('still reads tasks given to an office after the dash', () => {
    const tasks = page([
      'Committee task list',
      'Book the hall for the summer fair - Secretary',
      'Renew the insurance - Treasurer',
      'Write to the trust about the gate - Chair',
    ])
    expect(
      readDashTaggedLines(tasks)
        ?.rows.slice(1)
        .map((row) => [row[0], row[4]]),
    ).toEqual([
      ['Book the hall for the summer fair', 'Secretary'],
      ['Renew the insurance', 'Treasurer'],
      ['Write to the trust about the gate', 'Chair'],
    ])
  })

  describe('a list of coded items ("K1. … – AB") that runs on past untagged lines', () => {
    const minutes = [
      'Garden trust board, 4 May 2031',
      '3. Key projects',
      'Leads were named for each key project:',
      'K1. New greenhouse – RL/OH',
      'K4. Volunteer rota – JP',
      'K6. Seed library RL, JP',
      'OH will write to the council about the water supply.',
      'The board also agreed to take forward the projects below;',
      'K2. Review the lease – OH',
      'K3. Open day (events group)',
      'K5. Plant sale – AM',
      '4. Any other business',
      'The chair thanked everyone.',
    ]

    const items = (lines: readonly string[]) => {
      const rows = readDashTaggedLines(page(lines))?.rows ?? []
      return rows.slice(rows.findIndex((row) => row[0] === 'Action') + 1)
    }

    it('reads a coded line without its dash, a sentence between the items and the items after a lead-in', () => {
      const rows = items(minutes)
      expect(rows.map((row) => row[0])).toEqual([
        'K1. New greenhouse',
        'K4. Volunteer rota',
        'K6. Seed library RL, JP',
        'OH will write to the council about the water supply.',
        'K2. Review the lease',
        'K3. Open day (events group)',
        'K5. Plant sale',
      ])
    })

    it('ends the list at a line no coded item follows', () => {
      const uncoded = minutes.map((line) => line.replace(/^K(\d)\. /, ''))
      const rows = items(uncoded)
      expect(rows.map((row) => row[0])).not.toContain('OH will write to the council about the water supply.')
    })
  })
})
